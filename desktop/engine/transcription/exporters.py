"""Transcript exports: SRT, VTT, TXT, DOCX and JSON (with words).

Subtitle formats are produced by the ``srt`` and ``webvtt-py`` libraries rather than by
hand, so escaping and timestamp rules are theirs. Every file is written to a temporary
name and moved into place, so a full disk or a crash never leaves half an export.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.engine.core.errors import FileAccessError
from desktop.engine.core.i18n import pick
from desktop.engine.transcription.cues import Cue, cues
from desktop.engine.transcription.transcripts import Segment, Transcript


def _stamp(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}"


def _vtt_time(seconds: float) -> str:
    ms = round(max(0.0, seconds) * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _many_speakers(tr: Transcript) -> bool:
    return len({s.speaker for s in tr.segments if s.speaker}) > 1


def _captions(tr: Transcript) -> list[tuple[Cue, Segment, bool]]:
    """Every subtitle cue with its segment, and whether the speaker changes there."""
    out: list[tuple[Cue, Segment, bool]] = []
    previous: str | None = None
    for seg in tr.segments:
        for cue in cues(seg):
            out.append((cue, seg, seg.speaker != previous))
            previous = seg.speaker
    return out


def to_srt(tr: Transcript) -> str:
    """Subtitles of at most 7 s and two lines; the speaker is named where the speaker changes."""
    import srt

    speakers = _many_speakers(tr)
    subs = [srt.Subtitle(index=n, start=dt.timedelta(seconds=cue.start), end=dt.timedelta(seconds=cue.end),
                         content=f"{seg.speaker}: {cue.text}" if speakers and seg.speaker and changed else cue.text)
            for n, (cue, seg, changed) in enumerate(_captions(tr), start=1)]
    return srt.compose(subs, reindex=False)


def to_vtt(tr: Transcript) -> str:
    """WebVTT cues like the SRT ones, each with its speaker as a voice tag."""
    import webvtt

    speakers = _many_speakers(tr)
    vtt = webvtt.WebVTT()
    for cue, seg, _changed in _captions(tr):
        text = f"<v {seg.speaker}>{cue.text}" if speakers and seg.speaker else cue.text
        vtt.captions.append(webvtt.Caption(start=_vtt_time(cue.start), end=_vtt_time(cue.end), text=text))
    return vtt.content


def to_txt(tr: Transcript) -> str:
    """One line per segment: ``[hh:mm:ss] Speaker: text``; a blank line where the speaker changes."""
    lines: list[str] = []
    previous = None
    for seg in tr.segments:
        if previous is not None and seg.speaker != previous:
            lines.append("")
        who = f" {seg.speaker}:" if seg.speaker else ""
        lines.append(f"[{_stamp(seg.start)}]{who} {seg.text}")
        previous = seg.speaker
    return "\n".join(lines) + "\n"


def to_json_data(tr: Transcript) -> dict[str, Any]:
    return {
        "language": tr.language,
        "duration": tr.duration,
        "segments": [{
            "start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text,
            "words": [{"start": w.start, "end": w.end, "word": w.word, "probability": w.probability}
                      for w in s.words],
        } for s in tr.segments],
    }


def to_json(tr: Transcript) -> str:
    return json.dumps(to_json_data(tr), ensure_ascii=False, indent=1)


def to_docx_bytes(tr: Transcript) -> bytes:
    """An interview transcript: title, source details, then one paragraph per speaker turn."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    doc.add_heading(tr.title or pick("Interview transcript", "访谈记录"), level=1)
    meta = doc.add_paragraph()
    details = [pick("Source", "来源") + f": {Path(tr.asset_path).name or tr.title}",
               pick("Duration", "时长") + f": {_stamp(tr.duration or 0)}",
               pick("Language", "语言") + f": {tr.language}", pick("Model", "模型") + f": {tr.model}"]
    run = meta.add_run(" · ".join(details))
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    method = tr.options.get("speaker_method") or tr.speakers.get("method")
    if method:
        by_voice = method == "campplus"
        note = doc.add_paragraph().add_run(pick(
            "Speaker labels were told apart by voice automatically; check them against the recording."
            if by_voice else "Speaker labels were guessed from pauses and questions; check them against the recording.",
            "说话人是按声音自动区分的，请对照录音核实。" if by_voice else "说话人标注是根据停顿和提问推测的，请对照录音核实。"))
        note.italic = True
        note.font.size = Pt(9)
    for speaker, start, text in _turns(tr.segments):
        para = doc.add_paragraph()
        stamp = para.add_run(f"[{_stamp(start)}] ")
        stamp.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if speaker:
            para.add_run(f"{speaker}: ").bold = True
        para.add_run(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _turns(segments: list[Segment]) -> list[tuple[str, float, str]]:
    turns: list[tuple[str, float, list[str]]] = []
    for seg in segments:
        if turns and turns[-1][0] == seg.speaker:
            turns[-1][2].append(seg.text)
        else:
            turns.append((seg.speaker, seg.start, [seg.text]))
    return [(sp, st, _join(parts)) for sp, st, parts in turns]


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and not ("\u3000" <= out[-1] <= "\u9fff" or "\u3000" <= part[:1] <= "\u9fff"):
            out += " "
        out += part
    return out


FORMATS: dict[str, tuple[str, Callable[[Transcript], str | bytes]]] = {
    "txt": (".txt", to_txt),
    "srt": (".srt", to_srt),
    "vtt": (".vtt", to_vtt),
    "json": (".json", to_json),
    "docx": (".docx", to_docx_bytes),
}


def render(tr: Transcript, fmt: str) -> str | bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt][1](tr)


def write_atomic(path: Path, content: str | bytes) -> Path:
    """Write to ``path.tmp`` then rename; typed error when the place is not writable."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise FileAccessError(path=str(path), reason=err.strerror or type(err).__name__) from err
    return path


def export(tr: Transcript, fmt: str, path: Path | str) -> Path:
    """Render ``tr`` as ``fmt`` into ``path`` (used by the plugin exporters and the CLI)."""
    return write_atomic(Path(path), render(tr, fmt))


def check_writable(path: Path) -> None:
    """Fail before hours of work if the output cannot be written (tries a real file: root ignores modes)."""
    folder = path if path.is_dir() else path.parent
    if not folder.is_dir():
        reason = pick("not a folder", "不是文件夹") if folder.exists() else pick("folder does not exist", "文件夹不存在")
        raise FileAccessError(path=str(folder), reason=reason)
    probe_file = folder / f".copydesk-write-test-{os.getpid()}"
    try:
        with open(probe_file, "wb"):
            pass
        probe_file.unlink()
    except OSError as err:
        raise FileAccessError(path=str(folder), reason=err.strerror or pick("not writable", "不可写入")) from err
