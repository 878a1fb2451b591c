"""``copydesk doc list|show|search|new`` (and, from doc_bin, delete|restore|bin|purge|export)."""

from __future__ import annotations

import argparse
import json
import time

from desktop.cli import doc_bin
from desktop.cli.common import read_text_arg
from desktop.engine.library.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doc", help="list, show, search and add documents")
    dsub = p.add_subparsers(dest="doc_command", metavar="ACTION")
    ls = dsub.add_parser("list", help="documents, newest first")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    show = dsub.add_parser("show", help="print a document's text")
    show.add_argument("doc_id", type=int)
    show.set_defaults(func=cmd_show)
    search = dsub.add_parser("search", help="full-text search (Chinese and English)")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)
    new = dsub.add_parser("new", help="import FILE (TXT, Markdown, DOCX) as the app does, or text from - (stdin)")
    new.add_argument("input")
    new.add_argument("--title", default="")
    new.add_argument("--privacy", choices=["local", "ask", "cloud"], default=None)
    new.set_defaults(func=cmd_new)
    doc_bin.add_actions(dsub)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def cmd_list(args: argparse.Namespace) -> int:
    docs = Store().list_summaries()  # no bodies: cheap for big libraries
    if args.json:
        print(json.dumps([{"id": d.id, "title": d.title, "language": d.language, "privacy": d.privacy,
                           "modified": d.modified, "chars": d.length} for d in docs], ensure_ascii=False))
        return 0
    for d in docs:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.modified))
        print(f"{d.id}\t{when}\t{d.privacy}\t{d.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    print(Store().get_document(args.doc_id).body)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    hits = Store().search(args.query)
    if args.json:
        print(json.dumps([{"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet,
                           "position": h.position} for h in hits], ensure_ascii=False))
        return 0
    for h in hits:
        where = f"@{h.position:.1f}s" if h.position is not None else ""
        print(f"{h.kind}:{h.id}{where}\t{h.title}\t{h.snippet}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """A file goes through the app's own import (same formats, encodings, title, headings, bold)."""
    from desktop.engine.core.settings import load_settings
    from desktop.engine.library.files import import_file

    privacy = args.privacy or load_settings().settings.default_privacy
    if args.input == "-":
        text = read_text_arg("-")
        doc = Store().create_document(args.title or (text.strip().splitlines() or [""])[0][:60], text,
                                      privacy=privacy)
    else:
        doc = import_file(Store(), args.input, privacy=privacy, title=args.title)
    print(doc.id)
    return 0
