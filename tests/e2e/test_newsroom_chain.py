"""The newsroom chain headless: transcribe → draft document → proofread → redact → archive → export.

Each step is the real CLI on real models and a real library file, the way a field crew would
script it on a laptop with no network.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from desktop.cli import main

pytestmark = [pytest.mark.slow]


def test_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    clip = fellow_clip  # espeak-ng speech made at test time (tests/speech.py)
    transcript = tmp_path / "jfk.json"
    assert main(["transcribe", str(clip), "--model", "whisper-tiny.en", "--language", "en",
                 "--format", "json", "--output", str(transcript)]) == 0
    words = " ".join(s["text"].strip() for s in json.loads(transcript.read_text("utf-8"))["segments"])
    assert "harbo" in words.lower()

    story = tmp_path / "story.txt"
    story.write_text(f"The mayor told the the crowd: \"{words}\" Call John Smith on 555-867-5309.\n",
                     "utf-8")
    capsys.readouterr()
    assert main(["doc", "new", str(story), "--title", "Harbour"]) == 0
    doc_id = int(capsys.readouterr().out.strip())

    assert main(["proofread", str(story), "--format", "json"]) == 0
    issues = json.loads(capsys.readouterr().out)
    issues = issues["issues"] if isinstance(issues, dict) else issues
    assert any(i["text"].lower().startswith("the") and i["category"] for i in issues)  # "the the"

    assert main(["redact", str(story), "--format", "json"]) == 0
    redacted = json.loads(capsys.readouterr().out)
    assert "555-867-5309" not in redacted["sent"] and "John Smith" not in redacted["sent"]
    assert "555-867-5309" in redacted["placeholders"].values()

    assert main(["doc", "search", "Harbour", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == doc_id

    from desktop.engine.library.files import export_document
    from desktop.engine.library.store import Store

    out = export_document(Store(), doc_id, tmp_path / "story.docx")
    assert "mayor" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
