"""core/messages: one catalogue, two languages; the roster's findings in both."""

from __future__ import annotations

import importlib.util
import pickle
import re
import string
from datetime import date
from pathlib import Path

import pytest

from desktop.core import messages
from desktop.core import roster_rules as rules
from desktop.core.errors import UserError
from desktop.core.message_catalogue import CATALOGUE
from desktop.core.roster_rules import Cell, HealthInput, PersonInfo
from desktop.core.vocab import ACTIVITIES

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("message_id", sorted(CATALOGUE))
def test_both_texts_take_the_same_parameters_and_english_has_no_chinese(message_id) -> None:
    zh, en = CATALOGUE[message_id]
    assert fields(zh) == fields(en)
    assert CJK.search(zh) or not zh.strip(), "the Chinese column is the source"
    assert not CJK.search(en), en


def test_vocabulary_parameters_follow_the_language() -> None:
    zh = messages.text("roster.activity_no_r", "zh", activity="internal_notice", scenario="")
    en = messages.text("roster.activity_no_r", "en", activity="internal_notice", scenario="")
    assert zh == "默认矩阵：“内部通知员工”没有执行人（R）。"
    assert en == "Default matrix: “Notify staff internally” has nobody responsible (R)."
    where = messages.matrix_label("food_safety", "III", "en")
    assert not CJK.search(where) and " · " in where


def test_lists_are_joined_in_the_language() -> None:
    assert messages.text("import.sheets_available", "zh", names=["甲", "乙"]) == "可选：甲、乙"
    assert messages.text("import.sheets_available", "en", names=["A", "B"]) == "Available: A, B"


def test_a_user_error_keeps_its_id_across_a_pickle_and_renders_in_either_language() -> None:
    error = UserError(
        messages.msg("import.file_missing", path="/tmp/x.xlsx"),
        hint=messages.msg("import.disk_full.hint"),
    )
    assert error.message == "找不到文件：/tmp/x.xlsx"  # Chinese unless a front end chose
    said, hint = pickle.loads(pickle.dumps((error.said, error.said_hint)))
    again = UserError(said, hint=hint)
    assert again.text("en") == "File not found: /tmp/x.xlsx Free some disk space and try again."
    previous = messages.set_display_language("en")
    try:
        assert again.message == "File not found: /tmp/x.xlsx"
        assert str(again).startswith("File not found")
    finally:
        messages.set_display_language(previous)
    assert UserError("纯文本", hint="提示").text("en") == "纯文本 提示"  # old style: as given


def test_an_unknown_id_fails_where_the_message_is_written() -> None:
    with pytest.raises(KeyError):
        messages.msg("no.such.message")


def test_language_codes() -> None:
    assert messages.language_of("en") == "en" and messages.language_of("en_US") == "en"
    assert messages.language_of("zh_CN") == "zh" and messages.language_of("zh-TW") == "zh"
    assert messages.language_of(None) == "zh"


def broken_roster() -> HealthInput:
    """Every kind of finding at once: no spokesperson, backups missing, looped, self, no
    phone, stale and never-verified contacts, an activity without R, one with two A, one
    approved by a role nobody holds and one by a role two people hold."""
    people = [
        PersonInfo(1, "林", "139", backup_id=None, verified_at=None),
        PersonInfo(2, "周", "", backup_id=2, verified_at="2026-01-01"),
        PersonInfo(3, "陈", "138", backup_id=99, verified_at="2026-11-01", role_keys=("pr",)),
        PersonInfo(4, "王", "137", backup_id=5, verified_at="2026-11-01", role_keys=("pr",)),
        PersonInfo(5, "赵", "136", backup_id=6, verified_at="2026-11-01"),
        PersonInfo(6, "钱", "135", backup_id=4, verified_at="2026-11-01"),
    ]
    activities = list(ACTIVITIES)
    cells = [Cell(activities[0], "A", 1), Cell(activities[1], "R", 1)]
    cells += [Cell(activities[1], "A", 1), Cell(activities[1], "A", 3)]
    cells += [Cell(activities[2], "R", 1), Cell(activities[2], "A", role_id=7)]
    cells += [Cell(activities[3], "R", 1), Cell(activities[3], "A", role_id=8)]
    cells += [Cell(activities[4], "R", 1, scenario="food_safety", severity="III")]
    return HealthInput(
        people=people,
        cells=cells,
        role_names={7: "法务", 8: "公关/传播"},
        role_keys={7: "legal", 8: "pr"},
        today=date(2026, 11, 20),
    )


def test_every_finding_reads_in_chinese_as_before_and_in_english_without_chinese() -> None:
    findings = rules.health_findings(broken_roster())
    codes = {f.code for f in findings}
    assert {"activity_no_r", "activity_a_count", "role_a_ambiguous", "no_spokesperson"} <= codes
    assert {"backup_self", "backup_missing", "backup_loop", "no_phone", "stale_contact"} <= codes
    names = ("林", "周", "陈", "王", "赵", "钱")
    for finding in findings:
        english = finding.text("en") + " " + finding.fix_text("en")
        for name in names:
            english = english.replace(name, "")
        assert not CJK.search(english), (finding.code, english)
        assert CJK.search(finding.text("zh"))
    by_code = {f.code: f for f in findings}
    assert by_code["no_phone"].message == "周 没有电话。"
    assert by_code["backup_self"].fix == "为 周 换一位其他人作备用人。"
    assert "Legal" in " ".join(f.text("en") for f in findings if f.code == "role_a_ambiguous")
    as_json = by_code["stale_contact"].as_dict()
    assert as_json["message_id"].startswith("roster.") and as_json["message"]


def test_the_english_vocabulary_module_is_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_vocab_english", ROOT / "resources" / "translations" / "gen_vocab_english.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "desktop" / "core" / "vocab_english.py").read_text(encoding="utf-8")
    assert current == module.render(), "run resources/translations/gen_vocab_english.py"
    assert len(module.vocabulary_labels()) == current.count('": "')  # every label has English


def test_app_words_in_a_list_parameter_follow_the_language() -> None:
    said = messages.msg("case.no_review", words=["根本原因", "经验教训"])
    assert said.text("zh") == "没有复盘的案例不能结案：还缺根本原因、经验教训。"
    assert not CJK.search(said.text("en"))
    unknown = messages.msg("case.unknown_choice", what=messages.msg("what.阶段"), value="x")
    assert unknown.text("en") == "Unknown phase: x" and unknown.text("zh") == "未知的阶段：x"


def test_a_said_message_is_a_string_said_again_where_it_is_unpickled() -> None:
    warning = messages.said("import.blank_rows", n=3)
    assert warning == "跳过了 3 个空行。" and "\n".join([warning, "x"])  # a str as before
    previous = messages.set_display_language("en")
    try:
        assert pickle.loads(pickle.dumps(warning)) == "Skipped 3 blank rows."
        assert messages.render(warning) == "Skipped 3 blank rows."
    finally:
        messages.set_display_language(previous)


def test_the_flag_warnings_keep_their_chinese_words() -> None:
    from desktop.sheets.convert import FLAG_WARNINGS, flag_warnings

    flags = {name: 2 for name, _ in FLAG_WARNINGS}
    assert flag_warnings(flags) == [f"2 行{label}。" for _, label in FLAG_WARNINGS]
