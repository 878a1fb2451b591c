"""``copydesk transcribe FILE...``: transcribe recordings offline, with a progress bar on stderr.

Every input is checked before any model loads, so a bad file costs a one-line message,
not minutes. The transcript is saved into the library segment by segment (running the
same command again after a kill resumes it) and then exported to ``--output``.
Exit codes: 0 done, 1 error (bad input, model, output), 3 a damaged file was transcribed
only up to the damage, 4 no speech was recognised (nothing is written), 130 interrupted.
Stretches of sound that produced no text are printed as warnings with their time range.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import ProgressBar
from desktop.engine.core.errors import CopydeskError, FileAccessError
from desktop.engine.core.events import JobWarning
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import Progress, run_job
from desktop.engine.library.export_formats import LazyFormats

FORMATS = ("txt", "srt", "vtt", "json", "docx")  # built in; plugins add more (LazyFormats lists all)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "transcribe", help="transcribe audio or video files offline",
        description="Transcribe recordings on this computer (faster-whisper). Supports mp3, m4a/aac, wav, "
                    "flac, ogg/opus and the sound of mp4/mov videos.",
        epilog="Exit codes: 0 done, 1 error, 3 a damaged file was transcribed up to the damage, "
               "4 no speech was recognised.")
    p.add_argument("files", nargs="+", metavar="FILE", help="audio or video files")
    p.add_argument("--language", default=None,
                   help="auto (default from settings), zh, en, or another whisper language code")
    p.add_argument("--model", default=None,
                   help="model id (whisper-base, whisper-tiny.en) or a CTranslate2 whisper folder")
    p.add_argument("--format", choices=LazyFormats("transcript"), default="txt",
                   help="output format: %(choices)s (default txt; plugins add formats)")
    p.add_argument("--output", "-o", default=None,
                   help="output file or folder; '-' for stdout; default: next to each input file")
    p.add_argument("--vocabulary", action="append", default=[], metavar="WORD",
                   help="a name or term to recognise (repeatable); the user dictionary is added too")
    p.add_argument("--glossary", action="append", default=[], metavar="TERMS_FILE",
                   help="a file of names, places and terms, one per line, passed to the recogniser (repeatable)")
    p.add_argument("--document", type=int, default=None, metavar="DOC_ID",
                   help="use this story's glossary from the library (see 'copydesk glossary list DOC_ID')")
    p.add_argument("--speakers", type=_speaker_count, default=2, metavar="{auto,1-9}",
                   help="how many voices to tell apart: 'auto' to let the voices decide, or at most this many "
                        "(default 2; 1 = no speaker labels)")
    p.add_argument("--no-resume", action="store_true", help="start over instead of resuming an unfinished run")
    p.set_defaults(func=run)


def _speaker_count(value: str) -> int:
    """'auto' (0: the voices decide, as the app's import choice) or a count from 1 to 9."""
    if value.strip().lower() in ("auto", "0"):
        return 0
    if value.strip().isdigit() and 1 <= int(value) <= 9:
        return int(value)
    raise argparse.ArgumentTypeError(f"'{value}' is not a number of speakers: give 'auto' or 1 to 9")


def _output_for(source: Path, output: str | None, fmt: str, many: bool) -> Path | None:
    """Where one file's export goes (None = stdout). Checked before transcribing."""
    if fmt in FORMATS:
        ext = "." + fmt
    else:
        from desktop.engine.library.export_formats import transcript_formats

        ext = transcript_formats()[fmt].extension
    if output == "-":
        if fmt not in FORMATS:
            raise FileAccessError(path="-", reason=pick(f"the plugin format {fmt} writes a file; give --output",
                                                        f"插件格式 {fmt} 需要写入文件，请指定 --output"))
        if fmt == "docx":
            raise FileAccessError(path="-", reason=pick("DOCX cannot be written to the terminal",
                                                        "DOCX 不能输出到终端"))
        return None
    if output is None:
        target = source.with_suffix(ext)
    else:
        out = Path(output).expanduser()
        if out.is_dir() or many or output.endswith(("/", "\\")):
            if not out.is_dir():
                raise FileAccessError(path=str(out), reason=pick("folder does not exist", "文件夹不存在"))
            target = out / (source.stem + ext)
        else:
            target = out
    from desktop.engine.transcription.exporters import check_writable

    check_writable(target)
    return target


def glossary_vocabulary(args: argparse.Namespace) -> list[str]:
    """Terms from ``--glossary`` files, then the ``--document`` story's glossary, within whisper's budget.

    Read before any audio is probed, so an unreadable file or a story that does not exist
    costs a one-line error, not a transcription without the names.
    """
    from desktop.engine.transcription import glossary

    terms = [term for name in args.glossary for term in glossary.read_terms_file(name)]
    if args.document is not None:
        from desktop.engine.library.store import Store

        store = Store()
        try:
            store.get_document(args.document)  # a typed error for a story that does not exist
            terms += glossary.transcription_vocabulary(store, args.document)
        finally:
            store.close()
    return glossary.within_budget(terms)


def run(args: argparse.Namespace) -> int:
    from desktop.engine.transcription.audio import probe

    args.vocabulary = [*glossary_vocabulary(args), *args.vocabulary]
    sources: list[tuple[Path, Path | None]] = []
    failed = False
    many = len(args.files) > 1
    for name in args.files:
        source = Path(name).expanduser()
        try:
            probe(source)
            sources.append((source, _output_for(source, args.output, args.format, many)))
        except CopydeskError as err:
            print(f"copydesk: {err.full_message()}", file=sys.stderr)
            failed = True
    if failed and not sources:
        return 1
    partial = empty = False
    for source, target in sources:
        try:
            outcome = _transcribe_one(args, source, target)
            partial |= outcome == "partial"
            empty |= outcome == "empty"
        except CopydeskError as err:
            print(f"copydesk: {source.name}: {err.full_message()}", file=sys.stderr)
            failed = True
    return 1 if failed else (4 if empty else (3 if partial else 0))


def _transcribe_one(args: argparse.Namespace, source: Path, target: Path | None) -> str:
    """Transcribe and export one file: "done", "partial" (damaged file) or "empty" (nothing heard)."""
    from desktop.engine.core.text import clock
    from desktop.engine.library.store import Store
    from desktop.engine.transcription import transcribe
    from desktop.engine.transcription.exporters import render, write_atomic
    from desktop.engine.transcription.transcripts import TranscriptStore

    opts = transcribe.options_from_settings(args.language, args.model, args.vocabulary)
    opts = transcribe.TranscribeOptions(**{**opts.__dict__, "speakers": args.speakers})
    bar = ProgressBar()
    label = source.name if len(source.name) <= 40 else source.name[:37] + "…"
    hinted: list[bool] = []  # the re-run hint is printed once per file

    def show(event: Progress) -> None:
        if event.total:
            text = f"{label} {clock(event.done)}/{clock(event.total)}"
        else:
            text = f"{label} {event.message}"
        bar(Progress(event.done, event.total, text))
        if isinstance(event.data, JobWarning):
            warning = event.data
            bar.close()
            print(f"copydesk: {warning.message}", file=sys.stderr)
            if warning.dropped and not hinted:
                hinted.append(True)
                print("copydesk: " + pick(f"to listen again without filtering: copydesk transcript rerun {warning.transcript_id}",
                                          f"关闭过滤重新转写：copydesk transcript rerun {warning.transcript_id}"),
                      file=sys.stderr)

    try:
        result = run_job(transcribe.start(source, opts, resume=not args.no_resume), show)
    finally:
        bar.close()
    store = Store()
    try:
        tr = TranscriptStore(store).get(result["transcript_id"])
    finally:
        store.close()
    if not any(s.text.strip() for s in tr.segments):
        return "empty"  # the warning was printed from the job's event; an empty export helps nobody
    if args.format not in FORMATS:  # a plugin's exporter writes the file itself
        from desktop.engine.library.export_formats import export_transcript

        print(str(export_transcript(tr, args.format, target)))
        return result.get("truncated_at") is not None
    content = render(tr, args.format)
    if target is None:
        sys.stdout.write(content if isinstance(content, str) else content.decode("utf-8"))
        sys.stdout.flush()
    else:
        try:
            write_atomic(target, content)
        except FileAccessError as err:
            kept = pick(f" The transcript is kept in the library (#{tr.id}).",
                        f" 转写稿已保存在资料库中（#{tr.id}）。")
            raise FileAccessError(path=str(target), reason=str(err.params.get("reason", "")) + kept) from err
        print(str(target))
    return "partial" if result.get("truncated_at") is not None else "done"
