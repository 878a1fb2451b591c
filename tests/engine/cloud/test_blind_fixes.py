"""Bugs the blind set showed on its first run, each in lines of our own (not the blind data)."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact
from tests.engine.cloud.redact_score import leaked_normalised


@pytest.mark.parametrize(("text", "secret"), [
    ("这位乘客名叫林家豪，来自深圳。", "林家豪"),  # 家 begins the given name: not 林家 "the Lin family"
    ("护士长何丽说病房满了。", "何丽"),  # a role word ending in 长
    ("持有人孙芳已经搬走。", "孙芳"), ("寄件人秦志明，电话未留。", "秦志明"),
    ("法国记者让·杜邦和德国摄影师安娜·施密特都在场。", "安娜·施密特"),  # transliterated names with ·
    ("线人只用Telegram，账号@harbour_source。", "@harbour_source"),  # a CJK word before @
    ("Call the office and ask for Aoife.", "Aoife"),
    ("June Park said she paid twice.", "June Park"),  # both words are also ordinary words
    ("His Irish passport, PX1234567, was taken.", "PX1234567"),
])
def test_found(text, secret):
    assert secret not in redact(text).sent, redact(text).sent


@pytest.mark.parametrize("text", [
    "Section 5 of the Local Government Act was cited.",  # a law, not a person
    "A silver Ford Focus was seen near the park.", "She bought an old Land Rover.",  # things after "a"
    "陈家的院子很大，王家人都来了。",  # 陈家, 家人 stay
])
def test_left_alone(text):
    assert redact(text).sent == text


def test_a_young_person_is_still_a_person():
    assert "Maria Lopez" not in redact("He met a young Maria Lopez in 1990.").sent


def test_the_scorer_reads_numbers_said_in_english_words():
    value = "oh seven nine one one, two three four, five six seven"
    assert not leaked_normalised("PHONE", value, "you can get me on [PHONE_1].")  # masked is masked
    assert leaked_normalised("PHONE", value, "call 07911 234 567")  # the same digits written out leak
