"""The crisis card PDF: one A4 page with every name, even for a big team."""

from __future__ import annotations

from desktop.printing.crisis_card import write_crisis_card
from desktop.services import roster
from desktop.storage.workspace import Workspace
from tests.support.pdf import pdf_pages, pdf_text


def test_crisis_card_is_one_page_with_the_names(demo_workspace: Workspace, tmp_path, qapp) -> None:
    # qapp: a QApplication first, so the offscreen PDF rendering does not make a bare
    # QGuiApplication that later UI tests cannot use
    pdf = write_crisis_card(demo_workspace, tmp_path / "card.pdf", "food_safety", "I")
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    for person in roster.people(demo_workspace):
        assert person["name"] in text
    assert "13900000001" in text and "审批声明" in text and "产品安全" in text


def test_card_stays_one_page_with_a_big_team(workspace: Workspace, tmp_path, qapp) -> None:
    for index in range(24):
        roster.save_person(
            workspace,
            None,
            {
                "name": f"成员{index:02d}",
                "title": "很长的职务名称用于测试排版",
                "phone": "13900001234",
            },
        )
    pdf = write_crisis_card(workspace, tmp_path / "big.pdf")
    assert pdf_pages(pdf) == 1
    assert "成员23" in pdf_text(pdf)  # the last member still on the one page
