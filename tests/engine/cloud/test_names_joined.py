"""Names joined to a name already found: two classes left after the blind sets (sets 8 and 11
each leaked one), tested with lines of our own.

1. A couple or siblings under one surname ("Steven and Laura Baker"): the lone given name before
   "and" was left in clear. An organisation or a place before "and" stays.
2. The form a person goes by, in brackets after their full name: a familiar form (阿黛, 芳姐,
   老周) or a transliteration jieba knows (玛丽亚). A role, an age, a sex, a nationality or a
   kin word in the brackets stays.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "sent"), [
    ("The couple, Martin and Joanne Pryce, moved to Hull in 2019.",
     "The couple, [PERSON_1] and [PERSON_2], moved to Hull in 2019."),
    ("Tom & Ann Reid said the fence was theirs.", "[PERSON_1] & [PERSON_2] said the fence was theirs."),
    # two full names: nothing to add, and each is its own person
    ("Jane Doe and Laura Baker said the plan failed.", "[PERSON_1] and [PERSON_2] said the plan failed."),
    # a place before "and" is no given name
    ("Flooding hit homes in Selby and Laura Baker said her cellar filled.",
     "Flooding hit homes in Selby and [PERSON_1] said her cellar filled."),
    ("Romeo and Juliet opened at the Globe on Friday.", "Romeo and Juliet opened at the Globe on Friday."),
])
def test_a_given_name_joined_to_a_full_name(text: str, sent: str) -> None:
    assert redact(text).sent == sent


@pytest.mark.parametrize(("text", "sent"), [
    ("Interview with Grace Okonkwo（阿美）, trader\nQ：生意怎么样？\n阿美说房租涨了。",
     "Interview with [PERSON_1]（[PERSON_2]）, trader\nQ：生意怎么样？\n[PERSON_2]说房租涨了。"),
    ("采访对象：王芳（芳姐）、周建国（老周）。",
     "采访对象：[PERSON_1]（[PERSON_2]）、[PERSON_3]（[PERSON_4]）。"),
    ("Interview with Maria Delgado（玛丽亚）, nurse", "Interview with [PERSON_1]（[PERSON_2]）, nurse"),
    # a role, a kin word, an age, a sex, a nationality, a side: what the brackets say about the person
    ("张伟（老师）说，李娜（阿姨）也来了。王强（42岁）、赵敏（女）、Tom Lee（美国籍）、陈静（左）",
     "[PERSON_1]（老师）说，[PERSON_2]（阿姨）也来了。[PERSON_3]（42岁）、[PERSON_4]（女）、[PERSON_5]（美国籍）、"
     "[PERSON_6]（左）"),
])
def test_the_form_a_person_goes_by_in_brackets(text: str, sent: str) -> None:
    assert redact(text).sent == sent
