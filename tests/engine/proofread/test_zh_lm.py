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
    assert len(zh_lm.expand(cand.features())) == len(zh_lm.WEIGHTS)


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


def test_stroke_shapes_extend_confusion_sets(model):
    """己/已 sound different and are missing from same_stroke.txt; identical stroke sequences add them."""
    assert model.confusion["己"]["已"] == zh_lm.SAME_SHAPE
    assert [(c.index, c.replacement) for c in model.corrections("部署工作己经开始。")] == [(4, "已")]


def test_rare_words_are_checked_inside(model):
    """应为 is a (rare) dictionary word, so the typo hides inside it; 因为 is far likelier."""
    fixes = model.corrections("我们应为下雨没有出门。")
    assert [(c.index, c.replacement, c.inside) for c in fixes] == [(2, "因", True)]


def test_look_alike_wins_a_near_tie(model):
    """公元 is more frequent than 公园, but 园 also looks like the typed 圆."""
    cands = {c.replacement: c for c in model.candidates("这个公圆很漂亮。") if c.index == 3}
    assert cands["园"].shape > cands["元"].shape
    assert [(c.index, c.replacement) for c in model.corrections("这个公圆很漂亮。")] == [(3, "园")]


def test_reduplication_is_not_a_typo(model):
    """试一试 and 一蟹不如一蟹 repeat a character on purpose; 就是 / 一些 would be wrong fixes."""
    assert model.corrections("他说那就试一试。") == []
    assert model.corrections("经济一蟹不如一蟹。") == []


def test_pinyin_readings_stay_aligned(model):
    """Sound-alike sets once shifted after an unreadable character (蔡 read as jiang)."""
    from desktop.engine.proofread.zh_confusion import pinyin_readings

    readings = pinyin_readings(["蔡", "\u4dff", "菜", "地"])
    assert "cai" in readings["蔡"] and readings["菜"] == ("cai",) and "de" in readings["地"]
    assert "\u4dff" not in readings
    assert model.confusion["蔡"]["菜"] in (zh_lm.SAME_SOUND_TONE, zh_lm.SAME_SOUND)
    assert "影" in model.confusion["音"]
