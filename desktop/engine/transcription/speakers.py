"""Speaker labels: a pause/turn heuristic while transcribing, then voices when it finishes.

While segments stream in, :class:`TurnGuesser` guesses *turns* (in an interview the
speaker usually changes after a question or a clear pause, and two people alternate), so
labels appear at once. When the transcript is complete, :func:`relabel_by_voice` replaces
those placeholders with labels from speaker embeddings (``desktop.engine.transcription.diarize``, CAM++).
If that model cannot run, the heuristic labels stay and the transcript records why. Names
the reporter gave (assign/rename) are never overwritten. The method is stored with the
transcript (``options["speaker_method"]``) so the UI and exports can say how labels were made.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.engine.core.errors import CopydeskError, JobCancelled
from desktop.engine.core.events import JobWarning, SpeakersLabelled
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, relay
from desktop.engine.transcription.speaker_labels import (
    METHOD,
    SPLIT_TURNS,
    VOICE_METHOD,
    is_placeholder,
    turn_parts,
)


def describe_method(method: str | None = None, lang: str | None = None) -> str:
    """How speaker labels are made, for the UI note; ``None`` = what a new transcription will use."""
    if method is None:
        from desktop.engine.transcription.voice_model import available

        method = VOICE_METHOD if available() is None else METHOD
    if method == VOICE_METHOD:
        return pick(
            "Speakers are told apart by voice when transcription finishes (automatic, can be wrong). "
            "Check them, and rename a speaker once to name them everywhere.",
            "转写完成后按声音区分说话人（自动识别，可能有误）。请核对；重命名一次即可全部更新。", lang)
    return pick(
        "Speakers are guessed from pauses and questions, not recognised by voice. Check and correct them.",
        "说话人是根据停顿和提问推测的，并非声纹识别，请核对并更正。", lang)


def _words_text(words: list[Any]) -> str:
    return "".join(w.word for w in words).strip()


def _rewrite(c: Any, transcript_id: int, segments: list[Any], labels: list[str],
             parts: list[list[tuple[str, list[Any]]]]) -> int:
    """Apply labels (and splits) in one transaction; rows changed meanwhile keep what they have."""
    from desktop.engine.library.textindex import fts_text

    rows = {int(r[1]): r for r in c.execute(
        "SELECT rowid, idx, text, speaker FROM transcript_segments WHERE transcript_id=?", (transcript_id,))}
    c.execute("UPDATE transcript_segments SET idx=-1-idx WHERE transcript_id=?", (transcript_id,))
    new_idx = changed = 0
    for seg, label, split in zip(segments, labels, parts, strict=True):
        row = rows.pop(seg.idx, None)
        if row is None:
            continue
        rowid, _idx, text, speaker = row
        untouched = is_placeholder(speaker) and text == seg.text and speaker == seg.speaker
        if not untouched or len(split) < 2:
            new = label if is_placeholder(speaker) and speaker == seg.speaker else speaker
            changed += new != speaker
            c.execute("UPDATE transcript_segments SET idx=?, speaker=? WHERE rowid=?", (new_idx, new, rowid))
            new_idx += 1
            continue
        for n, (part_label, words) in enumerate(split):
            values = (new_idx, words[0].start if n else seg.start, words[-1].end if n < len(split) - 1 else seg.end,
                      _words_text(words), part_label, json.dumps([asdict(w) for w in words], ensure_ascii=False))
            if n == 0:
                c.execute("UPDATE transcript_segments SET idx=?, start=?, end=?, text=?, speaker=?, words=? "
                          "WHERE rowid=?", (*values, rowid))
                c.execute("DELETE FROM segments_fts WHERE rowid=?", (rowid,))
                part_rowid = rowid
            else:
                part_rowid = c.execute("INSERT INTO transcript_segments(transcript_id, idx, start, end, text, "
                                       "speaker, words) VALUES (?,?,?,?,?,?,?)", (transcript_id, *values)).lastrowid
            c.execute("INSERT INTO segments_fts(rowid, text) VALUES (?, ?)", (part_rowid, fts_text(values[3])))
            new_idx += 1
        changed += len(split)
    for rowid, *_rest in sorted(rows.values(), key=lambda r: r[1]):  # rows this pass did not read
        c.execute("UPDATE transcript_segments SET idx=? WHERE rowid=?", (new_idx, rowid))
        new_idx += 1
    return changed


def relabel_by_voice(cancel: CancelToken, ts: Any, transcript_id: int, path: Path | str,
                     max_speakers: int | None = 2, lang: str | None = None, split: bool = False,
                     precomputed: dict | None = None) -> Job[dict[str, Any]]:
    """Job: replace placeholder labels of a finished transcript with voice-based ones.

    Only segments still carrying the placeholder read at the start are changed, inside one
    transaction, so renames, assignments and edits made meanwhile survive. With ``split``,
    a segment in which the voice changes (for at least ``MIN_TURN_S``) becomes one segment
    per turn; segment indexes after it shift, so a view showing them must reload.
    Returns ``{"method", "note", "changed", "speakers", "split"}``.
    """
    from desktop.engine.transcription.diarize import label_speakers

    segments = ts.segments(transcript_id)
    if not segments:
        return {"method": METHOD, "note": "", "changed": 0, "speakers": 0, "split": False}
    result = yield from label_speakers(segments, path=path, max_speakers=max_speakers, lang=lang, cancel=cancel,
                                       precomputed=precomputed)
    cancel.raise_if_cancelled()
    parts = [turn_parts(seg.words, words) if split and result.method == VOICE_METHOD and seg.words
             and _words_text(seg.words) == seg.text.strip() else [] for seg, words in zip(segments, result.word_labels,
                                                                                         strict=True)]
    with ts.store.transaction() as c:
        changed = _rewrite(c, transcript_id, segments, result.segment_labels, parts)
        row = c.execute("SELECT speakers, options FROM transcripts WHERE id=?", (transcript_id,)).fetchone()
        info = json.loads(row[0] or "{}") if row else {}
        options = json.loads(row[1] or "{}") if row else {}
        info["names"] = [r[0] for r in c.execute(
            "SELECT speaker FROM transcript_segments WHERE transcript_id=? AND speaker!='' "
            "GROUP BY speaker ORDER BY MIN(idx)", (transcript_id,))]
        options.update(speaker_method=result.method, speaker_note=result.note)
        c.execute("UPDATE transcripts SET speakers=?, options=? WHERE id=?",
                  (json.dumps(info, ensure_ascii=False), json.dumps(options, ensure_ascii=False), transcript_id))
    suggestions = _remember_voices(ts, transcript_id, result.voices)
    yield Progress(1, 1, result.note or pick("Speakers recognised", "已识别说话人"))
    return {"method": result.method, "note": result.note, "changed": changed, "speakers": result.speakers,
            "split": any(len(p) > 1 for p in parts), "suggestions": suggestions}


def _remember_voices(ts: Any, transcript_id: int, voices: dict[str, Any]) -> dict[str, Any]:
    """Voice prints (only with consent) and name suggestions, saved in the transcript's options."""
    from desktop.engine.transcription import voiceprints

    suggestions = voiceprints.after_diarization(ts.store, transcript_id, voices)
    with ts.store.transaction() as c:
        row = c.execute("SELECT options FROM transcripts WHERE id=?", (transcript_id,)).fetchone()
        options = json.loads(row[0] or "{}") if row else {}
        options["speaker_suggestions"] = suggestions
        c.execute("UPDATE transcripts SET options=? WHERE id=?", (json.dumps(options, ensure_ascii=False),
                                                                  transcript_id))
    return suggestions


def speakers_by_voice(cancel: CancelToken, ts: Any, transcript_id: int, source: Path,
                      max_speakers: int, duration: float | None, split: bool = SPLIT_TURNS,
                      precomputed: dict | None = None) -> Job[None]:
    """The transcription job's last step: :func:`relabel_by_voice` with progress on the audio's scale.

    A failure here keeps the pause-based labels and becomes a warning: the transcript
    itself is already saved and must not be lost over speaker labels.
    """
    if max_speakers <= 1:
        return  # one speaker (or voices switched off): the streamed labels are final
    job = relabel_by_voice(cancel, ts, transcript_id, source, max_speakers=max_speakers, split=split,
                           precomputed=precomputed)
    at = duration

    def on_the_audio_scale(event: Progress) -> Progress:
        nonlocal at
        at = duration if duration is not None else event.done
        return Progress(at or 0.0, duration, event.message)

    try:
        outcome = yield from relay(job, other=on_the_audio_scale)
    except JobCancelled:
        raise
    except (CopydeskError, RuntimeError, ValueError, OSError) as err:
        reason = err.message() if isinstance(err, CopydeskError) else str(err)[:160]
        yield Progress(at or 0.0, duration, reason, data=JobWarning(
            pick(f"Speakers could not be told apart by voice ({reason}); the guesses from pauses stay.",
                 f"无法按声音区分说话人（{reason}），保留根据停顿推测的结果。"), transcript_id))
        return
    labelled = SpeakersLabelled(transcript_id, outcome["method"], changed=outcome["changed"],
                                speakers=outcome["speakers"], split=outcome["split"], note=outcome["note"],
                                suggestions=outcome.get("suggestions") or {})
    yield Progress(at or 0.0, duration, pick("Speakers recognised", "已识别说话人"), data=labelled)
    if labelled.note:
        yield Progress(at or 0.0, duration, labelled.note, data=JobWarning(labelled.note, transcript_id))
