"""``copydesk draft TASK``: run a drafting task on the local model and stream it to stdout.

Only the answer goes to stdout (so ``copydesk draft summarize -i story.txt > summary.txt``
works); progress, guard warnings and quote links go to stderr. Execution sits behind
:func:`run_local`; a later ``--route auto|local|cloud`` option picks between it and the
cloud route in :func:`execute`, which is the only caller.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop.cli.common import ProgressBar, read_text_arg
from desktop.engine.core.errors import EmptyInputError
from desktop.engine.core.events import NoteDelta, OutputReset, TokenDelta
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Progress, run_job
from desktop.engine.drafting.llm import DEFAULT_N_CTX
from desktop.engine.drafting.task_form import FORMS
from desktop.engine.drafting.tasks import DraftResult, get_task, list_tasks


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "draft", help="draft with the on-device model (summarize, headlines, polish, interview-story, …)",
        description="Run a drafting task on the local model. The text never leaves this computer.")
    parser.add_argument("task", nargs="?", help="task id; see --list")
    parser.add_argument("--input", "-i", metavar="FILE", help="text file to work on, or - for stdin")
    parser.add_argument("--language", choices=("zh", "en"), help="language of the answer (default: the input's)")
    parser.add_argument("--model", metavar="ID", help="model id or path to a .gguf file (default: settings)")
    parser.add_argument("--transcript", type=int, metavar="ID", help="transcript id (for interview-story)")
    parser.add_argument("--instruction", metavar="TEXT", help="your own instruction (task 'custom')")
    parser.add_argument("--route", choices=("auto", "local", "cloud"), default="local",
                        help="where to run: local (default), auto (cloud only for heavy work the privacy "
                             "level allows), cloud (ask for the cloud; still refused for Local-only text)")
    parser.add_argument("--document", type=int, metavar="ID",
                        help="work on a library document (its text and its privacy level)")
    parser.add_argument("--privacy", choices=("local", "ask", "cloud"),
                        help="privacy level of --input text (default: the setting for new documents)")
    parser.add_argument("--n-ctx", type=int, default=DEFAULT_N_CTX, help=argparse.SUPPRESS)
    parser.add_argument("--list", action="store_true", help="list the tasks and exit")
    parser.set_defaults(func=run)


def run_local(task_id: str, text: str, language: str | None = None, model_id: str | None = None, *,
              transcript_id: int | None = None, instruction: str = "", store: object | None = None,
              cancel: CancelToken | None = None, on_progress: Callable[[Progress], None] | None = None,
              n_ctx: int = DEFAULT_N_CTX) -> DraftResult:
    """Run one task on this device, blocking; the seam a cloud route sits beside."""
    from desktop.engine.drafting.tasks import run_task

    job = run_task(task_id, text, language, model_id, cancel=cancel or CancelToken(), transcript_id=transcript_id,
                   store=store, instruction=instruction, n_ctx=n_ctx)
    return run_job(job, on_progress)


def execute(args: argparse.Namespace, text: str, store: object | None,
            on_progress: Callable[[Progress], None]) -> DraftResult | None:
    """Run locally, or hand the request to the end-cloud router (``--route auto|cloud``).

    Returns the local DraftResult, or None when the router produced the answer (it is then
    already written to stdout, with the route and reason on stderr).
    """
    if getattr(args, "route", "local") == "local" or args.transcript is not None or args.task == "custom":
        return run_local(args.task, text, args.language, args.model, transcript_id=args.transcript,
                         instruction=args.instruction or "", store=store, on_progress=on_progress,
                         n_ctx=args.n_ctx)
    from desktop.cli.draft_route import run_routed

    decision_local = run_routed(args, text)
    if decision_local:
        return run_local(args.task, text, args.language, args.model, instruction=args.instruction or "",
                         store=store, on_progress=on_progress, n_ctx=args.n_ctx)
    return None


def _print_list() -> int:
    for task in list_tasks():
        marks = " [transcript]" if task.needs_transcript else ""
        print(f"{task.id:<18} {task.name():<28} {pick(task.description_en, task.description_zh)}{marks}")
    print(f"{'custom':<18} {pick('Custom instruction', '自定义指令'):<28} "
          f"{pick('Use with --instruction TEXT', '与 --instruction 一起使用')}")
    return 0


def _read_input(args: argparse.Namespace) -> str:
    if args.input:
        return read_text_arg(args.input)
    if args.transcript is not None:
        return ""
    if not sys.stdin.isatty():
        return read_text_arg("-")
    raise EmptyInputError(what="The input (give --input FILE or pipe text in)",
                          what_zh="输入（请用 --input 指定文件，或通过管道传入文字）")


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _print_list()
    if not args.task:
        print(pick("copydesk draft: name a task (see 'copydesk draft --list').",
                   "copydesk draft：请指定任务（见 copydesk draft --list）。"), file=sys.stderr)
        return 2
    if args.task == "custom" and not args.instruction:
        print(pick("copydesk draft: the task 'custom' needs --instruction TEXT.",
                   "copydesk draft：custom 任务需要 --instruction。"), file=sys.stderr)
        return 2
    task = get_task(args.task) if args.task != "custom" else None  # unknown task: fail before reading input
    text = _read_input(args) if args.document is None else ""
    store = None
    if args.transcript is not None:
        from desktop.engine.library.store import Store

        store = Store()
    # stream straight to stdout only where the answer is printed as written (no form or language repair)
    stream = task is not None and task.options == 1 and not task.postprocess and not task.needs_transcript \
        and task.id not in FORMS and not task.output_language
    bar = ProgressBar()
    wrote = [False]

    def on_progress(event: Progress) -> None:
        match event.data:
            case OutputReset():
                if stream and wrote[0]:
                    sys.stdout.write("\n\n")  # a retry follows the first attempt
                return
            case TokenDelta(text=text):
                if stream:
                    sys.stdout.write(text)
                    sys.stdout.flush()
                    wrote[0] = True
                return
            case NoteDelta():
                return
        if event.message:
            bar(event)

    if args.document is not None:
        from desktop.engine.library.store import Store

        doc = Store().get_document(args.document)
        text, args.privacy = doc.body, doc.privacy
        if not text.strip():
            raise EmptyInputError(what=f"Document {doc.id}", what_zh=f"文档 {doc.id}")
    try:
        result = execute(args, text, store, on_progress)
    finally:
        bar.close()
        if store is not None:
            store.close()
    if result is None:
        return 0
    if not wrote[0]:
        sys.stdout.write(result.text)
    sys.stdout.write("\n")
    sys.stdout.flush()
    _report(result)
    return 0


def _report(result: DraftResult) -> None:
    err = sys.stderr
    if not result.language_ok:
        print(pick("warning: the answer may not be in the requested language.",
                   "提示：回答可能不是所要求的语言。"), file=err)
    for flag in result.flags:
        print(pick("check: ", "核实：") + flag.message(), file=err)
    for problem in getattr(result, "problems", []):
        print(pick("form: ", "格式：") + problem, file=err)
    for link in result.quotes:
        from desktop.engine.core.text import clock

        print(pick("quote: ", "引语：") + f"“{link.original}” — {link.speaker or '?'} "
              f"{clock(link.start)}–{clock(link.end)}", file=err)
    print(pick(f"On this device · {result.model_name} · {result.completion_tokens} tokens in {result.seconds:.1f} s",
               f"在本机运行 · {result.model_name} · {result.completion_tokens} 个词元，用时 {result.seconds:.1f} 秒"),
          file=err)
