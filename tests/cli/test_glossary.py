"""The glossary on the command line: ``transcribe --glossary/--document`` and ``copydesk glossary``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.engine.library.store import Store
from desktop.engine.transcription.glossary import MAX_HOTWORD_CHARS, Glossary
from desktop.engine.transcription.transcripts import TranscriptStore

FAST = ["--model", "whisper-tiny.en", "--language", "en", "--speakers", "1"]


def _last_transcript() -> tuple[list[str], str]:
    store = Store()
    try:
        ts = TranscriptStore(store)
        tr = ts.get(ts.list()[0].id)
        return list(tr.options["vocabulary"]), tr.text
    finally:
        store.close()


def test_a_terms_file_goes_to_the_recogniser(tmp_path: Path, quilter_clip: Path, capsys) -> None:
    terms = tmp_path / "names.txt"
    terms.write_text("# people in the story\nQuilter\n  Ras Baraka \n\nNewark, 巴拉卡\n", "utf-8")
    out = tmp_path / "out.txt"
    assert main(["transcribe", str(quilter_clip), *FAST, "--glossary", str(terms), "-o", str(out)]) == 0
    vocabulary, text = _last_transcript()
    assert vocabulary[:4] == ["Quilter", "Ras Baraka", "Newark", "巴拉卡"]
    assert "quilter" in text.lower() and "Quilter" in out.read_text("utf-8")


def test_the_storys_glossary_goes_to_the_recogniser(tmp_path: Path, quilter_clip: Path) -> None:
    store = Store()
    doc = store.create_document("Apostle", "Draft.\n")
    Glossary(store).add(doc.id, "Quilter", "name")
    store.close()
    assert main(["transcribe", str(quilter_clip), *FAST, "--document", str(doc.id), "-o", str(tmp_path / "o.txt"),
                 "--vocabulary", "apostle"]) == 0
    vocabulary, text = _last_transcript()
    assert vocabulary[:2] == ["Quilter", "apostle"] and "quilter" in text.lower()


def test_bad_glossary_input_is_one_line_before_any_model_loads(tmp_path: Path, fellow_clip: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(fellow_clip), *FAST, "--glossary", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("copydesk:") == 1 and "missing.txt" in err and "Traceback" not in err
    assert main(["transcribe", str(fellow_clip), *FAST, "--document", "999"]) == 1
    assert "999" in capsys.readouterr().err
    long_line = tmp_path / "long.txt"
    long_line.write_text("x" * 200 + "\n", "utf-8")
    assert main(["transcribe", str(fellow_clip), *FAST, "--glossary", str(long_line)]) == 1
    assert "longer than" in capsys.readouterr().err
    store = Store()
    assert TranscriptStore(store).list() == []  # nothing was transcribed
    store.close()


def test_glossary_commands_list_add_import_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store()
    doc = store.create_document("Harbour", "Draft.\n")
    store.close()
    d = str(doc.id)
    assert main(["glossary", "list", d]) == 0
    assert "no glossary yet" in capsys.readouterr().out
    assert main(["glossary", "add", d, "Ras Baraka", "Amina Yusuf", "--kind", "name"]) == 0
    assert "2 terms" in capsys.readouterr().out
    terms = tmp_path / "t.txt"
    terms.write_text("Newark\nRas Baraka\n", "utf-8")
    assert main(["glossary", "import", d, str(terms), "--kind", "place"]) == 0
    capsys.readouterr()
    assert main(["glossary", "list", d, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["term"], t["kind"]) for t in listed] == [("Ras Baraka", "place"), ("Amina Yusuf", "name"),
                                                       ("Newark", "place")]
    assert main(["glossary", "remove", d, "Amina Yusuf", "Nobody"]) == 1
    assert "Nobody" in capsys.readouterr().err
    terms.write_text("巴拉卡\n", "utf-8")
    assert main(["glossary", "import", d, str(terms), "--replace"]) == 0
    capsys.readouterr()
    assert main(["glossary", "list", d]) == 0
    assert capsys.readouterr().out.splitlines() == ["巴拉卡\tterm"]
    bad = tmp_path / "bad.txt"
    bad.write_text("ok\n" + "y" * 100 + "\n", "utf-8")
    assert main(["glossary", "import", d, str(bad)]) == 1  # a bad line changes nothing
    assert main(["glossary", "list", d]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "巴拉卡\tterm"


def test_a_long_terms_file_is_cut_to_the_prompt_budget(tmp_path: Path) -> None:
    from argparse import Namespace

    from desktop.cli.transcribe import glossary_vocabulary

    terms = tmp_path / "many.txt"
    terms.write_text("\n".join(f"Name{i:03d}" for i in range(100)), "utf-8")
    kept = glossary_vocabulary(Namespace(glossary=[str(terms)], document=None))
    assert kept[0] == "Name000" and sum(len(t) + 2 for t in kept) <= MAX_HOTWORD_CHARS < 100 * 9
