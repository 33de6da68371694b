"""A text sheet that decodes but for a handful of invalid byte sequences is read with U+FFFD
and a warning naming its rows; one whose decoding is clearly wrong is refused (issue 13)."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.sheets import readers
from desktop.sheets.sources import Options, inspect_file

TRUNCATED_EMOJI = "😀".encode()[:3]  # an emoji cut short by a crawler: 3 of its 4 bytes


def utf8_sheet(rows: int, bad_rows: dict[int, bytes]) -> bytes:
    lines = ["正文,作者".encode()]
    for i in range(rows):
        line = f"第{i}条评论,用户{i}".encode()
        if i in bad_rows:
            line = f"第{i}条评论".encode() + bad_rows[i] + f",用户{i}".encode()
        lines.append(line)
    return b"\n".join(lines)


def test_two_truncated_emoji_in_a_big_utf8_file_are_read(tmp_path):
    file = tmp_path / "comments.csv"
    file.write_bytes(utf8_sheet(14_640, {99: TRUNCATED_EMOJI, 14_000: TRUNCATED_EMOJI}))
    table = readers.read_text_file(file)
    assert (table.encoding, table.replaced, table.replaced_rows) == ("utf-8", 2, [100, 14_001])
    assert table.rows[100] == ["第99条评论\ufffd", "用户99"]
    source = inspect_file(str(file))
    warning = next(w for w in source.warnings if "无效" in w)
    assert "2 处" in warning and "第 101、14,002 行" in warning  # file rows (header = row 1)


def test_a_bom_or_chosen_encoding_is_read_the_same_way(tmp_path):
    data = utf8_sheet(3000, {5: b"\xff"})
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + data)
    (tmp_path / "plain.csv").write_bytes(data)
    for table in (
        readers.read_text_file(tmp_path / "bom.csv"),
        readers.read_text_file(tmp_path / "plain.csv", "utf-8"),
    ):
        assert table.replaced == 1 and table.replaced_rows == [6]
        assert table.rows[0] == ["正文", "作者"]


def test_a_gbk_file_with_a_broken_character_stays_gbk(tmp_path):
    lines = ["正文,作者"] + [f"关于退款的第{i}条投诉,用户{i}" for i in range(2000)]
    data = "\n".join(lines).encode("gbk")
    broken = data.replace("第7条".encode("gbk"), "第7条".encode("gbk") + b"\x81", 1)
    (tmp_path / "gbk.csv").write_bytes(broken)
    table = readers.read_text_file(tmp_path / "gbk.csv")
    assert table.encoding == "gb18030" and table.replaced == 1
    assert table.rows[8][0].startswith("关于退款的第7条")


def test_the_line_between_a_handful_and_a_wrong_decoding(tmp_path):
    # Bytes: at most 0.1 % of the file: a 600,000-byte file may have 600 bad ones.
    size = 600_000

    def sheet(bad: int) -> bytes:
        data = utf8_sheet(20_000, {i * 7: b"\xff" for i in range(bad)})
        return data + b"\n" + b"x" * (size - len(data) - 1)

    assert readers.lenient_limit(size) == 600
    assert len(sheet(600)) == len(sheet(601)) == size
    file = tmp_path / "s.csv"
    file.write_bytes(sheet(600))
    assert readers.read_text_file(file).replaced == 600
    file.write_bytes(sheet(601))
    with pytest.raises(UserError, match="无法判断文件编码"):
        readers.read_text_file(file)


def test_at_most_1000_sequences_even_in_a_huge_file(tmp_path):
    filler = b"a,b\n" + b"x" * 2_000_000 + b",y\n"  # 0.1 % of it: 2,000 bad bytes
    file = tmp_path / "s.csv"
    file.write_bytes(filler + b"\xff,z\n" * readers.LENIENT_MAX_SEQUENCES)
    assert readers.read_text_file(file).replaced == readers.LENIENT_MAX_SEQUENCES
    file.write_bytes(filler + b"\xff,z\n" * (readers.LENIENT_MAX_SEQUENCES + 1))
    with pytest.raises(UserError, match="无法判断文件编码"):
        readers.read_text_file(file)


def test_a_file_in_another_encoding_is_still_refused(tmp_path):
    text = "\n".join(["正文,作者"] + [f"第{i}條評論,用戶{i}" for i in range(500)])
    file = tmp_path / "big5.csv"
    file.write_bytes(text.encode("big5") + b"\xff\xfe\xfd" * 50)
    with pytest.raises(UserError, match="无法判断文件编码"):
        inspect_file(str(file), Options())
    with pytest.raises(UserError, match="不能按 utf-8"):
        readers.read_text_file(file, "utf-8")
    with pytest.raises(UserError, match="不能按 big5"):
        readers.read_text_file(file, "big5")  # chosen, but 150 bad bytes in 10 KB
    file.write_bytes(text.encode("big5") + b"\xff")
    table = readers.read_text_file(file, "big5")  # chosen: one bad byte is read as U+FFFD
    assert table.replaced == 1 and table.rows[1] == ["第0條評論", "用戶0"]


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "utf-16"])
def test_read_a_few_bytes_at_a_time_the_table_is_the_same(tmp_path, monkeypatch, codec):
    """Streamed (issue 13: a text file is never held whole): chunk ends inside a character,
    inside a CRLF, inside a quoted cell with line breaks give the rows parsing it whole gives."""
    text = (
        "sep=;\r\n正文;作者\r\n"
        + "".join(f'"第{i}条\r\n多行的评论";用户{i}\r\n' for i in range(40))
        + "含\x00空字符;用户x\r\n最后一行;没有换行"
    )
    file = tmp_path / "t.csv"
    file.write_bytes(text.encode(codec))
    whole, delimiter, nul_rows = readers.parse_text_table(text)
    assert delimiter == ";"
    for chunk in (7, 8, 13):
        monkeypatch.setattr(readers, "CHUNK", chunk)
        table = readers.read_text_file(file)
        assert (table.rows, table.delimiter, table.nul_rows) == (whole, delimiter, nul_rows)
        assert len(table.rows) == 43 and nul_rows == {41}
        stream = readers.open_text_file(file)
        assert stream.sep_line and stream.estimated_rows == 1 + 40 * 2 + 2
