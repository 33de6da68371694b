"""An entry's versioned content as a value: the snapshot round trip, and the keyword and
typical-comment helpers every 问答库 module uses."""

from __future__ import annotations

from desktop.core.kb_content import (
    CONTENT_FIELDS,
    Content,
    Reply,
    join_keywords,
    split_examples,
    split_keywords,
)


def test_snapshot_round_trip_keeps_key_order_and_defaults() -> None:
    content = Content(
        title="退款慢",
        examples="a\nb",
        keywords="退款，到账",
        category="服务 / 退款",
        language="zh-CN",
        replies=(Reply("public", "generic", "您好"),),
    )
    data = content.as_dict()
    assert list(data) == [*CONTENT_FIELDS, "replies"]
    assert Content.from_dict(data) == content
    assert Content.from_dict({"title": "x", "replies": [{"body": "y"}]}).replies == (
        Reply("public", "generic", "y"),
    )
    assert content.search_text() == "退款慢\na\nb\n退款，到账\n您好"


def test_keywords_and_examples() -> None:
    assert split_keywords("退款, 到账；加急 / 慢") == ["退款", "到账", "加急", "慢"]
    assert join_keywords("退款,退款 到账") == "退款，到账"
    assert join_keywords(["a ", "", "b"]) == "a，b"
    assert split_examples(" 一 \n\n二\n") == ["一", "二"]
