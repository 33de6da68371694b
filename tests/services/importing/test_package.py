"""The isolated child imports `parse` and `isolation` from this package and nothing heavy:
no workspace code, no sqlite_utils, no Qt (they would cost every child ~0.5 s and ~35 MB)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_the_childs_modules_import_no_workspace_code():
    script = (
        "import sys; import desktop.services.importing.parse, desktop.services.importing.isolation;"
        "print(sorted(m for m in ('PySide6', 'sqlite_utils', 'desktop.storage.workspace',"
        " 'desktop.services.importing.importer') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_public_names_resolve():
    from desktop.services import importing

    for name in importing.__all__:
        assert getattr(importing, name) is not None
