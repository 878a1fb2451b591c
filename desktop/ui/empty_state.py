"""What an empty library shows: begin with a recording or a new story.

Drawn over the editor while no document is open and the library holds none. The editor
keeps the keyboard focus underneath, so typing straight away still starts a story (the
panel then steps aside); the two buttons are the two ways a reporter's day begins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QVBoxLayout

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowParts


class EmptyState(QFrame):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.editor)
        self.window = window
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(0, 0)
        heading = QLabel(self.tr("Start with a recording or a new story"))
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Transcribe an interview on this computer and write from the transcript, "
                              "or start typing a story."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.record_button = QPushButton(self.tr("Transcribe a recording…"))
        self.story_button = QPushButton(self.tr("Write a new story"))
        for button in (self.record_button, self.story_button):
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.record_button.setEnabled("transcripts" in window.panels)
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.story_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.record_button.clicked.connect(self.start_recording)
        self.story_button.clicked.connect(self.start_story)
        window.editor.installEventFilter(self)
        window.editor.textChanged.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.editor and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window.editor.rect())
        return False

    def resizeEvent(self, event) -> None:
        """Side by side when there is room, one above the other in a narrow editor."""
        needed = self.record_button.sizeHint().width() + self.story_button.sizeHint().width() + 40
        self.buttons.setDirection(QBoxLayout.Direction.LeftToRight if self.width() >= needed
                                  else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def should_show(self) -> bool:
        w = self.window
        if w.doc_id is not None or w.editor.toPlainText():
            return False
        return not w.ctx.store.list_summaries(limit=1)

    def refresh(self) -> None:
        show = self.should_show()
        if show:
            self.setGeometry(self.window.editor.rect())
            self.raise_()
        self.setVisible(show)

    def start_recording(self) -> None:
        panel = self.window.panels.get("transcripts")
        if panel is None:
            return
        self.window._raise_panel("transcripts")
        panel.import_audio()

    def start_story(self) -> None:
        self.hide()
        self.window.new_document()
