"""What panels get to work with: engine objects plus the editor, never the database connection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.engine.core.plugins import PluginRegistry
from desktop.engine.core.settings import Settings
from desktop.engine.library.store import Store
from desktop.engine.models.registry import ModelRegistry
from desktop.ui.jobs import JobRunner

if TYPE_CHECKING:
    from desktop.ui.editor import Editor


@dataclass
class AppContext:
    store: Store
    settings: Settings
    jobs: JobRunner
    plugins: PluginRegistry
    models: ModelRegistry
    editor: Editor | None = None
    current_document_id: Callable[[], int | None] = lambda: None
    # Called by panels that create or change documents so the document list refreshes.
    on_documents_changed: list[Callable[[], None]] = field(default_factory=list)
    # Called to open a document in the editor (e.g. "Send to draft").
    open_document: Callable[[int], None] = lambda _doc_id: None
    # The status-bar badge saying where the current task runs (a cloud_dialogs.RouteBadge).
    route_badge: Any = None
    # Called with the id of the document now in the editor (None: no document), after it is shown.
    on_document_opened: list[Callable[[int | None], None]] = field(default_factory=list)

    def documents_changed(self) -> None:
        for callback in self.on_documents_changed:
            callback()

    def document_opened(self, doc_id: int | None) -> None:
        for callback in self.on_document_opened:
            callback(doc_id)
