"""``python -m desktop`` opens the app (with arguments, it acts as the CLI)."""

import sys

from desktop.cli import main

sys.exit(main())
