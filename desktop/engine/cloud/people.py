"""Who must be masked in a document: one function every cloud path asks.

Why one function: the GUI assistant, ``copydesk draft --route`` and any plugin task each
built their own redaction request, and only some passed names; a name the reporter already
typed in (a speaker label, a dictionary entry, a person named in another recording) then
depended on a detector noticing it. :func:`redaction_names` gathers, for a document:

- the speakers of the transcripts the document quotes (``quote_links``) or was drafted from,
- the people list: every name a reporter gave a speaker anywhere in the library,
- the user dictionary from the settings (untagged or person-tagged entries).

The router calls it (through ``Router.names_source``) for every request it prepares, so no
caller can forget it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.cloud.names import is_generic_speaker


@dataclass(frozen=True)
class RedactionNames:
    speakers: tuple[str, ...]
    dictionary: tuple[str, ...]


def _clean(names: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        if isinstance(name, str) and name.strip() and not is_generic_speaker(name):
            seen.setdefault(name.strip(), None)
    return list(seen)


def redaction_names(store: object | None, settings: object | None = None, document_id: int | None = None,
                    transcript_id: int | None = None) -> RedactionNames:
    """Speaker names (this document's transcripts, then the library's people list) and the
    user dictionary. A store that cannot be read gives what the settings still have."""
    speakers: list[str] = []
    if store is not None:
        from desktop.engine.proofread.dictionary import names_from_transcripts
        from desktop.engine.transcription.transcripts import TranscriptStore

        transcripts = TranscriptStore(store)  # type: ignore[arg-type]
        if document_id is not None:
            speakers += sorted(names_from_transcripts(store, document_id))
        if transcript_id is not None:
            speakers += transcripts.speaker_names(transcript_id)
        speakers += transcripts.known_names(limit=500)
    dictionary = list(getattr(settings, "user_dictionary", []) or [])
    return RedactionNames(tuple(_clean(speakers)), tuple(d for d in dictionary if isinstance(d, str)))


def names_source(store: object | None, settings: object | None):
    """A ``Router.names_source`` bound to a store and settings."""

    def source(req) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = redaction_names(store, settings, req.document_id)
        return found.speakers, found.dictionary

    return source
