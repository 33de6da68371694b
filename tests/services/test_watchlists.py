"""Watch groups: CRUD, matching every mention and the new ones of an import, counts, tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.watch_rules import RuleError, parse
from desktop.services import mentions, watchlists, workspaces
from tests.support.listening import add_stream


@pytest.fixture
def texts(workspace):
    return add_stream(
        workspace,
        [
            {"posted_at": "2026-11-18T09:00:00+08:00", "text": "小米充电宝爆炸了"},
            {"posted_at": "2026-11-18T10:00:00+08:00", "text": "小米手机发热"},
            {"posted_at": "2026-11-19T10:00:00+08:00", "text": "华为充电宝不错"},
            {"posted_at": "2026-11-19T11:00:00+08:00", "text": "Xiaomi power bank recall"},
        ],
    )


def names(workspace) -> set[str]:
    return {g.name for g in watchlists.list_groups(workspace)}


def test_a_new_workspace_gets_its_brand_products_and_the_sensitive_words(ctx, tmp_path):
    ws = workspaces.create_workspace(
        ctx, tmp_path / "w", name="w", brand="小米", products=["小米14", "红米 K70"]
    )
    with ws:
        groups = {g.name: g for g in watchlists.list_groups(ws)}
        assert groups["小米"].kind == "brand" and groups["小米14"].kind == "product"
        assert groups["红米 K70"].rule == '"红米 K70"'
        sensitive = [g for g in groups.values() if g.kind == "sensitive"]
        assert len(sensitive) == 1
        words = parse(sensitive[0].rule).terms()
        for word in ("食品安全", "致癌", "维权", "曝光", "315", "报警", "律师", "召回", "泄露"):
            assert word in words


def test_the_demo_groups_are_matched_against_its_mentions(demo_workspace):
    groups = {g.name: g for g in watchlists.list_groups(demo_workspace)}
    assert groups["鹿角巷鲜食"].mention_count > 100
    assert groups["凯撒沙拉"].mention_count > 0


def test_adding_a_group_matches_every_mention_and_the_log_filters_by_it(workspace, texts):
    result = watchlists.add_group(workspace, "充电宝", '充电宝 OR "power bank"', kind="product")
    assert result.watch and result.id
    group = watchlists.get_group(workspace, result.id)
    assert group.mention_count == 3
    ids = mentions.list_ids(workspace, MentionFilter(watch_group_id=result.id))
    assert sorted(ids) == sorted([texts[0], texts[2], texts[3]])
    assert [g.name for g in watchlists.groups_of_mention(workspace, texts[0])] == ["充电宝"]


def test_changing_the_rule_matches_again_and_disabling_clears(workspace, texts):
    group_id = watchlists.add_group(workspace, "小米", "小米").id
    assert watchlists.get_group(workspace, group_id).mention_count == 2
    watchlists.update_group(workspace, group_id, rule="小米 OR xiaomi")
    assert watchlists.get_group(workspace, group_id).mention_count == 3
    watchlists.update_group(workspace, group_id, enabled=False)
    assert watchlists.get_group(workspace, group_id).mention_count == 0
    watchlists.remove_group(workspace, group_id)
    assert "小米" not in names(workspace)


def test_bad_input_is_refused_with_a_reason_and_nothing_saved(workspace, texts):
    before = names(workspace)
    with pytest.raises(RuleError, match="第 4 个字符"):
        watchlists.add_group(workspace, "坏规则", "(小米")
    with pytest.raises(UserError, match="名字"):
        watchlists.add_group(workspace, "  ", "小米")
    with pytest.raises(UserError, match="类型"):
        watchlists.add_group(workspace, "x", "小米", kind="nope")
    watchlists.add_group(workspace, "重名", "小米")
    with pytest.raises(UserError, match="已经有"):
        watchlists.add_group(workspace, "重名", "华为")
    assert names(workspace) == before | {"重名"}


def test_counts_by_range_and_by_day(workspace, texts):
    group_id = watchlists.add_group(workspace, "充电宝", "充电宝").id
    assert watchlists.group_counts(workspace, None, None)[group_id] == 2
    assert watchlists.group_counts(workspace, "2026-11-19", "2026-11-19")[group_id] == 1
    assert watchlists.daily_counts(workspace, group_id) == [("2026-11-18", 1), ("2026-11-19", 1)]


def test_the_rule_tester_counts_and_shows_the_hits_without_saving(workspace, texts):
    before = watchlists.list_groups(workspace)
    result = watchlists.test_rule(workspace, "充电宝 NOT 华为")
    assert result.count == 1 and result.scanned == 4
    [sample] = result.samples
    assert sample.text[sample.hits[0][0] : sample.hits[0][1]] == "充电宝"
    assert watchlists.list_groups(workspace) == before


def test_an_import_matches_its_new_mentions(ctx, tmp_path: Path, workspace):
    from desktop.services import importing

    group_id = watchlists.add_group(workspace, "退款", "退款").id
    sheet = tmp_path / "m.csv"
    sheet.write_text(
        "平台,作者,发布时间,内容,链接\n"
        "微博,a,2026-11-18 09:00,申请退款三天了,http://x/1\n"
        "微博,b,2026-11-18 10:00,味道不错,http://x/2\n",
        encoding="utf-8",
    )
    importing.import_file(workspace.path, sheet, user="t", backup=False)
    assert watchlists.get_group(workspace, group_id).mention_count == 1


def test_an_import_raises_the_alerts_its_mentions_call_for(tmp_path: Path, workspace):
    from desktop.services import alerts, importing

    posted = (datetime.now(UTC) - timedelta(hours=20)).strftime("%Y-%m-%d %H:%M")  # any zone
    sheet = tmp_path / "late.csv"
    sheet.write_text(
        f"平台,作者,发布时间,内容,链接\n微博,a,{posted},吃坏肚子了，已经报警,http://x/9\n",
        encoding="utf-8",
    )
    importing.import_file(workspace.path, sheet, user="t", backup=False)
    # The model reads the complaint as negative, so a breached response window is raised too.
    [alert] = [a for a in alerts.list_alerts(workspace) if a.kind == "sensitive"]
    assert "报警" in alert.reason


def test_an_import_rematches_only_the_mentions_it_added_or_changed(tmp_path: Path, workspace):
    """A re-export with one post edited: that post's old match goes and its new one comes;
    the other post keeps its match."""
    from desktop.services import importing

    refund = watchlists.add_group(workspace, "退款", "退款").id
    praise = watchlists.add_group(workspace, "好吃", "好吃").id
    header = "平台,作者,发布时间,内容,链接\n"
    first = tmp_path / "first.csv"
    first.write_text(
        header + "微博,a,2026-11-18 09:00,申请退款三天了,http://x/1\n"
        "微博,b,2026-11-18 10:00,退款到账了,http://x/2\n",
        encoding="utf-8",
    )
    importing.import_file(workspace.path, first, user="t", backup=False)
    assert watchlists.get_group(workspace, refund).mention_count == 2
    edited = tmp_path / "edited.csv"
    edited.write_text(
        header + "微博,a,2026-11-18 09:00,其实很好吃,http://x/1\n"
        "微博,b,2026-11-18 10:00,退款到账了,http://x/2\n",
        encoding="utf-8",
    )
    result = importing.import_file(workspace.path, edited, user="t", backup=False)
    assert result.updated == 1
    assert watchlists.get_group(workspace, refund).mention_count == 1
    assert watchlists.get_group(workspace, praise).mention_count == 1
