"""With CI=true a skipped test fails the run (tests/conftest.py), so missing data cannot hide."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = '''
import pytest

def test_runs():
    assert True

def test_needs_data():
    pytest.skip("evaluation data not found at ../shared/eval")

@pytest.mark.xfail(reason="known bug")
def test_known_bug():
    assert False
'''


def _pytest(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "COPYDESK_NO_SKIPS")}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=120)


def test_skips_fail_under_ci_and_only_there(tmp_path: Path) -> None:
    shutil.copy(REPO / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_sample.py").write_text(SAMPLE, "utf-8")
    local = _pytest(tmp_path, None)
    assert local.returncode == 0 and "1 skipped" in local.stdout, local.stdout
    ci = _pytest(tmp_path, "true")
    assert ci.returncode == 1, ci.stdout
    assert "1 failed" in ci.stdout and "1 xfailed" in ci.stdout and "1 passed" in ci.stdout
    assert "evaluation data not found" in ci.stdout and "CI=true" in ci.stdout


def test_a_module_level_skip_fails_too(tmp_path: Path) -> None:
    shutil.copy(REPO / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_gone.py").write_text('import pytest\npytest.importorskip("no_such_module_here")\n'
                                           "def test_x():\n    pass\n", "utf-8")
    ci = _pytest(tmp_path, "true")
    assert ci.returncode != 0 and "no_such_module_here" in ci.stdout, ci.stdout
