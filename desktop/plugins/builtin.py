"""Entry point ``builtin``: registers every built-in checker, task, exporter and term list."""

from __future__ import annotations

from desktop.engine.plugins import PluginAPI


def register(api: PluginAPI) -> None:
    from desktop.plugins import checkers, exporters, tasks

    exporters.register(api)
    checkers.register(api)
    tasks.register(api)
