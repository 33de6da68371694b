"""What the front ends get from services.importing instead of importing sheets themselves."""

from __future__ import annotations

import pytest

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import importing


def test_a_pasted_table_previews_in_process():
    rows = importing.parse_pasted("正文\t原文链接\n退款\thttps://a.cn/1\n")
    source = importing.preview_pasted(rows)
    assert isinstance(source, importing.Source)
    assert source.mapping == {"正文": "text", "原文链接": "url"}


def test_the_mapping_vocabulary_is_handed_on():
    assert "text" in importing.MAPPABLE_FIELDS and "text" in importing.FIELD_LABELS
    assert importing.KEEP_AS_EXTRA not in importing.MAPPABLE_FIELDS
    assert importing.DROP_COLUMN != importing.KEEP_AS_EXTRA
    assert {p.name for p in importing.PRESETS} == set(importing.PRESETS_BY_NAME)


def test_saving_a_preset_says_what_changed(workspace):
    changes = importing.save_preset(workspace, " 我的表 ", {"甲": "text"})
    assert changes == Changes(audit=True)
    assert importing.saved_presets(workspace.db) == {"我的表": {"甲": "text"}}
    with pytest.raises(UserError):
        importing.save_preset(workspace, "  ", {})


def test_an_import_result_carries_its_changes(workspace):
    result = importing.import_file(
        workspace.path, None, pasted_rows=[["正文"], ["退款"]], user="t", backup=False
    )
    assert result.changes == Changes(mentions=True, mention_rows=True, audit=True)
