import codecs
import json
import subprocess
import sys

import pytest

from desktop.cli import main

TEXT = "这件事以经结束了,我我们都知道。\nThe cat sat on the the mat.\n"


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, "utf-8")
    return path


def test_json_format_lists_issue_objects(sample, capsys):
    assert main(["proofread", str(sample), "--format", "json"]) == 0
    issues = json.loads(capsys.readouterr().out)
    fields = {"start", "end", "text", "category", "severity", "message", "suggestions", "rule", "checker"}
    assert issues and all(fields <= set(i) for i in issues)
    assert all(TEXT[i["start"]:i["end"]] == i["text"] for i in issues)


def test_text_format_and_apply(sample, capsys):
    assert main(["proofread", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "1:" in out and "2:" in out and "以" in out
    assert main(["proofread", str(sample), "--apply"]) == 0
    assert capsys.readouterr().out == "这件事已经结束了，我们都知道。\nThe cat sat on the mat.\n"


def test_lines_mode(sample, capsys):
    assert main(["proofread", str(sample), "--lines", "--language", "auto"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["corrected"] for r in rows] == ["这件事已经结束了，我们都知道。", "The cat sat on the mat."]
    assert all(set(r) == {"issues", "corrected"} for r in rows)


def test_language_forced(tmp_path, capsys):
    path = tmp_path / "en.txt"
    path.write_text("the the", "utf-8")
    assert main(["proofread", str(path), "--language", "zh", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_utf16_with_bom(tmp_path, capsys):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    assert main(["proofread", str(path), "--apply"]) == 0
    assert capsys.readouterr().out.startswith("这件事已经结束了")


def test_invalid_utf8_empty_and_missing(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd\x00\x01" * 3 + b"\xff" * 50)
    assert main(["proofread", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    assert main(["proofread", str(empty)]) == 1
    assert "empty" in capsys.readouterr().err
    assert main(["proofread", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_empty_lines_keep_alignment(tmp_path, capsys):
    path = tmp_path / "lines.txt"
    path.write_text("好\n\n，，\n", "utf-8")
    assert main(["proofread", str(path), "--lines"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["corrected"] for r in rows] == ["好", "", "，"]


def test_stdin(tmp_path):
    out = subprocess.run([sys.executable, "-m", "desktop", "proofread", "-", "--apply"], input=TEXT.encode("utf-8"),
                         capture_output=True, timeout=120, env={**__import__("os").environ,
                                                               "COPYDESK_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout.decode("utf-8").startswith("这件事已经结束了")


def test_broken_user_table_warns_but_checks(sample, capsys):
    from desktop.engine.proofread.terms import user_terms_dir

    user_terms_dir().mkdir(parents=True)
    (user_terms_dir() / "mine.csv").write_text("term,category\n\"unclosed,typo\n", "utf-8")
    assert main(["proofread", str(sample), "--apply"]) == 0
    captured = capsys.readouterr()
    assert "mine.csv" in captured.err and captured.out.startswith("这件事已经结束了")


@pytest.mark.slow
def test_deep_pass_finds_what_the_fast_check_cannot(tmp_path, capsys, qwen_path):
    path = tmp_path / "deep.txt"
    path.write_text("我真的恨高兴你已经找到工作。\n今天的天气很好，我们去公园散步。\n", "utf-8")
    assert main(["proofread", str(path), "--lines"]) == 0
    assert [json.loads(line)["corrected"] for line in capsys.readouterr().out.splitlines()] == \
        ["我真的恨高兴你已经找到工作。", "今天的天气很好，我们去公园散步。"]  # the quick check misses 恨
    assert main(["proofread", str(path), "--lines", "--deep"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["corrected"] for r in rows] == ["我真的很高兴你已经找到工作。", "今天的天气很好，我们去公园散步。"]
    fix = next(i for i in rows[0]["issues"] if i["text"] == "恨")
    assert fix["checker"] == "zh.deep" and fix["data"]["llm_gain"] > 0


def test_deep_pass_without_llama_is_a_clear_message(sample, capsys, monkeypatch):
    from desktop.engine.proofread import llm_check

    monkeypatch.setattr(llm_check, "available", lambda: False)
    assert main(["proofread", str(sample), "--deep"]) == 1
    err = capsys.readouterr().err
    assert "llama-cpp-python" in err and len(err.strip().splitlines()) <= 2
