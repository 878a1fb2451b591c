"""The proofread panel's optional local-model pass ("deep check"), as a mixin.

The fast checkers run as you type; this slower pass runs only when asked, on the paragraphs
of the selection or on the whole text, and its findings are remembered per paragraph text
until that paragraph is edited. Split from proofread_panel.py to keep that file about the
issue list and the editor marks. Strings keep the "ProofreadPanel" translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.engine.proofread import llm_check
from desktop.engine.proofread.issue import Issue

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from desktop.engine.proofread.dictionary import UserDictionary
    from desktop.ui.context import AppContext
    from desktop.ui.editor import Editor

DEEP_CACHE = 5000  # paragraphs whose local-model findings are remembered (by their text)


class DeepCheck:
    """Mixed into ProofreadPanel, which provides the attributes declared here."""

    ctx: AppContext
    editor: Editor | None
    dictionary: UserDictionary
    status: QLabel
    issues: list[Issue]
    sig_deep_checked: SignalInstance
    _deep: dict[str, list[Issue]]
    _render: Callable[[], None]  # redraws the issue list and the marks

    def deep_check(self, whole_document: bool = False) -> None:
        """Run the local-model check on the paragraphs of the selection, or on the whole text."""
        if self.editor is None:
            return
        text = self.editor.toPlainText()
        start, end = (0, len(text)) if whole_document else self.editor.selection_range()
        models, model_id = self.ctx.models, self.ctx.settings.proofread_model
        accepted = self.dictionary.accepted_words()

        def make_job(cancel):
            path = yield from models.ensure(model_id, cancel)
            return (yield from llm_check.llm_pass_job(text, start, end, path, cancel, accepted=accepted))

        self.status.setText(QCoreApplication.translate("ProofreadPanel", "Deep check running…"))
        self.ctx.jobs.start(QCoreApplication.translate("ProofreadPanel", "Deep check with the local model"), make_job,
                            on_result=lambda found: self._deep_finished(text, start, end, found),
                            on_error=lambda err: self.status.setText(err.full_message()))

    def _deep_finished(self, text: str, start: int, end: int, found: list[Issue]) -> None:
        """Remember the findings per paragraph: they stay until that paragraph is edited."""
        a, b = llm_check.paragraph_bounds(text, start, end)
        offset = a
        for line in text[a:b].split("\n"):
            self._deep[line] = [i.shifted(-offset) for i in found if offset <= i.start < offset + len(line)]
            offset += len(line) + 1
        while len(self._deep) > DEEP_CACHE:
            self._deep.pop(next(iter(self._deep)))
        if self.editor is not None:
            self.issues = self._with_deep(self.editor.toPlainText(), self.issues)
            self._render()
        self.sig_deep_checked.emit(len(found))

    def _with_deep(self, text: str, issues: list[Issue]) -> list[Issue]:
        """``issues`` with the fast typo findings of deep-checked, unchanged paragraphs replaced."""
        if not self._deep:
            return issues
        added: list[Issue] = []
        offset = 0
        for line in text.split("\n"):
            cached = self._deep.get(line)
            if cached is not None:
                a, b = offset, offset + len(line)
                found = [i.shifted(offset) for i in cached]
                inside = [i for i in issues if a <= i.start <= b]
                issues = [i for i in issues if not a <= i.start <= b] + llm_check.merge_deep(inside, found, a, b + 1)
                added += found
            offset += len(line) + 1
        if not added:
            return issues
        return sorted(self.dictionary.filter(issues, text), key=lambda i: (i.start, i.end))
