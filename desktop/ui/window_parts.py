"""What the window's helper modules may use of the main window, as a typing protocol.

The menus, dialogs, writing tools, empty state and focus mode are handed the window itself.
Typing them against :class:`MainWindow` would make each helper import ``main_window`` while
``main_window`` imports them: an import cycle (even under ``TYPE_CHECKING``, import graphs
count it). This protocol names only the parts they touch, so the arrows point one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QStatusBar, QWidget

    from desktop.ui.autosave import Autosaver
    from desktop.ui.context import AppContext
    from desktop.ui.editor import Editor


class WindowParts(Protocol):
    """The main window as its helpers see it (a ``QMainWindow`` with these attributes)."""

    ctx: AppContext
    editor: Editor
    autosaver: Autosaver
    panels: dict[str, QWidget]
    file_menu: QMenu
    edit_menu: QMenu
    document_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    doc_id: int | None
    # set by writing_tools.install
    find_bar: Any
    word_count: Any
    markup_highlighter: Any
    focus_mode: Any
    empty_state: Any
    find_action: Any
    replace_action: Any

    # QMainWindow
    def statusBar(self) -> QStatusBar: ...

    def menuBar(self) -> QMenuBar: ...

    def focusWidget(self) -> QWidget | None: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...

    def findChild(self, kind: type, name: str = ...) -> Any: ...

    def close(self) -> bool: ...

    # MainWindow: documents and panels
    def new_document(self) -> None: ...

    def import_documents(self) -> None: ...

    def export_document(self) -> None: ...

    def rename_document(self, doc_id: int | None) -> None: ...

    def edit_tags(self) -> None: ...

    def delete_document(self, doc_id: int | None) -> None: ...

    def undo_delete(self) -> None: ...

    def save_version(self) -> None: ...

    def show_history(self) -> None: ...

    def focus_search(self) -> None: ...

    def show_message(self, text: str) -> None: ...

    def _raise_panel(self, name: str) -> None: ...
