"""``copydesk redact`` prints what would be sent, in text or JSON."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.engine.core.settings import Settings, save_settings

TEXT_ZH = "记者张伟采访了李娜，她的电话是13812345678，邮箱 lina@example.com。"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_from_file(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(TEXT_ZH, "utf-8")
    code, out, _ = run_cli(capsys, "redact", str(path), "--format", "json")
    data = json.loads(out)
    assert code == 0 and set(data) >= {"sent", "placeholders"}
    assert data["placeholders"]["[EMAIL_1]"] == "lina@example.com"
    assert "13812345678" not in data["sent"] and "张伟" not in data["sent"] and "李娜" not in data["sent"]
    restored = data["sent"]
    for k, v in data["placeholders"].items():
        restored = restored.replace(k, v)
    assert restored == TEXT_ZH


def test_stdin_speakers_and_user_dictionary(monkeypatch, capsys):
    settings = Settings()
    settings.user_dictionary = ["Okonkwo nr"]
    save_settings(settings)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Adaeze and Okonkwo spoke to Bola.")))
    code, out, _ = run_cli(capsys, "redact", "-", "--speakers", "Adaeze,Bola", "--no-detect")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "[PERSON_1] and [PERSON_2] spoke to [PERSON_3]."
    assert "[PERSON_2]  Okonkwo" in lines


def test_text_table_keeps_one_row_per_placeholder(tmp_path, capsys):
    # a phone number wrapped across two lines is one value; its row shows the break, not a second row
    path = tmp_path / "notes.txt"
    path.write_text("Call Maria Delgado on 0161 496\n0000 after six.\n", "utf-8")
    code, out, _ = run_cli(capsys, "redact", str(path))
    table = out.split("\n\n", 1)[1].splitlines()
    assert code == 0 and out.startswith("Call [PERSON_1] on [PHONE_1] after six.\n")
    assert table == ["[PERSON_1]  Maria Delgado", "[PHONE_1]   0161 496\\n0000"]


def test_missing_and_empty_files_give_one_line_errors(tmp_path, capsys):
    code, _, err = run_cli(capsys, "redact", str(tmp_path / "nope.txt"))
    assert code == 1 and err.startswith("copydesk:")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    code, out, err = run_cli(capsys, "redact", str(empty))
    assert code == 1 and "empty" in err and out == ""


@pytest.mark.slow
def test_console_entry_point(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Call 555-987-6543.", "utf-8")
    proc = subprocess.run([sys.executable, "-c", "from desktop.cli import main; raise SystemExit(main())",
                           "redact", str(path), "--format", "json"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"sent": "Call [PHONE_1].", "placeholders": {"[PHONE_1]": "555-987-6543"},
                                       "redactions": 1}


# No detector can know these are people: one plain word each, no verb of saying, no context.
DOC_TEXT = "Nkem agreed and 阿明 nodded; Pemba kept notes. Call 07700 900123 or mail nkem@example.org."


def _stored_document(store) -> int:
    """A document quoting a transcript (speakers Nkem Obi, 阿明), another transcript in the library
    (Pemba Sherpa, on the people list only), and a generic diarization label that is not a name."""
    from desktop.engine.transcription.transcripts import Segment, TranscriptStore

    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="depot.mp3", language="en", model="m", duration=6.0)
    ts.add_segment(tid, Segment(0, 0.0, 2.0, "We start at six.", "Nkem Obi"))
    ts.add_segment(tid, Segment(1, 2.0, 4.0, "好的。", "阿明"))
    ts.add_segment(tid, Segment(2, 4.0, 6.0, "Okay.", "SPEAKER_02"))
    other = ts.create(asset_id=None, title="other.mp3", language="en", model="m", duration=2.0)
    ts.add_segment(other, Segment(0, 0.0, 2.0, "Hi.", "Pemba Sherpa"))
    doc = store.create_document("depot", DOC_TEXT + " Zanele signed.", privacy="local")
    ts.link_quote(doc.id, tid, ts.segments(tid)[0])
    return doc.id


def test_document_is_redacted_with_its_people(store, capsys):
    settings = Settings()
    settings.user_dictionary = ["Zanele nr"]
    save_settings(settings)
    doc_id = _stored_document(store)
    code, out, err = run_cli(capsys, "redact", "--document", str(doc_id), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    for secret in ("Nkem", "阿明", "Pemba", "Zanele", "07700 900123", "nkem@example.org"):
        assert secret not in data["sent"], secret
    assert {"Nkem", "阿明", "Pemba", "Zanele"} <= set(data["placeholders"].values())
    assert "SPEAKER_02" not in data["placeholders"].values() and "kept notes" in data["sent"]
    restored = data["sent"]
    for k, v in data["placeholders"].items():
        restored = restored.replace(k, v)
    assert restored == store.get_document(doc_id).body


def test_document_redaction_is_what_a_cloud_request_for_it_sends(store, capsys):
    from desktop.engine.cloud.drafting import build_router
    from desktop.engine.cloud.router import TaskRequest
    from desktop.engine.core.settings import load_settings

    doc_id = _stored_document(store)
    code, out, _ = run_cli(capsys, "redact", "--document", str(doc_id), "--format", "json")
    body = store.get_document(doc_id).body
    router = build_router(load_settings().settings, store)
    payload = router.prepare(TaskRequest("summarize", body, document_id=doc_id, privacy="cloud"))
    assert code == 0 and json.loads(out)["sent"] == payload.redaction.sent


def test_only_the_document_brings_the_speakers_of_its_own_quotes(store, tmp_path, capsys):
    """A quote keeps its speaker even after the transcript was re-run without that name, so the
    people list (segment speakers) no longer has it: --document still masks it, a file cannot."""
    from desktop.engine.transcription.transcripts import Segment, TranscriptStore

    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="rerun.mp3", language="en", model="m", duration=2.0)
    doc = store.create_document("quote", "Thandiwe wanted the depot kept open.", privacy="cloud")
    ts.link_quote(doc.id, tid, Segment(0, 0.0, 2.0, "Keep it open.", "Thandiwe"))
    path = tmp_path / "copy.txt"
    path.write_text(doc.body, "utf-8")
    _, out_file, _ = run_cli(capsys, "redact", str(path), "--no-detect")
    _, out_doc, _ = run_cli(capsys, "redact", "--document", str(doc.id), "--no-detect")
    assert out_file.splitlines()[0] == doc.body
    assert out_doc.splitlines()[0] == "[PERSON_1] wanted the depot kept open."


def test_document_errors(store, tmp_path, capsys):
    code, _, err = run_cli(capsys, "redact", "--document", "999")
    assert code == 1 and err.startswith("copydesk:") and "999" in err
    empty = store.create_document("empty", "   ", privacy="cloud")
    code, out, err = run_cli(capsys, "redact", "--document", str(empty.id))
    assert code == 1 and "empty" in err and out == ""
    code, _, err = run_cli(capsys, "redact")
    assert code == 2 and "--document" in err
    path = tmp_path / "s.txt"
    path.write_text("hello", "utf-8")
    code, _, err = run_cli(capsys, "redact", str(path), "--document", str(empty.id))
    assert code == 2 and "not both" in err
