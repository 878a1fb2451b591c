"""The public, versioned plugin API of Copydesk. Plugins import from here and nowhere else.

Everything a plugin needs is named in ``__all__``; the engine modules behind these names
may move, this module will not. Documented, with a complete example plugin, in
``docs/plugins.md``.

Versioning: :data:`API_VERSION` is ``"major.minor"``. A plugin says which version it was
written for with a module-level ``COPYDESK_API = "1.1"`` (or ``register.copydesk_api``).
It is loaded when the major versions are equal and its minor is not newer than ours;
otherwise it is disabled with a message saying which version it needs. Minor versions only
add; a new major version may change or remove something.

- 1.0: ``register(api)`` with ``add_checker``, ``add_task``, ``add_exporter(name, ext, kind,
  write)``, ``add_term_list``.
- 1.1: :class:`Exporter` objects (with a menu label) shown in every export menu and CLI
  format list; :class:`DocumentExport` for document exporters; ``TaskSpec.cloud``; a
  checker that raises is switched off with a message instead of failing the proofread.
"""

from __future__ import annotations

from desktop.engine.core.plugins import API_VERSION as _API_VERSION
from desktop.engine.core.plugins import ENTRY_POINT_GROUP, Exporter, PluginAPI
from desktop.engine.drafting.task_spec import PromptSpec, TaskSpec
from desktop.engine.library.export_formats import DocumentExport
from desktop.engine.proofread.issue import (
    CATEGORIES,
    ERROR,
    GRAMMAR,
    INFO,
    PUNCTUATION,
    RISK,
    SEVERITIES,
    STYLE,
    TYPO,
    WARNING,
    CheckContext,
    Checker,
    Issue,
)
from desktop.engine.transcription.transcripts import Segment, Transcript, Word

API_VERSION = ".".join(map(str, _API_VERSION))

__all__ = [
    "API_VERSION", "CATEGORIES", "ENTRY_POINT_GROUP", "ERROR", "GRAMMAR", "INFO", "PUNCTUATION", "RISK",
    "SEVERITIES", "STYLE", "TYPO", "WARNING",
    "CheckContext", "Checker", "DocumentExport", "Exporter", "Issue", "PluginAPI", "PromptSpec", "Segment",
    "TaskSpec", "Transcript", "Word",
]
