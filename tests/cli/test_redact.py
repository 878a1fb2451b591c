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
