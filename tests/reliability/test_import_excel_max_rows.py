"""Excel's own maximum, 1,048,576 rows, imports (issue 13): the cap is a guard far above it,
a text file is read as it is converted; an absurd file is still refused, before any work."""

from __future__ import annotations

import time

import pytest

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.services import importing
from desktop.sheets.sources import DEFAULT_ROW_CAP, Options, inspect_file

EXCEL_MAX_ROWS = 1_048_576


def test_the_cap_is_far_above_excels_maximum_and_refuses_absurd_files(tmp_path):
    assert DEFAULT_ROW_CAP >= 4 * EXCEL_MAX_ROWS
    absurd = tmp_path / "absurd.csv"
    absurd.write_bytes(b"a,b\n" + b"x,1\n" * (DEFAULT_ROW_CAP + 100))
    started = time.perf_counter()
    with pytest.raises(UserError) as caught:
        inspect_file(str(absurd), Options())
    assert "超过单次导入上限 5,000,000 行" in caught.value.message
    assert "没有导入任何数据" in caught.value.message and caught.value.hint
    assert time.perf_counter() - started < 20  # refused from the line count, not converted


def test_a_file_over_a_lower_cap_is_refused_with_its_size(workspace, tmp_path):
    workspace.set_setting("import_row_cap", 1000)
    file = tmp_path / "big.csv"
    file.write_text("正文,原文链接\n" + "".join(f"第{i}条,https://a.cn/{i}\n" for i in range(3000)))
    with pytest.raises(UserError, match="约 3,001 行，超过单次导入上限 1,000 行"):
        importing.import_file(workspace.path, file, user="t", backup=False)
    assert workspace.count("mentions") == 0


@pytest.mark.slow
def test_a_csv_of_excels_maximum_rows_imports(workspace, tmp_path):
    file = tmp_path / "max.csv"
    with file.open("w", encoding="utf-8") as handle:
        handle.write("标题,正文,原文链接,作者,发布时间,转发\n")
        for i in range(EXCEL_MAX_ROWS):
            handle.write(
                f"标题{i % 97},第{i}条关于门店卫生的投诉，沙拉里有钢丝,https://weibo.com/{i},"
                f"用户{i % 5000},2026-11-{1 + i % 28:02d} 09:{i % 60:02d},{i % 100}\n"
            )
    seen: list[tuple[int, int]] = []
    progress = Progress(callback=lambda done, total, _m: seen.append((done, total)))
    result = importing.import_file(workspace.path, file, user="t", backup=False, progress=progress)
    assert (result.rows_read, result.inserted, result.rejected) == (EXCEL_MAX_ROWS,) * 2 + (0,)
    assert workspace.count("mentions") == EXCEL_MAX_ROWS
    assert any(0 < done < total for done, total in seen)  # progress while it reads
    # (Its memory is the bench's figure: bench/bench_import.py --csv-rows 1048576.)
