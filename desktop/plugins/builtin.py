"""The built-in plugins, for running from a source tree where entry points are not installed.

Installed copies find the same three through the ``copydesk.plugins`` entry points.
"""

from __future__ import annotations

from desktop.plugins import checkers, exporters, tasks

PARTS = {
    "builtin-checkers": checkers.register,
    "builtin-exporters": exporters.register,
    "builtin-tasks": tasks.register,
}
