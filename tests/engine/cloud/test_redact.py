"""Redaction is a pure function: both languages, every kind, stable placeholders, exact restore."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import StreamRestorer, cn_id_ok, luhn_ok, redact, restore


def masked(text: str, **kw) -> dict[str, str]:
    """kind-free view: original value -> placeholder"""
    r = redact(text, **kw)
    return {v: k for k, v in r.placeholders.items()}


def test_chinese_interview_every_kind():
    text = ("记者张伟和李娜昨天采访了王建国教授，电话13812345678，座机010-62345678，邮箱 zhang.wei@example.com。"
            "他住在北京市朝阳区建国路88号院3号楼2单元501室，身份证号11010519491231002X，"
            "车牌京A12345，新能源车粤B·D12345，银行卡6222 0212 3456 7890 128。")
    r = redact(text)
    values = {v: k for k, v in r.placeholders.items()}
    assert values["张伟"].startswith("[PERSON_") and values["李娜"].startswith("[PERSON_")
    assert values["王建国"].startswith("[PERSON_")
    assert values["13812345678"].startswith("[PHONE_") and values["010-62345678"].startswith("[PHONE_")
    assert values["zhang.wei@example.com"] == "[EMAIL_1]"
    assert values["建国路88号院3号楼2单元501室"] == "[ADDRESS_1]"  # the city and district name no one's home
    assert values["11010519491231002X"] == "[ID_1]"
    assert values["京A12345"].startswith("[PLATE_") and values["粤B·D12345"].startswith("[PLATE_")
    assert values["6222 0212 3456 7890 128"] == "[CARD_1]"
    assert "他住在北京市朝阳区[ADDRESS_1]" in r.sent and "银行卡[CARD_1]" in r.sent  # lead words and labels stay
    for original in r.placeholders.values():
        assert original not in r.sent
    assert restore(r.sent, r.placeholders) == text
    assert r.count == len(r.spans) >= 11


def test_english_interview_every_kind():
    # (a rare surname with a title names someone; "Mr. Smith" would name no one, as 李先生 does not)
    text = ("Maria Lopez told Mr. Haverford on Monday at 221 Baker Street, Apt 4B. Call (555) 123-4567, "
            "555-987-6543 or +44 20 7946 0958; e-mail m.lopez@news.example.org. Card 4111 1111 1111 1111. "
            "Her licence plate is 7ABC123 and his is AB12 CDE. The New York Times reported it.")
    values = masked(text)
    for name in ("Maria Lopez", "Haverford"):
        assert values[name].startswith("[PERSON_")
    for phone in ("(555) 123-4567", "555-987-6543", "+44 20 7946 0958"):
        assert values[phone].startswith("[PHONE_")
    assert values["221 Baker Street, Apt 4B"] == "[ADDRESS_1]"
    assert values["m.lopez@news.example.org"] == "[EMAIL_1]"
    assert values["4111 1111 1111 1111"] == "[CARD_1]"
    assert values["7ABC123"].startswith("[PLATE_") and values["AB12 CDE"].startswith("[PLATE_")
    r = redact(text)
    assert "The New York Times" in r.sent and "Monday" in r.sent  # not names
    assert restore(r.sent, r.placeholders) == text


def test_same_value_same_placeholder_and_numbering_by_appearance():
    r = redact("李娜说：张伟来了。张伟又说：李娜走了。Call 13812345678, again 13812345678.")
    assert r.placeholders == {"[PERSON_1]": "李娜", "[PERSON_2]": "张伟", "[PHONE_1]": "13812345678"}
    assert r.sent.count("[PERSON_2]") == 2 and r.count == 6
    assert redact(r.original) == r  # pure and deterministic


def test_speakers_and_dictionary_names():
    text = "Okafor said the plan was fine. SPEAKER_00 agreed. 小明觉得不行。Acme was not named."
    r = redact(text, speakers=["Chidi Okafor", "SPEAKER_00"], dictionary=["小明", "Acme nt"], detect_names=False)
    assert set(r.placeholders.values()) == {"Okafor", "小明"}  # surname alone; generic label and org kept
    assert "SPEAKER_00" in r.sent and "Acme" in r.sent


def test_detector_can_be_turned_off_and_known_names_still_masked():
    assert redact("Maria Lopez came.", detect_names=False).placeholders == {}
    assert redact("Maria Lopez came.", speakers=["Maria Lopez"], detect_names=False).sent == "[PERSON_1] came."


def test_numbers_that_are_not_personal_data_stay():
    text = "GDP grew 5.2% in 2024; the 1234567890123 figure failed Luhn; 订单号123456789012345678不是身份证。"
    r = redact(text, detect_names=False)
    assert r.placeholders == {}
    assert r.sent == text


def test_checksums():
    assert cn_id_ok("11010519491231002X") and not cn_id_ok("110105194912310021")
    assert not cn_id_ok("110105194913310021")  # month 13
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


def test_existing_placeholder_lookalikes_are_not_reused():
    r = redact("[PERSON_1] is a literal token; Maria Lopez is a person.")
    assert r.placeholders == {"[PERSON_2]": "Maria Lopez"}
    assert restore("[PERSON_1] and [PERSON_2]", r.placeholders) == "[PERSON_1] and Maria Lopez"


@pytest.mark.parametrize("variant", ["[PERSON_1]", "[person_1]", "[ PERSON_1 ]"])
def test_restore_tolerates_model_spelling(variant):
    assert restore(f"{variant} spoke.", {"[PERSON_1]": "张伟"}) == "张伟 spoke."


def test_stream_restorer_handles_split_placeholders():
    table = {"[PERSON_1]": "Maria Lopez", "[PHONE_12]": "555-987-6543"}
    chunks = ["Hi [", "PERS", "ON_1], call [PHONE", "_12] now [not a tag"]
    s = StreamRestorer(table)
    out = "".join(s.feed(c) for c in chunks) + s.flush()
    assert out == "Hi Maria Lopez, call 555-987-6543 now [not a tag"


def test_empty_text():
    r = redact("")
    assert r.sent == "" and r.placeholders == {} and r.count == 0


def test_sentence_starters_are_not_part_of_a_name():
    r = redact("Yesterday Maria Lopez said no. According to Zhang Wei, it was fine.")
    assert set(r.placeholders.values()) == {"Maria Lopez", "Zhang Wei"}
    assert r.sent.startswith("Yesterday [PERSON_1] said")


def test_pathological_inputs_stay_fast():
    """Runs of thousands of digit groups or names must not go quadratic (generous margin: the
    machine is shared)."""
    import time

    redact("张伟说 Maria Delgado said, call 020 7946 0958")  # dictionaries loaded once
    for text in (" ".join(str(i % 10) for i in range(5000)), "张伟说李娜和王芳都表示" * 1000,
                 "Maria Delgado Ruiz Lopez " * 400, "one two three four five six seven eight nine zero " * 200):
        started = time.perf_counter()
        redact(text[:10_000])
        assert time.perf_counter() - started < 3.0
