"""The story glossary: stored with the document, fed to whisper and to the proofreader."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.core.errors import DocumentNotFoundError
from desktop.engine.library.schema import SCHEMA_VERSION
from desktop.engine.library.store import Store
from desktop.engine.proofread.dictionary import UserDictionary
from desktop.engine.proofread.runner import make_proofreader
from desktop.engine.transcription import glossary
from desktop.engine.transcription.glossary import Glossary, GlossaryTermError


def test_terms_are_kept_per_story_and_updated_in_place(store: Store) -> None:
    story, other = store.create_document("Harbour bridge"), store.create_document("Budget")
    g = Glossary(store)
    g.add(story.id, "  Nkechi   Adeyemi ", "name")
    g.add(story.id, "Teh Tarik", "term")
    g.add(other.id, "王建国", "name")
    assert [(t.term, t.kind) for t in g.terms(story.id)] == [("Nkechi Adeyemi", "name"), ("Teh Tarik", "term")]
    g.add(story.id, "Teh Tarik", "place", note="a café")
    assert [(t.term, t.kind, t.note) for t in g.terms(story.id)][1] == ("Teh Tarik", "place", "a café")
    assert [t.term for t in g.terms(other.id)] == ["王建国"]
    assert g.remove(story.id, "Teh Tarik") and not g.remove(story.id, "Teh Tarik")
    assert g.terms(None) == []


def test_bad_terms_are_refused_with_words_and_lose_nothing(store: Store) -> None:
    doc = store.create_document("s")
    g = Glossary(store)
    g.add(doc.id, "北京")
    for bad in ("   ", "x" * 61):
        with pytest.raises(GlossaryTermError) as err:
            g.add(doc.id, bad)
        assert err.value.message("en") and err.value.message("zh")
    with pytest.raises(GlossaryTermError):
        g.add(doc.id, "Paris", kind="city")
    with pytest.raises(GlossaryTermError):  # one bad line: the whole save is refused, the old list stays
        g.replace(doc.id, [("上海", "place"), ("", "term")])
    assert [t.term for t in g.terms(doc.id)] == ["北京"]
    with pytest.raises(DocumentNotFoundError):
        g.add(9999, "nobody")


def test_replace_keeps_order_and_notes(store: Store) -> None:
    doc = store.create_document("s")
    g = Glossary(store)
    g.add(doc.id, "A", note="kept")
    terms = g.replace(doc.id, [("B", "name"), ("A", "term"), ("B", "place")])
    assert [(t.term, t.kind, t.note) for t in terms] == [("B", "name", ""), ("A", "term", "kept")]
    assert glossary.parse_terms("李明、王芳，Paris\nLondon; 李明") == ["李明", "王芳", "Paris", "London"]


def test_glossary_goes_with_its_document(store: Store) -> None:
    doc = store.create_document("s")
    Glossary(store).add(doc.id, "Adeyemi")
    store.delete_document(doc.id)
    from desktop.engine.library import trash

    trash.purge_document(store, doc.id)
    assert store.query("SELECT COUNT(*) FROM glossary_terms")[0][0] == 0


def test_migration_from_version_3_keeps_the_library(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    s = Store(path)
    doc = s.create_document("kept", "body")
    s.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER voiceprints_follow_rename")
    conn.execute("DROP TABLE glossary_terms")
    conn.execute("DROP TABLE voiceprints")
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    s = Store(path)
    assert s.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    assert s.get_document(doc.id).body == "body"
    Glossary(s).add(doc.id, "works")
    s.close()


def test_vocabulary_for_whisper_is_newest_first_and_bounded(store: Store) -> None:
    doc = store.create_document("s")
    g = Glossary(store)
    for i in range(100):
        g.add(doc.id, f"Name{i:03d} Surname")
    vocab = glossary.transcription_vocabulary(store, doc.id)
    assert vocab[0] == "Name099 Surname"
    assert sum(len(v) + 2 for v in vocab) <= glossary.MAX_HOTWORD_CHARS
    assert glossary.transcription_vocabulary(store, None) == []


def test_proofreader_accepts_the_storys_terms(store: Store, tmp_path: Path) -> None:
    doc = store.create_document("s")
    text = "Stalls sell teh tarik until midnight."
    dictionary = UserDictionary(tmp_path / "d.json")
    checker = make_proofreader("en", dictionary)
    assert [i.text for i in checker.check(text)] == ["teh", "tarik"]  # real flags without the glossary
    Glossary(store).add(doc.id, "teh tarik", "term")
    dictionary.set_story_words(glossary.accepted_words(store, doc.id))
    assert checker.check(text) == []
    dictionary.set_story_words(glossary.accepted_words(store, None))  # another story: flagged again
    assert [i.text for i in checker.check(text)] == ["teh", "tarik"]
