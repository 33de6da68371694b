"""Start-up assertions that the XML stack is the hardened one (RELIABILITY.md finding 6)."""

import os

from desktop.core.errors import UserError


def assert_safe_xml() -> None:
    """openpyxl must parse through defusedxml; refuse to run with it switched off."""
    if os.environ.get("OPENPYXL_DEFUSEDXML", "").lower() in {"false", "0", "no"}:
        raise UserError("OPENPYXL_DEFUSEDXML 被设为 False：为安全起见，CrisisDesk 不能这样运行。")
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise UserError("缺少 defusedxml：无法安全读取 Excel 文件，请重新安装 CrisisDesk。")
