"""``copydesk glossary list|add|remove|import DOC_ID``: a story's names, places and terms.

The same list the app's glossary editor keeps with the story: ``copydesk transcribe
--document DOC_ID`` passes it to the recogniser and the proofreader accepts its words.
``import`` reads a terms file (one per line, as ``transcribe --glossary`` does); every
line is checked first, so a bad one changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.engine.core.i18n import pick
from desktop.engine.transcription.glossary import KINDS, Glossary, read_terms_file


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("glossary", help="a story's glossary (names, places, terms) for transcription and proofreading",
                       description="The glossary kept with a story in the library.")
    cmds = p.add_subparsers(dest="glossary_command", metavar="ACTION")
    ls = cmds.add_parser("list", help="the story's terms, oldest first")
    ls.add_argument("doc_id", type=int, metavar="DOC_ID")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)
    add = cmds.add_parser("add", help="add terms (an existing term gets the new kind)")
    add.add_argument("doc_id", type=int, metavar="DOC_ID")
    add.add_argument("terms", nargs="+", metavar="TERM")
    add.add_argument("--kind", choices=KINDS, default="term")
    add.set_defaults(func=run_add)
    rm = cmds.add_parser("remove", help="remove terms")
    rm.add_argument("doc_id", type=int, metavar="DOC_ID")
    rm.add_argument("terms", nargs="+", metavar="TERM")
    rm.set_defaults(func=run_remove)
    imp = cmds.add_parser("import", help="add every term of a file (one per line)")
    imp.add_argument("doc_id", type=int, metavar="DOC_ID")
    imp.add_argument("file", metavar="TERMS_FILE")
    imp.add_argument("--kind", choices=KINDS, default="term")
    imp.add_argument("--replace", action="store_true", help="the file becomes the whole glossary")
    imp.set_defaults(func=run_import)
    p.set_defaults(func=lambda _args: (p.print_help(), 2)[1])


def _glossary() -> Glossary:
    from desktop.engine.library.store import Store

    return Glossary(Store())


def run_list(args: argparse.Namespace) -> int:
    g = _glossary()
    try:
        g.store.get_document(args.doc_id)
        terms = g.terms(args.doc_id)
    finally:
        g.store.close()
    if args.json:
        print(json.dumps([{"term": t.term, "kind": t.kind, "note": t.note} for t in terms], ensure_ascii=False))
    elif not terms:
        print(pick(f"Story {args.doc_id} has no glossary yet. Add terms: copydesk glossary add {args.doc_id} TERM",
                   f"稿件 {args.doc_id} 还没有词表。添加词语：copydesk glossary add {args.doc_id} 词语"))
    for t in [] if args.json else terms:
        print(f"{t.term}\t{t.kind}" + (f"\t{t.note}" if t.note else ""))
    return 0


def _add_all(args: argparse.Namespace, terms: list[str], replace: bool = False) -> int:
    g = _glossary()
    try:
        if replace:
            kept = g.replace(args.doc_id, [(t, args.kind) for t in terms])
            count = len(kept)
        else:  # every term was checked already, so adding one by one cannot stop half-way on a bad one
            g.store.get_document(args.doc_id)
            for term in terms:
                g.add(args.doc_id, term, args.kind)
            count = len(g.terms(args.doc_id))
    finally:
        g.store.close()
    print(pick(f"Story {args.doc_id}: {count} terms in the glossary.", f"稿件 {args.doc_id}：词表中共 {count} 个词语。"))
    return 0


def run_add(args: argparse.Namespace) -> int:
    from desktop.engine.transcription.glossary import clean_term

    return _add_all(args, [clean_term(t) for t in args.terms])


def run_import(args: argparse.Namespace) -> int:
    return _add_all(args, read_terms_file(args.file), replace=args.replace)


def run_remove(args: argparse.Namespace) -> int:
    g = _glossary()
    try:
        g.store.get_document(args.doc_id)
        missing = [t for t in args.terms if not g.remove(args.doc_id, t)]
    finally:
        g.store.close()
    for term in missing:
        print(pick(f"copydesk: {term!r} was not in the glossary", f"copydesk：“{term}”不在词表中"), file=sys.stderr)
    return 1 if missing else 0
