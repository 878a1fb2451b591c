"""The hostile redaction sets, scored on what the real loopback server received.

Each line goes through the router to llama-cpp-python's own OpenAI-compatible server (SmolLM2)
behind the recording proxy, exactly as a cloud request would; the proxy's recorded request
bodies, not the redactor's return value, are what is checked: no secret in any form
(verbatim or digit-normalised), clean lines byte-identical, public numbers kept.
"""

from __future__ import annotations

import json

import pytest

from desktop.engine.cloud.audit import AuditLog
from desktop.engine.cloud.config import make_client
from desktop.engine.cloud.router import Router, TaskRequest
from desktop.engine.core.jobs import run_job
from tests.engine.cloud.redact_score import (
    DEV_SET,
    HELD_OUT_SET,
    Score,
    load_set,
    missed_targets,
    report,
    score_line,
)

pytestmark = pytest.mark.slow


def _user_content(body: bytes) -> str:
    return json.loads(body)["messages"][-1]["content"]


BATCH = 10  # lines per request: ten short paragraphs fit SmolLM2's 2,048-token window with the prompt


def _run_set(path, store, proxy, cloud_config, local_runner, *, strict: bool) -> Score:
    router = Router(local_runner, config=cloud_config, audit=AuditLog(store), max_tokens=1,
                    client_factory=make_client)
    score = Score(path.stem)
    rows = load_set(path)
    for first in range(0, len(rows), BATCH):
        batch = rows[first:first + BATCH]
        text = "\n".join(row["text"] for row in batch)
        req = TaskRequest("summarize", text, privacy="cloud", route="cloud", language="en")
        payload = router.prepare(req)
        before = len(proxy.chat_requests())
        result = run_job(router.run(req))
        assert result.error is None, result.error.full_message()
        body = proxy.chat_requests()[before].body
        assert json.loads(body)["messages"] == payload.messages  # the server got exactly the previewed payload
        received = _user_content(body)
        assert received.endswith(payload.redaction.sent)
        sent_lines = received[len(received) - len(payload.redaction.sent):].split("\n")
        assert len(sent_lines) == len(batch)
        offset = 0
        for row, sent in zip(batch, sent_lines, strict=True):
            end = offset + len(row["text"])
            spans = [(s.start - offset, s.end - offset) for s in payload.redaction.spans
                     if offset <= s.start < end]
            score_line(score, row, sent, spans)
            offset = end + 1
        if strict:  # the raw bytes too, in every JSON spelling a value could take
            everything = body.decode("utf-8")
            for row in batch:
                for _kind, value in row["secrets"]:
                    assert value not in everything and json.dumps(value)[1:-1] not in everything, value
    return score


def test_dev_set_reaches_the_server_masked(store, proxy, cloud_config, local_runner, memory_keyring):
    score = _run_set(DEV_SET, store, proxy, cloud_config, local_runner, strict=True)
    print(report(score))
    assert score.lines >= 60 and score.secrets >= 80
    assert score.zero_contact_leaks(), score.leaked_values
    assert not score.leaks_strict, score.leaked_values
    assert score.masked_pct >= 97.0
    assert score.clean_changed <= 1 and score.clean_lines >= 8
    assert score.kept_pct >= 90.0 and not score.keep_lost


def test_held_out_set_meets_the_targets(store, proxy, cloud_config, local_runner, memory_keyring):
    """Written without tuning; its first run missed two secrets (a bare UK mobile, a Skype live: ID),
    fixed by the national-phone and messenger finders, so it now holds the issue's targets."""
    score = _run_set(HELD_OUT_SET, store, proxy, cloud_config, local_runner, strict=False)
    print(report(score))
    assert score.zero_contact_leaks(), score.leaked_values
    assert not missed_targets(score), (missed_targets(score), score.leaked_values)


def test_a_whole_transcript_document_keeps_every_form_of_a_name(store, proxy, cloud_config, local_runner,
                                                               memory_keyring):
    text = ("Speakers: Maria Delgado, Tom O'Brien\n"
            "DELGADO: The landlord never answered.\n"
            "O'BRIEN: I called him twice. Maria kept the letters.\n"
            "Delgado said the heating failed in May.")
    router = Router(local_runner, config=cloud_config, max_tokens=1, client_factory=make_client)
    run_job(router.run(TaskRequest("summarize", text, privacy="cloud", route="cloud")))
    received = _user_content(proxy.chat_requests()[-1].body)
    for form in ("Maria", "Delgado", "DELGADO", "O'Brien", "O'BRIEN", "Tom"):
        assert form not in received, form
    assert "in May" in received and "landlord" in received
