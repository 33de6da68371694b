"""The 关联舆情 tab through pytest-qt: linking by a search, unlinking."""

from __future__ import annotations

from desktop.services import cases
from tests.support.cases import add_mentions


def test_link_by_search_and_unlink_in_the_view(page):
    ws = page.ctx.workspace
    add_mentions(ws, 4, text="外卖洒了一半", key_prefix="spill")
    from desktop.storage.mention_index import index_mentions

    index_mentions(ws.db)
    case_id = cases.create_case(ws, title="洒漏").id
    page.open_case(case_id)
    assert not page.view.mentions.mentions_empty.isHidden()
    page.view.mentions.link_search.setText("洒了")
    page.view.mentions.link_by_search()
    assert page.view.mentions.mentions_model.rowCount() == 4
    page.view.mentions.mentions_table.selectRow(0)
    page.view.mentions.unlink_selected()
    assert page.view.mentions.mentions_model.rowCount() == 3
