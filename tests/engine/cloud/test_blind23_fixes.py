"""The classes the twenty-third and twenty-fourth blind sets' first runs showed, on lines of our own (not
from the sets).

Masked: the name someone went by, quoted before the real one (“小芳”，真名…), a name before 为, an
Australian plate after "rego", a 旺旺号, "X" to his teammates, "81-year-old X" (even two words that are
words). Kept: a commissioner named after a service's name and rank, a commission's adjudicator, a
council's line, a professor of a named university; "Professor X" with no university stays masked.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("民警确认她就是当年走失的“小芳”，真名刘芳芳。", ["小芳", "刘芳芳"]),
    ("村民邓春生为女儿办了升学宴。", ["邓春生"]),
    ("A white ute, rego CX81PQ, was seen nearby.", ["CX81PQ"]),
    ("店主的旺旺号是 liuxiaodian88，买家都认得。", ["liuxiaodian88"]),
    ('Lock Tamati Hohaia - "Tama" to his teammates - scored twice.', ["Tamati Hohaia", "Tama"]),
    ("The victim, 79-year-old Joy Summers, lost her savings.", ["Joy Summers"]),
    ("Professor Tom Baker said his cat was missing.", ["Baker"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize(("text", "kept"), [
    ("Victoria State Emergency Service Commissioner Tim Wiebusch urged drivers to stay off the roads.", ["Tim Wiebusch"]),
    ("Workplace Relations Commission adjudicator Orla Jones adjourned the case.", ["Orla Jones"]),
    ("The council's repairs line is 020 7527 2000.", ["020 7527 2000"]),
    ("Professor Jane Doyle of the University of Leeds, an expert in housing law, said the rules were clear.",
     ["Jane Doyle"]),
])
def test_kept(text: str, kept: list[str]) -> None:
    sent = redact(text).sent
    for value in kept:
        assert value in sent, (value, sent)
