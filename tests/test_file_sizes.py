"""Source files stay small enough to read in one sitting (at most 400 lines each)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400
FOLDERS = ("desktop/ui",)


def test_files_are_at_most_400_lines() -> None:
    too_long = {}
    for folder in FOLDERS:
        files = sorted((ROOT / folder).rglob("*.py"))
        assert files, folder
        for path in files:
            lines = len(path.read_text("utf-8").splitlines())
            if lines > LIMIT:
                too_long[str(path.relative_to(ROOT))] = lines
    assert too_long == {}
