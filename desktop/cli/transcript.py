"""``copydesk transcript list | export ID | rerun ID``: the stored transcripts, as the reporter edited them.

Export reads the transcript from the library (speaker renames, word corrections, split
and merged segments included) and never runs the recogniser again, so it takes a moment
even for a three-hour interview. ``rerun`` listens again, with the speech filters off, to the
stretches of sound that produced no text (the ranges ``copydesk transcribe`` warned about).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.engine.core.errors import FileAccessError
from desktop.engine.core.i18n import pick

FORMATS = ("txt", "srt", "vtt", "json", "docx")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("transcript", help="list and export stored transcripts (no re-transcribing)",
                       description="Transcripts stored in the library, with the reporter's edits.")
    cmds = p.add_subparsers(dest="transcript_command", metavar="ACTION")
    ls = cmds.add_parser("list", help="id, status, language, duration, speakers and title of each transcript")
    ls.set_defaults(func=run_list)
    ex = cmds.add_parser("export", help="write one stored transcript as srt, vtt, txt, docx or json")
    ex.add_argument("id", type=int, metavar="ID", help="the transcript's id (see 'copydesk transcript list')")
    ex.add_argument("--format", choices=FORMATS, default="txt", help="output format (default txt)")
    ex.add_argument("--output", "-o", default=None,
                    help="output file or folder; default: stdout ('-'), or a file named after the title for docx")
    ex.set_defaults(func=run_export)
    rr = cmds.add_parser("rerun", help="transcribe again, filters off, the stretches of sound that have no text")
    rr.add_argument("id", type=int, metavar="ID", help="the transcript's id")
    rr.add_argument("--start", type=float, default=None, help="seconds; with --end, re-run this range instead")
    rr.add_argument("--end", type=float, default=None, help="seconds")
    rr.set_defaults(func=run_rerun)
    p.set_defaults(func=lambda _args: (p.print_help(), 2)[1])


def _open():
    from desktop.engine.library.store import Store
    from desktop.engine.transcription.transcripts import TranscriptStore

    store = Store()
    return store, TranscriptStore(store)


def run_list(args: argparse.Namespace) -> int:
    from desktop.engine.core.text import clock
    from desktop.engine.transcription.status import status_label

    store, ts = _open()
    try:
        rows = ts.list()
        if not rows:
            print(pick("No transcripts yet. Run 'copydesk transcribe FILE' or import audio in the app.",
                       "还没有转写稿。请运行 copydesk transcribe 文件，或在应用中导入音频。"))
            return 0
        for tr in rows:
            names = ", ".join(tr.speakers.get("names", []) or ts.speaker_names(tr.id))
            length = clock(tr.duration) if tr.duration else "-"
            print(f"{tr.id}\t{status_label(tr.status)}\t{tr.language}\t{length}\t{names}\t{tr.title}")
    finally:
        store.close()
    return 0


def _safe_name(title: str) -> str:
    stem = Path(title).stem or "transcript"
    return "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in stem).strip() or "transcript"


def run_export(args: argparse.Namespace) -> int:
    from desktop.engine.transcription.exporters import check_writable, render, write_atomic

    store, ts = _open()
    try:
        tr = ts.get(args.id)
    finally:
        store.close()
    output = args.output
    if output is None:
        output = "-" if args.format != "docx" else f"{_safe_name(tr.title)}.docx"
    content = render(tr, args.format)
    if output == "-":
        if isinstance(content, bytes):
            raise FileAccessError(path="-", reason=pick("DOCX cannot be written to the terminal",
                                                        "DOCX 不能输出到终端"))
        sys.stdout.write(content)
        sys.stdout.flush()
        return 0
    target = Path(output).expanduser()
    if target.is_dir():
        target = target / f"{_safe_name(tr.title)}.{args.format}"
    check_writable(target)
    write_atomic(target, content)
    print(str(target))
    return 0


def run_rerun(args: argparse.Namespace) -> int:
    from desktop.cli.common import ProgressBar
    from desktop.engine.core.jobs import run_job
    from desktop.engine.core.text import clock
    from desktop.engine.transcription import loss

    store, ts = _open()
    try:
        ranges = [(d.start, d.end) for d in loss.dropped_ranges(ts, args.id) if d.rerun != "nothing"]
        store_path = store.path
    finally:
        store.close()
    if args.start is not None and args.end is not None and args.end > args.start:
        ranges = [(args.start, args.end)]
    if not ranges:
        print(pick("Nothing to re-run: no stretch of sound without text was found.",
                   "无需重新转写：没有发现有声音却没有文字的片段。"))
        return 0
    for start, end in ranges:
        bar = ProgressBar()
        try:
            result = run_job(loss.start_rerun(args.id, start, end, store_path=store_path), bar)
        finally:
            bar.close()
        span = f"{clock(start)}–{clock(end)}"
        print(pick(f"{span}: {result['segments']} segment(s) recognised",
                   f"{span}：识别出 {result['segments']} 段"))
    return 0
