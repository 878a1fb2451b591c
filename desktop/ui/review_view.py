"""The Changes tab: an AI rewrite shown as changes to accept or reject one by one.

Each change is struck-red old words and green new words with ✓ / ✗ links beside it. All
changes start accepted (the rewrite as the model wrote it); a click rejects or restores one.
"Apply" writes the chosen version over the text the task worked on as one undo step, so
Ctrl+Z (or "Undo") puts the original back in one go. The hunks and the merge are engine
code (:mod:`desktop.engine.drafting.review`); this widget only renders and collects decisions.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.engine.drafting import review
from desktop.ui.flow_layout import FlowLayout

_OLD = "color:#c62828;text-decoration:line-through"
_NEW = "color:#2e7d32;font-weight:bold"
_OFF = "color:#9e9e9e;text-decoration:line-through"


class ReviewView(QWidget):
    sig_apply = Signal(str)  # the merged text to write over the source range
    sig_undo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old = ""
        self.new = ""
        self.changes: list[review.Hunk] = []
        self.accepted: set[int] = set()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.summary = QLabel("")
        self.accept_all_button = QPushButton(self.tr("Accept all"), clicked=self.accept_all)
        self.reject_all_button = QPushButton(self.tr("Reject all"), clicked=self.reject_all)
        self.apply_button = QPushButton(self.tr("Apply chosen changes"), clicked=self.apply)
        self.undo_button = QPushButton(self.tr("Undo"), clicked=lambda: self.sig_undo.emit(), enabled=False)
        row = FlowLayout()  # wraps in a narrow dock instead of widening the window
        for button in (self.accept_all_button, self.reject_all_button, self.apply_button, self.undo_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.set_texts("", "")

    def set_texts(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.changes = review.hunks(old, new) if new else []
        self.accepted = {h.index for h in self.changes}
        self.undo_button.setEnabled(False)
        self._render()

    def clear(self) -> None:
        self.set_texts("", "")

    def toHtml(self) -> str:  # reads like the QTextBrowser this view replaced
        return self.browser.toHtml()

    def merged(self) -> str:
        return review.apply(self.old, self.changes, self.accepted)

    def toggle(self, index: int) -> None:
        self.accepted ^= {index}
        self._render()

    def accept_all(self) -> None:
        """Take every change and write the result at once (one undo step)."""
        self.accepted = {h.index for h in self.changes}
        self._render()
        self.apply()

    def reject_all(self) -> None:
        self.accepted = set()
        self._render()

    def apply(self) -> None:
        if not self.changes:
            return
        self.sig_apply.emit(self.merged())
        self.undo_button.setEnabled(True)

    def _on_link(self, url: QUrl) -> None:
        action, _, number = url.toString().partition(":")
        if action in ("accept", "reject") and number.isdigit():
            index = int(number)
            if (action == "accept") != (index in self.accepted):
                self.toggle(index)

    def _render(self) -> None:
        out: list[str] = []
        pos = 0
        for hunk in self.changes:
            out.append(html.escape(self.old[pos:hunk.old_start]))
            taken = hunk.index in self.accepted
            if hunk.old_text:
                out.append(f'<span style="{_OLD if taken else ""}">{html.escape(hunk.old_text)}</span>')
            if hunk.new_text:
                out.append(f'<span style="{_NEW if taken else _OFF}">{html.escape(hunk.new_text)}</span>')
            link = (f'<a href="reject:{hunk.index}" title="{html.escape(self.tr("Reject this change"))}">✗</a>'
                    if taken else
                    f'<a href="accept:{hunk.index}" title="{html.escape(self.tr("Accept this change"))}">✓</a>')
            out.append(f"<sup>{link}</sup>")
            pos = hunk.old_end
        out.append(html.escape(self.old[pos:]))
        self.browser.setHtml("<div style='white-space:pre-wrap'>" + "".join(out) + "</div>")
        self.summary.setText(self.tr("%1 of %2 changes accepted").replace("%1", str(len(self.accepted)))
                             .replace("%2", str(len(self.changes))) if self.changes else "")
        for button in (self.accept_all_button, self.reject_all_button, self.apply_button):
            button.setEnabled(bool(self.changes))
