"""Bank account numbers told by their shape, with no card word before them.

A UK sort code and account number written together (20-45-18 73046291), and a US routing number (nine
digits with the ABA check digit) followed by an account number (026009593 4471902385): a donation appeal
or a form's "Pay to:" gives them bare.
"""

from __future__ import annotations


def aba_ok(digits: str) -> bool:
    """The ABA routing number's check: 3, 7, 1 weights over its nine digits sum to a multiple of ten."""
    if len(digits) != 9 or not digits.isdigit() or digits == "0" * 9:
        return False
    weights = (3, 7, 1) * 3
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 10 == 0


def is_account(digits: str, lengths: list[int], separators: str = "") -> bool:
    """``lengths``: the digit groups as written; ``separators``: what stood between them, in order."""
    sort_code = lengths[:3] == [2, 2, 2] and separators[:2] == "--"  # 20-45-18, not a date's 20 45 18
    if sort_code and len(lengths) == 4 and lengths[3] == 8:
        return True
    return len(lengths) == 2 and lengths[0] == 9 and 6 <= lengths[1] <= 17 and aba_ok(digits[:9])
