"""Which sentiment model reads a workspace: its own adaptation (triage_models) when a person's
labels trained one, else the model shipped with the app (resources/models)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from desktop import resources_dir
from desktop.core.sentiment import SentimentModel
from desktop.storage import triage as store

SENTIMENT_KIND = "sentiment"
ISSUE_TYPE_KIND = "issue_type"
SHIPPED_MODEL = Path("models") / "sentiment_zh.npz"


def shipped_model_path() -> Path:
    return resources_dir() / SHIPPED_MODEL


@lru_cache(maxsize=1)
def _shipped(path: Path, mtime_ns: int) -> SentimentModel:
    # The shipped file never changes while the app runs; read it once (keyed by its time so
    # a test or a rebuilt file is read again).
    return SentimentModel.from_file(path)


def shipped_model() -> SentimentModel:
    """The model shipped with the app; a missing file is a packaging bug, not the user's."""
    path = shipped_model_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise RuntimeError(
            f"sentiment model file is missing: {path} (the app is incomplete)"
        ) from exc
    return _shipped(path, mtime)


def workspace_model(db: Database) -> SentimentModel:
    """The workspace's adapted model if it has one, else the shipped one."""
    stored = store.stored_model(db, SENTIMENT_KIND)
    if stored is not None and stored.weights:
        return SentimentModel.from_bytes(stored.weights)
    return shipped_model()
