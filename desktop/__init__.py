"""CrisisDesk (舆情应对台): an offline desk for social-media crisis PR."""

from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "CrisisDesk"
WORKSPACE_SUFFIX = ".crisisdesk"


def resources_dir() -> Path:
    """resources/ beside the package, or inside the frozen app (PyInstaller's _MEIPASS)."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
