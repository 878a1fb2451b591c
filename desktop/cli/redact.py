"""``copydesk redact FILE|-`` or ``copydesk redact --document ID``: print exactly what would be
sent to a cloud model.

The masking is the same pure function the router uses before sending, with the same names
(:func:`people.redaction_names`: the library's people list and the user dictionary and, for a
stored document, the speakers of the transcripts it quotes), so a reporter can check a text or
a stored story before allowing the cloud.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import read_text_arg
from desktop.engine.cloud import names_zh_model
from desktop.engine.cloud.redact import redact
from desktop.engine.core.errors import EmptyInputError

# One table row per placeholder: a phone or address wrapped across lines shows its breaks as \n.
_ONE_ROW = {ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}

def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "redact", help="show what would be sent to a cloud model (names, phones, IDs… masked)",
        description="Mask personal data the way Copydesk does before a cloud request, and print the result. "
                    "Nothing is sent anywhere.")
    parser.add_argument("input", metavar="FILE", nargs="?", help="text file, or - for stdin")
    parser.add_argument("--document", type=int, metavar="ID",
                        help="redact a stored document (see 'copydesk doc list') with its transcripts' "
                             "speakers, the people list and the user dictionary, as a cloud request would")
    parser.add_argument("--speakers", default="", metavar="\"A,B\"",
                        help="comma-separated names of the people in the text (also 、，; separated)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: masked text then the placeholder table; json: {sent, placeholders}")
    parser.add_argument("--no-detect", action="store_true",
                        help="mask only the given speakers and dictionary names, not detected ones")
    parser.set_defaults(func=run)


def split_names(value: str) -> list[str]:
    for sep in ("，", "、", ";", "；"):
        value = value.replace(sep, ",")
    return [name.strip() for name in value.split(",") if name.strip()]


def run(args: argparse.Namespace) -> int:
    from desktop.engine.cloud.people import redaction_names
    from desktop.engine.core.i18n import pick
    from desktop.engine.core.settings import load_settings
    from desktop.engine.library.store import Store

    if (args.input is None) == (args.document is None):
        print(pick("copydesk redact: give a FILE (or - for stdin) or --document ID, not both.",
                   "copydesk redact：请给出文件（或用 - 表示标准输入）或 --document ID，二者选一。"), file=sys.stderr)
        return 2
    text = read_text_arg(args.input) if args.input is not None else ""
    settings = load_settings().settings
    store = Store()
    try:  # the same names the router masks for this document (or for any text)
        if args.document is not None:
            doc = store.get_document(args.document)
            text = doc.body
            if not text.strip():
                raise EmptyInputError(what=f"Document {doc.id}", what_zh=f"文档 {doc.id}")
        known = redaction_names(store, settings, args.document)
    finally:
        store.close()
    if not text.strip():
        raise EmptyInputError(what="The text to redact", what_zh="要脱敏的文字")
    result = redact(text, speakers=[*split_names(args.speakers), *known.speakers], dictionary=known.dictionary,
                    detect_names=not args.no_detect)
    if not args.no_detect and (why := names_zh_model.unavailable()):
        print(pick(f"Warning: Chinese names found by rules only. {why}",
                   f"警告：只按规则识别中文人名。{why}"), file=sys.stderr)
    if args.format == "json":
        json.dump({"sent": result.sent, "placeholders": result.placeholders, "redactions": result.count},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(result.sent)
    if not result.sent.endswith("\n"):
        sys.stdout.write("\n")
    if result.placeholders:
        sys.stdout.write("\n")
        width = max(len(k) for k in result.placeholders)
        for placeholder, original in result.placeholders.items():
            sys.stdout.write(f"{placeholder:<{width}}  {original.translate(_ONE_ROW)}\n")
    return 0
