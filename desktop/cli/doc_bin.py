"""``copydesk doc delete|restore|bin|purge|export``: the bin, permanent deletion and export.

``delete`` moves a story to the bin (restorable for the undo window); ``delete --permanently``
and ``purge`` remove it for good, index and versions included (engine.library.trash). ``export``
writes a story in any document format, built in or added by a plugin.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.engine.core.i18n import pick
from desktop.engine.library.export_formats import LazyFormats
from desktop.engine.library.store import Store


def add_actions(dsub: argparse._SubParsersAction) -> None:
    delete = dsub.add_parser("delete", help="move a document to the bin (or --permanently delete it)")
    delete.add_argument("doc_id", type=int)
    delete.add_argument("--permanently", action="store_true",
                        help="delete now for good: text, search index and every version")
    delete.set_defaults(func=cmd_delete)
    restore = dsub.add_parser("restore", help="take a document back out of the bin")
    restore.add_argument("doc_id", type=int)
    restore.set_defaults(func=cmd_restore)
    binp = dsub.add_parser("bin", help="list the documents in the bin")
    binp.set_defaults(func=cmd_bin)
    purge = dsub.add_parser("purge", help="delete documents permanently: the given ids, or the whole bin")
    purge.add_argument("doc_ids", type=int, nargs="*", metavar="ID")
    purge.add_argument("--bin", action="store_true", help="empty the whole bin")
    purge.set_defaults(func=cmd_purge)
    export = dsub.add_parser("export", help="write a document as DOCX, Markdown, HTML or a plugin's format")
    export.add_argument("doc_id", type=int)
    export.add_argument("output", help="the file to write")
    export.add_argument("--format", choices=LazyFormats("document"), default=None,
                        help="%(choices)s (default: from the file's extension)")
    export.set_defaults(func=cmd_export)


def cmd_delete(args: argparse.Namespace) -> int:
    from desktop.engine.library import trash

    store = Store()
    store.get_document(args.doc_id)  # a typed error for an unknown id
    if args.permanently:
        trash.purge_document(store, args.doc_id)
        print(pick(f"Document {args.doc_id} was deleted permanently.", f"文档 {args.doc_id} 已永久删除。"),
              file=sys.stderr)
    else:
        store.delete_document(args.doc_id)
        days = trash.UNDO_WINDOW_S // 86400
        print(pick(f"Document {args.doc_id} is in the bin; 'copydesk doc restore {args.doc_id}' brings it "
                   f"back within {days} days.",
                   f"文档 {args.doc_id} 已移入回收站，{days} 天内可用 copydesk doc restore {args.doc_id} 恢复。"),
              file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    store = Store()
    store.get_document(args.doc_id)
    store.undelete_document(args.doc_id)
    return 0


def cmd_bin(args: argparse.Namespace) -> int:
    from desktop.engine.library import trash

    for doc_id, title, deleted in trash.in_bin(Store()):
        print(f"{doc_id}\t{time.strftime('%Y-%m-%d %H:%M', time.localtime(deleted))}\t{title}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from desktop.engine.library import trash

    store = Store()
    if not args.doc_ids and not args.bin:
        print(pick("copydesk: name document ids, or --bin to empty the whole bin",
                   "copydesk: 请给出文档编号，或用 --bin 清空回收站"), file=sys.stderr)
        return 2
    for doc_id in args.doc_ids:
        trash.purge_document(store, doc_id)
    count = len(args.doc_ids) + (trash.empty_bin(store) if args.bin else 0)
    print(pick(f"{count} document(s) deleted permanently.", f"已永久删除 {count} 个文档。"), file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.engine.library.export_formats import document_formats, export_document_as

    path = Path(args.output).expanduser()
    fmt = args.format
    if fmt is None:  # the format whose extension the name ends with (".wire.txt" before ".txt")
        name = path.name.lower()
        fitting = sorted((f for f in document_formats().values() if name.endswith(f.extension)),
                         key=lambda f: -len(f.extension))
        # an unknown extension is tried as a format id: the error then lists every format
        fmt = fitting[0].id if fitting else (path.suffix.lstrip(".").lower() or "docx")
    print(str(export_document_as(Store(), args.doc_id, fmt, path)))
    return 0
