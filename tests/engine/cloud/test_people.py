"""The names every cloud path masks: the document's speakers, the people list, the dictionary."""

from __future__ import annotations

from desktop.engine.cloud.drafting import build_router
from desktop.engine.cloud.people import redaction_names
from desktop.engine.cloud.router import TaskRequest
from desktop.engine.core.settings import Settings
from desktop.engine.transcription.transcripts import Segment, TranscriptStore

# No detector can know these are people: one lower-case-looking word, no verb of saying.
TEXT = "Nkem agreed and 阿明 nodded; the plan for the depot went ahead. Pemba kept notes."


def _library(store):
    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="depot.mp3", language="en", model="m", duration=10.0)
    ts.add_segment(tid, Segment(0, 0.0, 2.0, "We start at six.", "Nkem Obi"))
    ts.add_segment(tid, Segment(1, 2.0, 4.0, "好的。", "阿明"))
    ts.add_segment(tid, Segment(2, 4.0, 6.0, "Okay.", "SPEAKER_02"))
    other = ts.create(asset_id=None, title="other.mp3", language="en", model="m", duration=5.0)
    ts.add_segment(other, Segment(0, 0.0, 2.0, "Hi.", "Pemba Sherpa"))
    doc = store.create_document("depot", TEXT, privacy="cloud")
    ts.link_quote(doc.id, tid, ts.segments(tid)[0])
    return doc


def test_names_are_gathered_from_transcripts_people_list_and_dictionary(store):
    doc = _library(store)
    settings = Settings()
    settings.user_dictionary = ["小雨 nr", "Acme nt"]
    found = redaction_names(store, settings, doc.id)
    assert {"Nkem Obi", "阿明", "Pemba Sherpa"} <= set(found.speakers)
    assert "SPEAKER_02" not in found.speakers
    assert found.dictionary == ("小雨 nr", "Acme nt")


def test_every_routed_request_masks_them_even_if_the_caller_passed_none(store):
    doc = _library(store)
    router = build_router(Settings(), store)
    payload = router.prepare(TaskRequest("summarize", TEXT, document_id=doc.id, privacy="cloud"))
    for name in ("Nkem", "阿明", "Pemba"):
        assert name not in payload.json, name
    assert set(payload.redaction.placeholders.values()) == {"Nkem", "阿明", "Pemba"}


def test_without_a_store_the_dictionary_still_reaches_the_redactor():
    settings = Settings()
    settings.user_dictionary = ["Pemba"]
    payload = build_router(settings, None).prepare(TaskRequest("summarize", TEXT, privacy="cloud"))
    assert "Pemba" not in payload.json
