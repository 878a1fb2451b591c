"""The classes the fourteenth blind set's first run showed, on lines of our own (not from the set).

A passport number after "passport, number"; a Singapore mobile after "can be reached on"; a
messenger ID set off by commas ("his LINE ID, x,"); a speaker in capitals inside a transcript line;
the name a person goes by ("known to friends as X", "X to her friends"); 事主 as a role word; and,
kept: candidates standing for office, a named court's judge, a touring performer, a box office's or
press office's landline a few words after its name, and party names (Labour is no person).
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("Border officers kept her passport, number K7730215C, for a week.", ["K7730215C"]),
    ("Mr Ong, a retired bus driver, can be reached on 8765 4321.", ["8765 4321"]),
    ("Someone stole his LINE ID, anan.k77, and wrote to his friends.", ["anan.k77"]),
    ("REPORTER: Where were you? ROSÁRIO MENDES: At the market.", ["ROSÁRIO MENDES"]),
    ("The cook Nattapong Srisuk, known to regulars as Pong, said the rent doubled.", ["Nattapong Srisuk", "Pong"]),
    ("Nurse Josefina Bautista, Josie to her friends, said the ward was full.", ["Josefina Bautista", "Josie"]),
    ("據報，事主陳志明居於觀塘。", ["陳志明"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize("text", [
    "区政协委员候选人名单公示：刘海波、陈晓燕、马东升，公示期七天。",
    "Candidates for the Riverside ward are Amara Okafor (Labour) and Piers Whitcombe (Conservative).",
    "市中级人民法院法官郑立群审理认定，合同有效。",
    "Touring pianist Yuja Wang plays the Barbican on 3 March.",
    "Tickets: the box office can be reached on 0161 496 0817.",
    "The council's press office can be reached on 020 7946 0381 until six.",
    "Labour said the vote would be close.",
])
def test_left_alone(text: str) -> None:
    assert redact(text).sent == text


def test_a_party_after_a_name_outside_an_election_is_no_office() -> None:
    sent = redact("Amara Okafor (Labour) said her son was hurt in the crash.").sent
    assert "Amara Okafor" not in sent and "(Labour)" in sent
