"""``python -m desktop`` opens the app (with arguments, it acts as the CLI)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First thing: in a frozen build a spawned transcription child re-enters here and must
    # become the child, not a second app. (``main`` calls it too, for the console script.)
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
