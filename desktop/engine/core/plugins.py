"""The plugin loader: the one way checkers, drafting tasks, exporters and term lists get in.

Third parties program against :mod:`desktop.plugins.api` (public, versioned, documented in
``docs/plugins.md``); this module is the engine side that finds and runs plugins. Built-in
features register through exactly the same path: they are entry points (``builtin-*`` in
pyproject), and :data:`BUILTIN_ENTRY_POINTS` names the same three by string for a source
tree or frozen build without installed metadata — by string, so the engine never imports
``desktop.plugins`` and the dependency runs one way (plugins → engine).

A plugin is a callable ``register(api) -> None``, found through the entry-point group
``copydesk.plugins`` or in the user plugins folder (``<data>/plugins/*.py``). It never sees
widgets, the database or this registry. One that fails to import, raises, or needs a plugin
API major version this Copydesk does not provide is disabled and reported; loading goes on.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.engine.core import paths

ENTRY_POINT_GROUP = "copydesk.plugins"
API_VERSION = (1, 1)  # major.minor of desktop.plugins.api; a new major breaks old plugins
BUILTIN_ENTRY_POINTS = {  # the same as [project.entry-points."copydesk.plugins"] in pyproject
    "builtin-checkers": "desktop.plugins.checkers:register",
    "builtin-exporters": "desktop.plugins.exporters:register",
    "builtin-tasks": "desktop.plugins.tasks:register",
}


@dataclass
class PluginProblem:
    name: str
    message: str
    detail: str = ""


@dataclass(frozen=True)
class Exporter:
    """A file format a plugin can write.

    ``kind`` says what it exports: "transcript" (``write(transcript, path)``) or "document"
    (``write(DocumentExport, path)``). ``label`` is what export menus show; ``name`` is the
    registry key and, without a leading ``"<kind>-"``, the format id on the command line.
    """

    name: str
    extension: str  # ".srt"
    kind: str
    write: Callable[..., Any]
    description: str = ""
    label: str = ""
    plugin: str = ""

    @property
    def format_id(self) -> str:
        prefix = f"{self.kind}-"
        return self.name[len(prefix):] if self.name.startswith(prefix) else self.name

    @property
    def menu_label(self) -> str:
        return self.label or self.description or self.format_id.upper()


EXPORT_KINDS = ("transcript", "document")


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
    owners: dict[str, str] = field(default_factory=dict)  # checker name → the plugin that added it

    def exporters_of(self, kind: str) -> list[Exporter]:
        """The exporters for ``kind`` ("transcript" or "document"), built-ins first."""
        return [e for e in self.exporters.values() if e.kind == kind]


class PluginAPI:
    """What a plugin may do; passed to ``register(api)``. See :mod:`desktop.plugins.api`.

    It holds the registry privately and offers only these few calls: a plugin can add
    things, never read or change what other plugins added.
    """

    __slots__ = ("__registry", "plugin_name")
    version = API_VERSION

    def __init__(self, registry: PluginRegistry, plugin_name: str) -> None:
        self.__registry = registry
        self.plugin_name = plugin_name

    def add_checker(self, checker: Any) -> None:
        """A proofreading checker: ``name``, ``languages``, optional ``scope``, ``check(text, ctx)``."""
        if not callable(getattr(checker, "check", None)):
            raise TypeError(f"checker {checker!r} has no check(text, ctx) method")
        self.__registry.checkers.append(checker)
        self.__registry.owners[str(getattr(checker, "name", type(checker).__name__))] = self.plugin_name

    def add_task(self, task: Any) -> None:
        """A drafting task (a ``TaskSpec``); later ones replace same-id earlier ones."""
        self.__registry.tasks[task.id] = task

    def add_exporter(self, exporter: Exporter | str, extension: str = "", kind: str = "",
                     write: Callable[..., Any] | None = None, description: str = "") -> None:
        """An ``Exporter`` (or, as in API 1.0, its name, extension, kind, write, description)."""
        if not isinstance(exporter, Exporter):
            if write is None:
                raise TypeError("add_exporter needs an Exporter or name, extension, kind and write")
            exporter = Exporter(exporter, extension, kind, write, description)
        if exporter.kind not in EXPORT_KINDS:
            raise ValueError(f"exporter kind must be one of {', '.join(EXPORT_KINDS)}, not {exporter.kind!r}")
        if not exporter.extension.startswith("."):
            raise ValueError(f"exporter extension must start with a dot, not {exporter.extension!r}")
        self.__registry.exporters[exporter.name] = Exporter(
            exporter.name, exporter.extension, exporter.kind, exporter.write, exporter.description,
            exporter.label, self.plugin_name)

    def add_term_list(self, name: str, path: Path | str) -> None:
        """A CSV term table (wrong → right, or risky wording with a risk level)."""
        self.__registry.term_lists.append(TermList(name, Path(path)))


def parse_version(text: object) -> tuple[int, int]:
    """"1", "1.1", 1, (1, 1) → (major, minor). Raises ValueError for anything else."""
    if isinstance(text, tuple):
        parts = list(text)
    else:
        parts = str(text).strip().split(".")
    numbers = [int(p) for p in parts[:2]]
    return (numbers[0], numbers[1] if len(numbers) > 1 else 0)


def required_api(register: Any) -> tuple[int, int] | None:
    """The plugin API version a plugin says it needs: ``register.copydesk_api`` or its
    module's ``COPYDESK_API``. None when it does not say (written for API 1.0)."""
    value = getattr(register, "copydesk_api", None)
    if value is None:
        value = getattr(sys.modules.get(getattr(register, "__module__", "") or ""), "COPYDESK_API", None)
    return None if value is None else parse_version(value)


def incompatible(required: tuple[int, int] | None) -> str:
    """Why a plugin needing ``required`` cannot run here, or "" when it can."""
    if required is None:
        return ""
    have = ".".join(map(str, API_VERSION))
    if required[0] != API_VERSION[0]:
        return (f"it needs plugin API {required[0]}.x, and this Copydesk provides {have}; "
                f"update the plugin or Copydesk")
    if required[1] > API_VERSION[1]:
        return f"it needs plugin API {required[0]}.{required[1]}, newer than {have}; update Copydesk"
    return ""


def _call_register(registry: PluginRegistry, name: str, load: Callable[[], Any]) -> None:
    try:
        register = load()
        if not callable(register):
            raise TypeError(f"{name} is not a register(api) function")
        try:
            why = incompatible(required_api(register))
        except ValueError as err:
            why = f"its COPYDESK_API is not a version number ({err})"
        if why:
            registry.problems.append(PluginProblem(name, why))
            return
        register(PluginAPI(registry, name))
    except Exception as err:  # a broken plugin must never stop the app
        registry.problems.append(PluginProblem(name, f"{type(err).__name__}: {err}",
                                               traceback.format_exc(limit=3)))
        return
    registry.loaded.append(name)


def _load_target(target: str) -> Callable[..., Any]:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def load_plugins(user_dir: Path | None = None, include_entry_points: bool = True) -> PluginRegistry:
    registry = PluginRegistry()
    if include_entry_points:
        eps = sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP),
                     key=lambda ep: (not ep.name.startswith("builtin"), ep.name))
        if not any(ep.name.startswith("builtin") for ep in eps):  # a source tree or frozen build
            for name, target in BUILTIN_ENTRY_POINTS.items():
                _call_register(registry, name, lambda t=target: _load_target(t))
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
