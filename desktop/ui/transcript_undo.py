"""Undo and redo for corrections, splits, merges and speaker changes in the transcript panel.

Each edit hands back an engine :class:`~desktop.engine.transcription.edit_history.Change`;
this keeps one undo and one redo list per transcript, so switching transcripts and
coming back keeps both. Ctrl+Z / Ctrl+Shift+Z act on the transcript while it has the
focus: the view claims those keys (ShortcutOverride) so the main window's Edit ▸ Undo,
which belongs to the story editor, is not triggered as well (two shortcuts on one key
would fire neither). The same actions sit on the panel's buttons and context menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QStyle, QToolButton, QWidget

from desktop.engine.core.errors import CopydeskError
from desktop.engine.transcription import edit_history as history
from desktop.engine.transcription.transcripts import TranscriptStore

UNDO_KEY, REDO_KEY = "Ctrl+Z", "Ctrl+Shift+Z"
LIMIT = 200  # undo steps kept per transcript


def shortcut_lines() -> list[str]:
    undo = QCoreApplication.translate("TranscriptUndo", "Undo the last transcript edit (transcript focused)")
    redo = QCoreApplication.translate("TranscriptUndo", "Redo the transcript edit (transcript focused)")
    return [f"{UNDO_KEY}\t{undo}", f"{REDO_KEY}\t{redo}"]


class TranscriptUndo(QObject):
    """The undo/redo lists of the panel; ``redraw`` shows the stored transcript again."""

    def __init__(self, focus: QWidget, transcripts: TranscriptStore, current: Callable[[], int | None],
                 redraw: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.focus, self.ts, self.current, self.redraw, self.parent_widget = focus, transcripts, current, redraw, parent
        self.done: dict[int, list[history.Change]] = {}
        self.undone: dict[int, list[history.Change]] = {}
        self.tool_buttons: list[QToolButton] = []
        self.undo_action = QAction(self.tr("Undo transcript edit"), self)
        self.redo_action = QAction(self.tr("Redo transcript edit"), self)
        for act, key, slot in ((self.undo_action, UNDO_KEY, self.undo), (self.redo_action, REDO_KEY, self.redo)):
            act.setShortcut(QKeySequence(key))  # shown in menus; the keys themselves are taken in eventFilter
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
        style = parent.style()
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        focus.installEventFilter(self)
        self.update_actions()

    # --- the lists -----------------------------------------------------------------------
    def push(self, change: history.Change) -> None:
        done = self.done.setdefault(change.transcript_id, [])
        done.append(change)
        del done[:-LIMIT]
        self.undone.pop(change.transcript_id, None)
        self.update_actions()

    def can_undo(self) -> bool:
        tid = self.current()
        return tid is not None and bool(self.done.get(tid))

    def can_redo(self) -> bool:
        tid = self.current()
        return tid is not None and bool(self.undone.get(tid))

    def undo(self) -> bool:
        return self._step(self.done, self.undone, history.undo)

    def redo(self) -> bool:
        return self._step(self.undone, self.done, history.redo)

    def _step(self, source: dict[int, list[history.Change]], target: dict[int, list[history.Change]],
              apply: Callable[[TranscriptStore, history.Change], None]) -> bool:
        tid = self.current()
        if tid is None or not source.get(tid):
            return False
        change = source[tid].pop()
        bar = self.focus.verticalScrollBar() if hasattr(self.focus, "verticalScrollBar") else None
        keep = bar.value() if bar is not None else 0
        try:
            apply(self.ts, change)
        except CopydeskError as err:
            # The rows were changed another way since: older steps rest on them, so they go too.
            self.done.pop(tid, None)
            self.undone.pop(tid, None)
            self.update_actions()
            QMessageBox.warning(self.parent_widget, self.tr("Edit transcript"), err.full_message())
            return False
        target.setdefault(tid, []).append(change)
        self.redraw()
        if bar is not None:
            bar.setValue(keep)
        self.update_actions()
        return True

    def update_actions(self) -> None:
        """Enable the actions for the transcript on screen and name the step they would take."""
        tid = self.current()
        names = {"correct": self.tr("correction"), "confirm": self.tr("word check"), "split": self.tr("split"),
                 "merge": self.tr("merge"), "speaker": self.tr("speaker change")}
        for act, lists, template in ((self.undo_action, self.done, self.tr("Undo %1")),
                                     (self.redo_action, self.undone, self.tr("Redo %1"))):
            steps = lists.get(tid, []) if tid is not None else []
            act.setEnabled(bool(steps))
            act.setToolTip(template.replace("%1", names.get(steps[-1].kind, "")) if steps else act.text())

    def buttons(self) -> list[QToolButton]:
        """Icon buttons for the undo and redo actions."""
        out = []
        for act in (self.undo_action, self.redo_action):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            out.append(button)
        return out

    def toolbar(self) -> QHBoxLayout:
        """The buttons on a row of their own above the transcript: in a row with others they would
        add to its width, and the dock would take that width from the editor."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.tool_buttons = self.buttons()
        for button in self.tool_buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- keys ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for key, slot in ((UNDO_KEY, self.undo), (REDO_KEY, self.redo)):
                if pressed.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch:
                    event.accept()
                    if kind == QEvent.Type.KeyPress:
                        slot()
                    return True
        return False
