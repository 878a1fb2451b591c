"""What a reporter expects of an editor, wired into the main window in one place.

Find and replace (Ctrl+F / Ctrl+H, with the library search moved to Ctrl+Shift+F), the live
word count in the status bar, focus mode (F11), bold and headings (Ctrl+B, Ctrl+Alt+0…3)
and the first-start panel. Each lives in its own module; this only connects them, so the
window class stays about layout, documents and autosave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.empty_state import EmptyState
from desktop.ui.find_bar import FindBar
from desktop.ui.focus_mode import FocusMode
from desktop.ui.markup_format import MarkupHighlighter, set_heading, toggle_bold
from desktop.ui.word_count import WordCountLabel

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowParts

LIBRARY_SEARCH_KEYS = ("Ctrl+Shift+F", "Ctrl+K")  # Ctrl+K too: some Chinese IMEs take Ctrl+Shift+F


def install(window: WindowParts) -> None:
    editor = window.editor
    center = editor.parentWidget().layout()
    window.find_bar = FindBar(editor, window)
    center.insertWidget(center.indexOf(editor) + 1, window.find_bar)
    window.word_count = WordCountLabel(editor)
    window.statusBar().insertPermanentWidget(0, window.word_count)
    window.markup_highlighter = MarkupHighlighter(editor.document(), editor.font().pointSizeF())
    window.focus_mode = FocusMode(window)

    def add(menu, text: str, slot, *keys: str | QKeySequence.StandardKey) -> QAction:
        act = QAction(text, window)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    for act in window.edit_menu.actions():  # the library search gives Ctrl+F to the editor
        if act.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Find)) == QKeySequence.SequenceMatch.ExactMatch:
            act.setShortcuts([QKeySequence(k) for k in LIBRARY_SEARCH_KEYS])
    edit = window.edit_menu
    edit.addSeparator()
    window.find_action = add(edit, QCoreApplication.translate("MainWindow", "Find…"), lambda: window.find_bar.open_find(),
                             QKeySequence.StandardKey.Find)
    window.replace_action = add(edit, QCoreApplication.translate("MainWindow", "Replace…"), lambda: window.find_bar.open_find(replace=True),
                                "Ctrl+H")
    add(edit, QCoreApplication.translate("MainWindow", "Find next"), window.find_bar.find_next, QKeySequence.StandardKey.FindNext)
    add(edit, QCoreApplication.translate("MainWindow", "Find previous"), window.find_bar.find_previous, QKeySequence.StandardKey.FindPrevious)
    edit.addSeparator()
    add(edit, QCoreApplication.translate("MainWindow", "Bold"), lambda: toggle_bold(editor), QKeySequence.StandardKey.Bold)
    for level, label in ((1, QCoreApplication.translate("MainWindow", "Heading 1")), (2, QCoreApplication.translate("MainWindow", "Heading 2")), (3, QCoreApplication.translate("MainWindow", "Heading 3")),
                         (0, QCoreApplication.translate("MainWindow", "Body text"))):
        add(edit, label, lambda _=False, n=level: set_heading(editor, n), f"Ctrl+Alt+{level}")
    window.view_menu.addSeparator()
    window.view_menu.addAction(window.focus_mode.action)
    window.empty_state = EmptyState(window)
