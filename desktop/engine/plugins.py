"""The plugin API: the one way checkers, drafting tasks, exporters and term lists get in.

Built-in features register through exactly this API (entry point ``builtin`` in
pyproject). Third-party plugins are found through the entry-point group
``copydesk.plugins`` and in the user plugins folder (``<data>/plugins/*.py``). A plugin is a
callable ``register(api: PluginAPI) -> None``. It never sees widgets or the database.
A plugin that fails to import or raises is disabled and reported; loading goes on.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.engine import paths

ENTRY_POINT_GROUP = "copydesk.plugins"


@dataclass
class PluginProblem:
    name: str
    message: str
    detail: str = ""


@dataclass
class Exporter:
    name: str  # short id, e.g. "srt"
    extension: str  # ".srt"
    kind: str  # what it exports: "transcript" or "document"
    write: Callable[..., Any]
    description: str = ""


@dataclass
class TermList:
    name: str
    path: Path


@dataclass
class PluginRegistry:
    """Everything plugins contributed. Engine modules read from here."""

    checkers: list[Any] = field(default_factory=list)
    tasks: dict[str, Any] = field(default_factory=dict)
    exporters: dict[str, Exporter] = field(default_factory=dict)
    term_lists: list[TermList] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)
    problems: list[PluginProblem] = field(default_factory=list)


class PluginAPI:
    """What a plugin may do. Passed to ``register(api)``; keep it small and stable."""

    version = 1

    def __init__(self, registry: PluginRegistry, plugin_name: str) -> None:
        self._registry = registry
        self.plugin_name = plugin_name

    def add_checker(self, checker: Any) -> None:
        """A proofreading checker (see ``engine.proofread``: has ``name``, ``languages``, ``check``)."""
        self._registry.checkers.append(checker)

    def add_task(self, task: Any) -> None:
        """A drafting task (see ``engine.tasks.TaskSpec``); later ones replace same-id earlier ones."""
        self._registry.tasks[task.id] = task

    def add_exporter(self, name: str, extension: str, kind: str, write: Callable[..., Any],
                     description: str = "") -> None:
        self._registry.exporters[name] = Exporter(name, extension, kind, write, description)

    def add_term_list(self, name: str, path: Path | str) -> None:
        """A CSV term table (wrong → right, or risky wording with a risk level)."""
        self._registry.term_lists.append(TermList(name, Path(path)))


def _call_register(registry: PluginRegistry, name: str, load: Callable[[], Any]) -> None:
    try:
        register = load()
        register(PluginAPI(registry, name))
    except Exception as err:  # a broken plugin must never stop the app
        registry.problems.append(PluginProblem(name, f"{type(err).__name__}: {err}",
                                               traceback.format_exc(limit=3)))
        return
    registry.loaded.append(name)


def load_plugins(user_dir: Path | None = None, include_entry_points: bool = True) -> PluginRegistry:
    registry = PluginRegistry()
    if include_entry_points:
        eps = sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP),
                     key=lambda ep: (not ep.name.startswith("builtin"), ep.name))
        if not any(ep.name.startswith("builtin") for ep in eps):  # a source tree without an install
            from desktop.plugins import builtin

            for name, register in builtin.PARTS.items():
                _call_register(registry, name, lambda r=register: r)
        for ep in eps:
            _call_register(registry, ep.name, ep.load)
    folder = user_dir if user_dir is not None else paths.user_plugins_dir()
    if folder.is_dir():
        for file in sorted(folder.glob("*.py")):
            _call_register(registry, file.stem, lambda f=file: _load_file(f))
    return registry


def _load_file(file: Path) -> Callable[[PluginAPI], None]:
    mod_name = f"copydesk_user_plugin_{file.stem}"
    spec = importlib.util.spec_from_file_location(mod_name, file)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {file}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[mod_name] = module
    spec.loader.exec_module(module)
    register = getattr(module, "register", None)
    if not callable(register):
        raise AttributeError(f"{file.name} has no register(api) function")
    return register


_default: PluginRegistry | None = None


def registry() -> PluginRegistry:
    """The process-wide registry, loaded on first use."""
    global _default
    if _default is None:
        _default = load_plugins()
    return _default


def reset_registry() -> None:
    global _default
    _default = None
