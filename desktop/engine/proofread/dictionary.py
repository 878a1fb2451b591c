"""The user's proofreading dictionary: accepted words, "ignore always" rules, "ignore once".

Stored as JSON in the data folder (``proofread_dictionary.json``), separate from settings so
that the panel can add a word without rewriting the whole settings file. Words listed in
``Settings.user_dictionary`` are accepted too. Speaker names from transcripts are added for
the session (never written to disk): interviewees' names must not be flagged.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import time
from pathlib import Path

from desktop.engine.core import paths
from desktop.engine.proofread.issue import Issue

_CONTEXT = 12  # characters on each side that identify an "ignore once" occurrence
_LATIN = re.compile(r"[A-Za-z]")


def dictionary_path() -> Path:
    return paths.data_dir() / "proofread_dictionary.json"


class UserDictionary:
    """Thread-safe: the panel adds words on the GUI thread while a check runs in a worker."""

    def __init__(self, path: Path | None = None, extra_words: list[str] | None = None) -> None:
        self.path = path or dictionary_path()
        self._lock = threading.Lock()
        self.words: set[str] = set()
        self.ignored_rules: set[tuple[str, str]] = set()  # (rule, text) ignored everywhere
        self._once: set[tuple[str, str, str]] = set()  # (rule, text, context) for this session
        self.extra_words: set[str] = {w.strip() for w in extra_words or [] if w.strip()}  # from Settings
        self.session_words: set[str] = set()  # names from the document's transcripts
        self.story_words: set[str] = set()  # the open story's glossary (engine/transcription/glossary.py)
        self.messages: list[str] = []
        self.version = 0
        self._load()

    # --- persistence --------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not an object")
            self.words = {str(w) for w in raw.get("words", []) if str(w).strip()}
            self.ignored_rules = {(str(r), str(t)) for r, t in raw.get("ignored", [])}
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError) as err:
            backup = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                shutil.copyfile(self.path, backup)
            except OSError:
                backup = None
            self.messages.append(f"proofreading dictionary unreadable ({err}); starting empty, "
                                 f"old file kept as {backup} / 审校词典无法读取，已改用空词典")

    def save(self) -> None:
        with self._lock:
            data = {"words": sorted(self.words), "ignored": sorted(map(list, self.ignored_rules))}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
        os.replace(tmp, self.path)

    # --- editing ------------------------------------------------------------------------------
    def add_word(self, word: str, persist: bool = True) -> None:
        word = word.strip()
        if not word:
            return
        with self._lock:
            self.words.add(word)
            self.version += 1
        if persist:
            self.save()

    def remove_word(self, word: str) -> None:
        with self._lock:
            self.words.discard(word)
            self.version += 1
        self.save()

    def add_session_words(self, words: set[str] | list[str]) -> None:
        with self._lock:
            self.session_words.update(w.strip() for w in words if w and w.strip())
            self.version += 1

    def set_story_words(self, words: set[str] | list[str]) -> None:
        """Replace the glossary words of the story being checked (another story has other names)."""
        new = {w.strip() for w in words if w and w.strip()}
        with self._lock:
            if new != self.story_words:
                self.story_words = new
                self.version += 1

    def set_extra_words(self, words: list[str]) -> None:
        """Replace the words that come from Settings (the rest of the dictionary stays)."""
        with self._lock:
            self.extra_words = {w.strip() for w in words if w and w.strip()}
            self.version += 1

    def ignore_always(self, issue: Issue) -> None:
        with self._lock:
            self.ignored_rules.add((issue.rule, issue.text))
            self.version += 1
        self.save()

    def ignore_once(self, issue: Issue, document: str) -> None:
        with self._lock:
            self._once.add(self._once_key(issue, document))
            self.version += 1

    @staticmethod
    def _once_key(issue: Issue, document: str) -> tuple[str, str, str]:
        ctx = document[max(0, issue.start - _CONTEXT):issue.end + _CONTEXT]
        return (issue.rule, issue.text, ctx)

    # --- filtering ----------------------------------------------------------------------------
    def accepted_words(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self.words | self.extra_words | self.session_words | self.story_words)

    def filter(self, issues: list[Issue], document: str) -> list[Issue]:
        """Drop issues the user ignored or that touch an accepted word (names included)."""
        with self._lock:
            words = self.words | self.extra_words | self.session_words | self.story_words
            ignored = set(self.ignored_rules)
            once = set(self._once)
        if not issues or not (words or ignored or once):
            return issues
        spans = word_spans(document, words)
        kept = []
        for issue in issues:
            if (issue.rule, issue.text) in ignored:
                continue
            if once and self._once_key(issue, document) in once:
                continue
            if any(a < issue.end and issue.start < b for a, b in spans):
                continue
            kept.append(issue)
        return kept


def word_spans(document: str, words: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Occurrences of accepted words in ``document`` (English whole words, case-insensitive)."""
    if not words:
        return []
    spans: list[tuple[int, int]] = []
    lowered = None
    for word in words:
        if _LATIN.search(word):
            lowered = lowered if lowered is not None else document.lower()
            pattern = re.compile(rf"(?<![\w]){re.escape(word.lower())}(?![\w])")
            spans.extend(m.span() for m in pattern.finditer(lowered))
        else:
            start = document.find(word)
            while start >= 0:
                spans.append((start, start + len(word)))
                start = document.find(word, start + 1)
    return spans


def names_from_transcripts(store, document_id: int | None = None) -> set[str]:
    """Speaker names in the library's transcripts (those quoted in ``document_id`` if given).

    Reads ``transcript_segments.speaker``, ``quote_links.speaker`` and the names stored in
    ``transcripts.speakers`` (a JSON object label → name, or a list of names).
    """
    names: set[str] = set()
    if document_id is not None:
        rows = store.query("SELECT DISTINCT transcript_id FROM quote_links WHERE document_id = ?", (document_id,))
        ids = [r[0] for r in rows if r[0] is not None]
        names.update(r[0] for r in store.query(
            "SELECT DISTINCT speaker FROM quote_links WHERE document_id = ?", (document_id,)))
    else:
        ids = [r[0] for r in store.query("SELECT id FROM transcripts")]
    for tid in ids:
        names.update(r[0] for r in store.query(
            "SELECT DISTINCT speaker FROM transcript_segments WHERE transcript_id = ?", (tid,)))
        for (raw,) in store.query("SELECT speakers FROM transcripts WHERE id = ?", (tid,)):
            try:
                value = json.loads(raw or "{}")
            except ValueError:
                continue
            items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
            for item in items:
                if isinstance(item, str):
                    names.add(item)
                elif isinstance(item, dict) and isinstance(item.get("name"), str):
                    names.add(item["name"])
    return {n.strip() for n in names if isinstance(n, str) and n.strip() and not n.strip().upper().startswith("SPEAKER")}
