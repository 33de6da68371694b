"""The listening page's words in the UI language (literal translate calls, for lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "listening"


def watch_kind_label(kind: str) -> str:
    labels = {
        "brand": QCoreApplication.translate("listening", "品牌"),
        "product": QCoreApplication.translate("listening", "产品"),
        "person": QCoreApplication.translate("listening", "人物"),
        "problem": QCoreApplication.translate("listening", "问题"),
        "topic": QCoreApplication.translate("listening", "热点"),
        "competitor": QCoreApplication.translate("listening", "竞品"),
        "sensitive": QCoreApplication.translate("listening", "敏感词"),
    }
    return labels.get(kind, kind)


def alert_kind_label(kind: str) -> str:
    labels = {
        "negative_spike": QCoreApplication.translate("listening", "负面激增"),
        "group_spike": QCoreApplication.translate("listening", "监测组声量激增"),
        "influencer": QCoreApplication.translate("listening", "大V/媒体负面"),
        "sensitive": QCoreApplication.translate("listening", "敏感词命中"),
        "response_breach": QCoreApplication.translate("listening", "超时未回复"),
        "case_clock": QCoreApplication.translate("listening", "事件时限将到"),
    }
    return labels.get(kind, kind)


def rule_problem(code: str, position: int, text: str, opened_at: object = None) -> str:
    """A rule error in the UI language: '第 7 个字符：缺少右括号'."""
    problems = {
        "unclosed_quote": QCoreApplication.translate("listening", "引号没有闭合"),
        "empty_phrase": QCoreApplication.translate("listening", "引号里是空的"),
        "near_number": QCoreApplication.translate("listening", "NEAR/ 后面要写字数，例如 NEAR/5"),
        "empty": QCoreApplication.translate("listening", "规则是空的：请至少写一个词"),
        "unopened_paren": QCoreApplication.translate("listening", "多了一个右括号"),
        "near_operands": QCoreApplication.translate(
            "listening", "NEAR 两边只能是词、短语或 (词 OR 词)"
        ),
        "missing_term": QCoreApplication.translate("listening", "这里缺少一个词"),
        "empty_parens": QCoreApplication.translate("listening", "括号里是空的"),
        "missing_paren": QCoreApplication.translate("listening", "缺少右括号"),
        "operator_without_term": QCoreApplication.translate("listening", "运算符前面缺少一个词"),
        "missing_term_after": QCoreApplication.translate("listening", "运算符后面缺少一个词"),
        "only_not": QCoreApplication.translate(
            "listening", "规则只有 NOT：请写出要找的词，例如 品牌 NOT 广告"
        ),
    }
    problem = problems.get(code, text)
    if code == "missing_paren" and opened_at:
        problem = QCoreApplication.translate(
            "listening", "缺少右括号（第 {n} 个字符的左括号没有配对）"
        ).format(n=opened_at)
    return QCoreApplication.translate("listening", "第 {n} 个字符：{problem}").format(
        n=position, problem=problem
    )


def ui_language(language_setting: str) -> str:
    """'en' when the window speaks English, else 'zh' (the alerts' reasons follow it)."""
    return "en" if str(language_setting).startswith("en") else "zh"
