"""``copydesk`` command line. No arguments → the GUI; a subcommand → headless work.

Each subcommand lives in its own module exposing ``add_parser(subparsers)``; the parser
it adds sets ``func(args) -> int``. Errors from the engine print one line and exit 1.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys

from desktop import __version__
from desktop.engine.core.errors import CopydeskError

# Subcommand modules, in the order `copydesk --help` lists them.
COMMANDS = ["models", "doc", "transcribe", "transcript", "glossary", "draft", "proofread", "redact"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Offline newsroom editor. Run without arguments to open the app.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"desktop.cli.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Transcription runs in a spawned child. In a frozen (PyInstaller) build the child is
    # this same executable, and without freeze_support it would run main() again and open
    # a second app instead of the job. A no-op when not frozen.
    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from desktop.ui.app import run_gui

        return run_gui()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from desktop.engine.core import i18n
    from desktop.engine.core.settings import load_settings

    i18n.set_language(load_settings().settings.ui_language)
    try:
        return int(args.func(args) or 0)
    except CopydeskError as err:
        print(f"copydesk: {err.full_message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("copydesk: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
