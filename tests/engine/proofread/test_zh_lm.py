import subprocess
import sys

import pytest

from desktop.engine.proofread import zh_lm


def test_data_found_without_importing_pycorrector():
    code = ("import sys; from desktop.engine.proofread import zh_lm; d = zh_lm.pycorrector_data_dir(); "
            "assert d is not None and (d / 'same_pinyin.txt').is_file(); "
            "m = zh_lm.load_model(); assert m is not None; assert 'pycorrector' not in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr


@pytest.fixture(scope="module")
def model():
    m = zh_lm.load_model()
    if m is None:
        pytest.skip("pycorrector data files are not installed")
    return m


def test_confusion_sets_cover_sound_and_shape(model):
    assert "再" in model.confusion["在"]
    assert "已" in model.confusion["以"]
    assert model.confusion["以"]["已"] in (zh_lm.SAME_SOUND_TONE, zh_lm.SAME_SOUND)


def test_segment_and_candidates(model):
    assert model.segment("我们去北京") == ["我们", "去", "北京"]
    fixes = model.corrections("我很想参家你的舞会。")
    assert [(c.index, c.replacement) for c in fixes] == [(4, "加")]
    assert 0.5 <= fixes[0].score <= 1.0


def test_clean_sentence_gets_no_correction(model):
    assert model.corrections("市长今天宣布了新的交通政策。") == []
    assert model.corrections("") == [] and model.corrections("好") == []


def test_features_match_weights(model):
    cand = model.candidates("这件事以经结束了。")[0]
    assert len(cand.features()) == len(zh_lm.WEIGHTS)


def test_held_out_sighan_test_file_is_never_opened():
    """pycorrector ships the SIGHAN15 *test* set; loading must not touch it."""
    code = ("import builtins, io, pathlib; seen = []; real = io.open\n"
            "def spy(f, *a, **k):\n    seen.append(str(f)); return real(f, *a, **k)\n"
            "builtins.open = io.open = spy; pathlib.io.open = spy\n"
            "from desktop.engine.proofread import zh_lm; zh_lm.load_model()\n"
            "assert any('word_freq' in s for s in seen), seen\n"
            "assert not any('sighan' in s.lower() for s in seen), seen; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr
