"""The wheel carries every package and the repository's assets/ (as desktop/assets)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from desktop.engine.core import paths

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    return set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])


def test_package_list_names_every_package() -> None:
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop").rglob("__init__.py")}
    found.add("desktop.ui.i18n")  # data-only: .ts sources and built .qm catalogues
    assert _declared() == found | {"desktop.assets"}


def test_assets_are_found_in_a_checkout() -> None:
    assert paths.assets_dir() == ROOT / "assets"
    for part in (("icons", "copydesk.svg"), ("terms", "zh_default.csv"), ("models", "campplus_cn_en_common.onnx")):
        assert paths.asset_path(*part).is_file(), part


@pytest.mark.slow
def test_wheel_ships_assets_inside_the_package(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("copydesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desktop/assets/icons/copydesk.svg" in names
    assert "desktop/assets/terms/en_default.csv" in names
    assert "desktop/assets/models/campplus_cn_en_common.onnx" in names
    assert "desktop/engine/transcription/transcribe.py" in names
    assert not any(n.startswith("assets/") for n in names)
