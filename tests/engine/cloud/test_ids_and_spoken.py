"""IDs that are not Chinese resident numbers, and numbers read out in English words."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.digits import find_numbers, shadow
from desktop.engine.cloud.ids import find_ids, hkid_ok, iban_ok, twid_ok
from desktop.engine.cloud.redact import redact


def ids(text: str) -> dict[str, str]:
    found = find_ids(shadow(text)) + find_numbers(text)
    return {text[s:e]: k for s, e, k in found if k in ("ID", "CARD")}


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("His SSN is 123-45-6789.", "123-45-6789", "ID"),
    ("Her passport number E12345678 was copied.", "E12345678", "ID"),
    ("护照号码：EA1234567，已过期。", "EA1234567", "ID"),
    ("香港身份證號碼 A123456(7)", "A123456(7)", "ID"),  # announced: taken even with a wrong check digit
    ("Her HKID is A123456(3).", "A123456(3)", "ID"),
    ("台灣身分證字號 A123456789", "A123456789", "ID"),
    ("National Insurance number QQ 12 34 56 C.", "QQ 12 34 56 C", "ID"),
    ("IBAN GB82 WEST 1234 5698 7654 32 for the refund", "GB82 WEST 1234 5698 7654 32", "CARD"),
    ("ID number: X-1234567 on the form", "X-1234567", "ID"),
])
def test_ids_in_their_own_shapes(text, value, kind):
    assert ids(text).get(value) == kind, ids(text)


@pytest.mark.parametrize("text", [
    "Flight CA1831 and model RX-7800 shipped in 2024.",
    "Route A123456 is closed; see figure B2 and table C12.",
    "Scores were 123-456-789 in the final.",
    "The word ID cards appear in 2024 plans.",
])
def test_codes_and_figures_are_not_ids(text):
    assert ids(text) == {}


def test_check_digits():
    assert hkid_ok("A", "123456", "3") and not hkid_ok("A", "123456", "7")
    assert twid_ok("A123456789") and not twid_ok("A123456788")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")


@pytest.mark.parametrize(("text", "value"), [
    ("call me on oh seven seven double oh nine double oh one two three", "oh seven seven double oh nine double oh "
                                                                          "one two three"),
    ("my number is five five five, zero one nine, four four seven seven.", "five five five, zero one nine, "
                                                                             "four four seven seven"),
    ("It's plus four four, seven seven double oh, nine double oh four five six.",
     "plus four four, seven seven double oh, nine double oh four five six"),
])
def test_numbers_read_out_in_english(text, value):
    spans = [(text[s:e], k) for s, e, k in find_numbers(text)]
    assert (value, "PHONE") in spans, spans


@pytest.mark.parametrize("text", ["Oh, one or two of them, maybe three.",
                                  "She counted one, two, three, four and stopped.",
                                  "Five five-star hotels and two three-bedroom flats."])
def test_counting_in_words_is_not_a_number(text):
    assert redact(text).sent == text


@pytest.mark.parametrize(("text", "value"), [
    ("Amex 3782 822463 10005 was used.", "3782 822463 10005"),
    ("account 000123456789, sort code 20-00-00", "20-00-00"),
    ("CVV 123, expiry 09/27", "123"),
    ("routing number 021000021 and account 000123456789", "000123456789"),
])
def test_accounts_sort_codes_and_security_codes(text, value):
    assert value not in redact(text).sent


def test_payment_handles():
    for text, value in (("Venmo @anna-b-22", "@anna-b-22"), ("Cash App $annab22", "$annab22"),
                        ("PayPal: anna.b@example.com", "anna.b@example.com")):
        sent = redact(text).sent
        assert value not in sent and sent.split()[0].rstrip(":") in ("Venmo", "Cash", "PayPal"), sent
    assert redact("Shares of $AAPL rose 3 percent; my card was declined 3 times.").sent.startswith("Shares of $AAPL")
