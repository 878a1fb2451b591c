"""Three classes of English-name defects left after the blind sets, each tested with lines of our own.

1. A full name whose surname is a street, building or date word (Lane, Hall, Street, Church, Day,
   Page) leaked: names_en stops a run at such a word. In a personal context it is a person's
   name; after a house number or a preposition of place, or as an institution that speaks, it
   stays a place or a thing.
2. "Police <Place>" (Police Scotland, the Police Service of Northern Ireland) is a force: its place
   was masked as a person before "said".
3. Capitals in brackets after a name that are not its initials ("Jane Doe (PM)") are a title: they
   were masked as initials, and every later PM with them.

Every case mixes what must be masked with what must stay, so each fails on the code before the fix.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "sent"), [
    # "between X and her …", with a street of the same shape after a preposition of place
    ("A row broke out between Greta Lane and her neighbour over the hedge on Rowan Lane.",
     "A row broke out between [PERSON_1] and her neighbour over the hedge on Rowan Lane."),
    # a verb of saying, and the surname alone later as the subject of one
    ("Nadia Hall said she had warned the council. Hall said the fine was unfair.",
     "[PERSON_1] said she had warned the council. [PERSON_2] said the fine was unfair."),
    # a house number and "on" keep streets of the same shape
    ("Theo Day admitted he had parked on Mill Lane, outside 14 Harriet Lane on Friday.",
     "[PERSON_1] admitted he had parked on Mill Lane, outside [ADDRESS_1] on Friday."),
    # "between X and the <role>" is a person; "between <street> and <street>" is a road
    ("The dispute between Priya Day and the landlord began when the road between Church Street and "
     "Mill Lane closed.",
     "The dispute between [PERSON_1] and the landlord began when the road between Church Street and "
     "Mill Lane closed."),
    # a role before the name; an institution that speaks stays
    ("Her neighbour Edwin Church called the police; Trinity Church said its doors would stay open.",
     "Her neighbour [PERSON_1] called the police; Trinity Church said its doors would stay open."),
    ("Martha Street and her son were rescued; Threadneedle Street said rates would rise.",
     "[PERSON_1] and her son were rescued; Threadneedle Street said rates would rise."),
    # a possessive before a relative
    ("Connor Page's wife said he had not come home to Penny Lane.",
     "[PERSON_1]'s wife said he had not come home to Penny Lane."),
    # an honorific; "between <street> and the high street" stays a place
    ("Ms Ingrid Lane and her husband live in Rowan Lane; traffic was diverted between Harriet Lane "
     "and the high street.",
     "Ms [PERSON_1] and her husband live in Rowan Lane; traffic was diverted between Harriet Lane "
     "and the high street."),
])
def test_a_surname_that_is_a_street_or_date_word_in_a_personal_context(text: str, sent: str) -> None:
    assert redact(text).sent == sent


@pytest.mark.parametrize(("text", "sent"), [
    ("Police Scotland said the road was closed.", "Police Scotland said the road was closed."),
    ("The Police Service of Northern Ireland said two men had been arrested.",
     "The Police Service of Northern Ireland said two men had been arrested."),
    ("Police New Zealand said the search would resume at dawn.",
     "Police New Zealand said the search would resume at dawn."),
    # a rank between "Police" and the name: the officer is a person
    ("Police Scotland said Police Constable Ewan Baird was hurt.",
     "Police Scotland said Police Constable [PERSON_1] was hurt."),
])
def test_police_and_a_place_is_a_force(text: str, sent: str) -> None:
    assert redact(text).sent == sent


@pytest.mark.parametrize(("text", "sent"), [
    ("Jane Doe (PM) said the plan would go ahead.", "[PERSON_1] (PM) said the plan would go ahead."),
    ("Tom Price (MP) visited the school. The MP said he was impressed.",
     "[PERSON_1] (MP) visited the school. The MP said he was impressed."),
    ("Alan Brown (QC) told the court the evidence was thin.",
     "[PERSON_1] (QC) told the court the evidence was thin."),
    ("Sarah Lee (CEO) said the results were strong.", "[PERSON_1] (CEO) said the results were strong."),
    # a name's own initials stay masked, as the speaker label they become
    ("Speakers: Jane Doe (PM), Maria Delgado (MD)\nMD: The PM never called.",
     "Speakers: [PERSON_1] (PM), [PERSON_2] ([PERSON_3])\n[PERSON_3]: The PM never called."),
    # a Chinese name's initials are those of its pinyin
    ("Attendees: 陈思远 (PM), 林佳蓉 (LJR), Ivan Petrov (CTO)",
     "Attendees: [PERSON_1] (PM), [PERSON_2] ([PERSON_3]), [PERSON_4] (CTO)"),
])
def test_capitals_in_brackets_that_are_not_initials_are_a_title(text: str, sent: str) -> None:
    assert redact(text).sent == sent
