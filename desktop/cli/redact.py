"""``copydesk redact FILE|-``: print exactly what would be sent to a cloud model.

The masking is the same pure function the router uses before sending, with the same names
(:func:`people.redaction_names`: the library's people list and the user dictionary), so a
reporter can check a text before allowing the cloud.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import read_text_arg
from desktop.engine.cloud.redact import redact
from desktop.engine.core.errors import EmptyInputError


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "redact", help="show what would be sent to a cloud model (names, phones, IDs… masked)",
        description="Mask personal data the way Copydesk does before a cloud request, and print the result. "
                    "Nothing is sent anywhere.")
    parser.add_argument("input", metavar="FILE", help="text file, or - for stdin")
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
    from desktop.engine.core.settings import load_settings

    text = read_text_arg(args.input)
    if not text.strip():
        raise EmptyInputError(what="The text to redact", what_zh="要脱敏的文字")
    from desktop.engine.cloud.people import redaction_names
    from desktop.engine.library.store import Store

    settings = load_settings().settings
    store = Store()
    try:  # the same names the router masks: the library's people list and the dictionary
        known = redaction_names(store, settings)
    finally:
        store.close()
    result = redact(text, speakers=[*split_names(args.speakers), *known.speakers], dictionary=known.dictionary,
                    detect_names=not args.no_detect)
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
            sys.stdout.write(f"{placeholder:<{width}}  {original}\n")
    return 0
