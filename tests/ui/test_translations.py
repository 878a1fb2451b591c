"""Every string the UI shows through tr() has a zh_CN translation, and the .ts is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop" / "ui" / "i18n" / "copydesk_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            text = "" if tr is None else ((tr.text or "").strip() or "".join(f.text or "" for f in tr.findall("numerusform")))
            if tr is not None and tr.get("type") in ("unfinished", "obsolete", "vanished"):
                text = ""
            out[(name, message.findtext("source") or "")] = text
    return out


def test_every_source_string_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"], check=True,
                   capture_output=True, timeout=120)
    current = _messages(fresh)
    missing = [f"{ctx}: {src}" for (ctx, src), text in current.items() if not text.strip()]
    assert not missing, "untranslated (run pyside6-lupdate, then packaging/fill_translations.py):\n" + "\n".join(missing)


def test_qm_is_built() -> None:
    assert TS.with_suffix(".qm").exists(), "make translations builds the .qm from the .ts"
