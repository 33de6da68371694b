"""The 14,640-row CSV with two truncated emoji imports (issue 13): every row, U+FFFD in the
two cells, a warning naming their rows."""

from __future__ import annotations

from desktop.services import importing


def test_a_big_utf8_file_with_two_truncated_emoji_imports(workspace, tmp_path):
    cut = "😀".encode()[:3]
    lines = ["正文,原文链接".encode()]
    for i in range(14_640):
        text = f"第{i}条评论".encode() + (cut if i in (3, 9000) else b"")
        lines.append(text + f",https://weibo.com/{i}".encode())
    file = tmp_path / "crawl.csv"
    file.write_bytes(b"\n".join(lines))
    result = importing.import_file(workspace.path, file, user="t", backup=False)
    assert (result.inserted, result.rejected, result.encoding) == (14_640, 0, "utf-8")
    assert any("2 处" in w and "第 5、9,002 行" in w for w in result.warnings)
    texts = [r[0] for r in workspace.db.execute("SELECT text FROM mentions WHERE text GLOB '*�*'")]
    assert texts == ["第3条评论\ufffd", "第9000条评论\ufffd"]
