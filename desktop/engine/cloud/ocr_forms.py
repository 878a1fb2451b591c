"""Scanned forms read by OCR: field labels misread ("Narne:", "Te1:") and the name in the name field.

Why: OCR turns "Name" into "Narne" (rn for m), "Tel" into "Te1" (1 for l), "Colin" into "Co1in".
A misread label looks like an unknown capitalised word before a colon, which is how a transcript
speaker looks, so it was masked as a person while the name after it ("Co1in Ashworth-Pryce",
broken into pieces by the digit) was not. Here a label is read back through the usual OCR
confusions and compared with the labels forms have; the value of a name field is a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Labels on forms, lower case.
FORM_LABELS = {"name", "full name", "surname", "forename", "forenames", "first name", "last name", "address",
               "addr", "tel", "tel no", "phone", "mobile", "mob", "email", "e-mail", "dob", "date", "date of birth",
               "ref", "case ref", "postcode", "sex", "gender", "nationality", "passport", "signature", "signed",
               "occupation", "fax", "age", "id", "nino", "town", "city", "county", "country", "title"}
_NAME_LABELS = {"name", "full name", "surname", "forename", "forenames", "first name", "last name"}
_CONFUSIONS = (("rn", "m"), ("vv", "w"), ("1", "l"), ("0", "o"), ("5", "s"), ("|", "l"))


@lru_cache(maxsize=4096)
def ocr_read(label: str) -> str:
    """``label`` in lower case with OCR's usual confusions undone (Narne → name, Te1 → tel)."""
    out = label.lower().strip()
    for wrong, right in _CONFUSIONS:
        out = out.replace(wrong, right)
    return re.sub(r"\s+", " ", out)


def is_form_label(label: str) -> bool:
    read = ocr_read(label)
    return read in FORM_LABELS or read.replace("l", "i") in FORM_LABELS


# A label at the start of a line, a colon, and the value up to the end of the line or a comma.
_FIELD = re.compile(r"(?m)^[ \t]*([A-Za-z][A-Za-z0-9| ]{1,14}?)[ \t]*[:：][ \t]*"
                    r"([A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){0,3})[ \t]*(?=$|[,，;]|[ \t]{2})")


def find_form_names(text: str) -> list[tuple[int, int]]:
    """The value of a name field: "Narne: Co1in Ashworth-Pryce"."""
    spans = []
    for m in _FIELD.finditer(text):
        read = ocr_read(m.group(1))
        if read in _NAME_LABELS or read.replace("l", "i") in _NAME_LABELS:
            spans.append(m.span(2))
    return spans
