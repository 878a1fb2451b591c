"""``copydesk proofread FILE|- [--language auto|zh|en] [--format json|text] [--apply] [--lines] [--deep]``.

``--lines`` treats every input line as its own text and prints one JSON object per line,
``{"issues": [...], "corrected": "..."}``: this is how evaluation sets are scored.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import ProgressBar, read_text_arg
from desktop.engine.core.errors import EmptyInputError
from desktop.engine.proofread.dictionary import UserDictionary


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("proofread", help="check Chinese or English text for typos, punctuation, style and risky wording")
    p.add_argument("input", metavar="FILE|-", help="text file, or - for standard input")
    p.add_argument("--language", choices=["auto", "zh", "en"], default="auto",
                   help="language of the text (default: detect per paragraph)")
    p.add_argument("--format", choices=["json", "text"], default="text", dest="fmt",
                   help="json: a list of issue objects; text: one line per issue")
    p.add_argument("--apply", action="store_true",
                   help="print the text with the first suggestion of every safe issue applied")
    p.add_argument("--lines", action="store_true",
                   help='check each line on its own; print {"issues": [...], "corrected": "..."} per line')
    p.add_argument("--deep", action="store_true",
                   help="also read every sentence with the local model (finds more Chinese typos; "
                        "one to two seconds per sentence)")
    p.set_defaults(func=run)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_text(text: str, issues: list) -> str:
    out = []
    for i in issues:
        line, col = _line_col(text, i.start)
        fix = f" → {i.suggestions[0]}" if i.suggestions else ""
        out.append(f"{line}:{col}\t{i.severity}\t{i.category}\t{i.text}{fix}\t{i.message}")
    return "\n".join(out)


class DeepPass:
    """The optional local-model pass: it replaces the fast pass's typo findings."""

    def __init__(self, dictionary: UserDictionary) -> None:
        from desktop.engine.core.settings import load_settings
        from desktop.engine.models.registry import ensure_model
        from desktop.engine.proofread import llm_check

        if not llm_check.available():
            raise llm_check.LlmUnavailableError()
        self.path = ensure_model(load_settings().settings.proofread_model)
        self.dictionary = dictionary

    def merge(self, text: str, issues: list) -> list:
        from desktop.engine.core.jobs import CancelToken, run_job
        from desktop.engine.proofread import llm_check

        found = run_job(llm_check.llm_pass_job(text, 0, len(text), self.path, CancelToken(),
                                               accepted=self.dictionary.accepted_words()))
        return llm_check.merge_deep(issues, self.dictionary.filter(found, text), 0, len(text))


def run(args: argparse.Namespace) -> int:
    from desktop.engine.proofread.issue import apply_fixes
    from desktop.engine.proofread.runner import make_proofreader

    text = read_text_arg(args.input)
    proofreader = make_proofreader(language=args.language)
    for problem in proofreader.problems:
        print(f"copydesk: {problem.full_message()}", file=sys.stderr)
    deep = DeepPass(proofreader.dictionary) if args.deep else None
    if args.lines:
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for line in lines:
            issues = proofreader.check(line)
            if deep is not None and line.strip():
                issues = deep.merge(line, issues)
            corrected, _ = apply_fixes(line, issues)
            print(json.dumps({"issues": [i.to_dict() for i in issues], "corrected": corrected}, ensure_ascii=False))
        return 0
    if not text.strip():
        raise EmptyInputError(what="The text", what_zh="文本")
    from desktop.engine.core.jobs import CancelToken, run_job

    bar = ProgressBar() if sys.stderr.isatty() else None
    issues = run_job(proofreader.check_job(text, CancelToken()), bar)
    if bar is not None:
        bar.close()
    if deep is not None:
        issues = deep.merge(text, issues)
    if args.apply:
        corrected, _ = apply_fixes(text, issues)
        sys.stdout.write(corrected if corrected.endswith("\n") else corrected + "\n")
        return 0
    if args.fmt == "json":
        print(json.dumps([i.to_dict() for i in issues], ensure_ascii=False, indent=1))
    elif issues:
        print(format_text(text, issues))
    return 0
