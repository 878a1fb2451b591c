"""审校 panel: issues of the current document, inline underlines, fixes and the report.

Checks run as you type: edits restart a short debounce timer, then the engine's
``Proofreader.check_job`` runs through ``ctx.jobs`` (never on the GUI thread). Only changed
paragraphs cost time because the engine caches per paragraph. Underlines go to the editor's
"proofread" mark layer; a click applies the first suggestion, a right-click offers the other
suggestions, ignore once / always and add to dictionary.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.proofread import llm_check
from desktop.engine.proofread.dictionary import UserDictionary, names_from_transcripts
from desktop.engine.proofread.fix_log import FixLog
from desktop.engine.proofread.issue import GRAMMAR, PUNCTUATION, RISK, STYLE, TYPO, Issue, apply_fixes
from desktop.engine.proofread.report import FixRecord, ProofreadReport, export_report, fix_record
from desktop.engine.proofread.runner import CheckerFailedError, Proofreader, make_proofreader
from desktop.engine.transcription import glossary
from desktop.ui import file_filters
from desktop.ui.context import AppContext
from desktop.ui.editor import Mark
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.proofread_deep import DeepCheck

LAYER = "proofread"
DEBOUNCE_MS = 400
# Editor mark kinds (colours) per issue category.
MARK_KIND = {TYPO: "typo", GRAMMAR: "grammar", PUNCTUATION: "punctuation", STYLE: "style", RISK: "compliance"}
# Filter boxes: (id, categories shown). Labels come from _filter_label (literal tr() calls).
FILTERS = (("typo", (TYPO, GRAMMAR)), ("punctuation", (PUNCTUATION,)), ("style", (STYLE,)), ("risk", (RISK,)))


class ProofreadPanel(DeepCheck, QWidget):
    sig_checked = Signal(int)  # number of issues after a finished check
    sig_fixes_applied = Signal(int)
    sig_deep_checked = Signal(int)  # issues kept by the local-model check of a selection

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = ctx.editor
        self.dictionary = UserDictionary(extra_words=list(ctx.settings.user_dictionary))
        self.proofreader: Proofreader = make_proofreader(dictionary=self.dictionary, settings=ctx.settings,
                                                         plugins=ctx.plugins)
        self.issues: list[Issue] = []
        self.fix_log = FixLog(ctx.store)  # per document, kept in the library across restarts
        self._handle = None
        self._pending = False
        self._names_doc: int | bool | None = False
        self._deep: dict[str, list[Issue]] = {}  # paragraph text → its local-model findings (relative)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_check)
        self._build()
        for problem in self.proofreader.problems:
            self.status.setText(problem.full_message())
        if self.editor is not None:
            self.editor.textChanged.connect(self._text_changed)
            self.editor.document().contentsChange.connect(self._contents_change)
            self.editor.sig_mark_clicked.connect(self._mark_clicked)
            self.editor.sig_mark_context.connect(self._mark_context)
            if self.editor.toPlainText():
                self._timer.start()

    @property
    def fixes(self) -> list[FixRecord]:
        """Fixes applied to the open document (what the report lists under "fixes made")."""
        return self.fix_log.records(self.ctx.current_document_id())

    def settings_changed(self) -> None:
        """Dictionary words, term tables and checker choices from Settings apply at once."""
        self.dictionary.set_extra_words(list(self.ctx.settings.user_dictionary))
        self.proofreader = make_proofreader(dictionary=self.dictionary, settings=self.ctx.settings,
                                            plugins=self.ctx.plugins)
        for problem in self.proofreader.problems:
            self.status.setText(problem.full_message())
        if self.editor is not None and self.editor.toPlainText():
            self.run_check()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Proofreading"))
        layout = QVBoxLayout(self)
        filters = FlowLayout()  # wraps on a narrow screen instead of widening the dock
        self.filter_boxes: dict[str, QCheckBox] = {}
        labels = {"typo": self.tr("Typos"), "punctuation": self.tr("Punctuation"), "style": self.tr("Style"),
                  "risk": self.tr("Compliance risk")}
        for key, _cats in FILTERS:
            box = QCheckBox(labels[key])
            box.setChecked(True)
            box.toggled.connect(self._fill_list)
            filters.addWidget(box)
            self.filter_boxes[key] = box
        layout.addLayout(filters)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Line"), self.tr("Category"), self.tr("Text"), self.tr("Suggestion"),
                                   self.tr("Explanation")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._item_activated)
        self.list.itemClicked.connect(self._item_activated)
        layout.addWidget(self.list, 1)
        buttons = FlowLayout()
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.clicked.connect(self.run_check)
        self.apply_button = QPushButton(self.tr("Apply all safe fixes"))
        self.apply_button.clicked.connect(self.apply_all_safe)
        self.report_button = QPushButton(self.tr("Export report…"))
        self.report_button.clicked.connect(self._ask_export)
        self.deep_button = QPushButton(self.tr("Deep check (local model)"))
        self.deep_button.setToolTip(self.tr("Read the selected paragraphs (or the one at the cursor) with the "
                                            "local model: it finds typos the quick check cannot tell apart, "
                                            "such as 在/再. One to two seconds per sentence."))
        self.deep_button.setEnabled(llm_check.available())
        self.deep_button.clicked.connect(self.deep_check)
        for b in (self.check_button, self.apply_button, self.deep_button, self.report_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def menu_actions(self) -> list[QAction]:
        """Entries for the main window's Document menu."""
        check = QAction(self.tr("Proofread now"), self)
        check.setShortcut(QKeySequence("F7"))
        check.triggered.connect(self.run_check)
        fix = QAction(self.tr("Apply all safe fixes"), self)
        fix.triggered.connect(self.apply_all_safe)
        report = QAction(self.tr("Export proofreading report…"), self)
        report.triggered.connect(self._ask_export)
        deep = QAction(self.tr("Deep check whole document (local model)"), self)
        deep.setEnabled(llm_check.available())
        deep.triggered.connect(lambda: self.deep_check(whole_document=True))
        return [check, fix, deep, report]

    def editor_actions(self) -> list[QAction]:
        """Entries for the editor's context menu."""
        deep = QAction(self.tr("Deep check this paragraph (local model)"), self)
        deep.setEnabled(llm_check.available())
        deep.triggered.connect(self.deep_check)
        return [deep]

    # --- checking -------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self.ctx.settings.proofread_as_you_type:
            self._timer.start()

    def _contents_change(self, position: int, removed: int, added: int) -> None:
        """Keep underlines on their words while typing, until the next check replaces them."""
        if not self.issues or self.editor is None:
            return
        start = self.editor.py_index(position)
        end_old = start + removed
        delta = added - removed
        kept = []
        for issue in self.issues:
            if issue.end <= start:
                kept.append(issue)
            elif issue.start >= end_old and (removed or issue.start > start):
                kept.append(issue.shifted(delta))
        self.issues = kept
        self._render()

    def run_check(self) -> None:
        """Start a background check of the editor text (or queue one if a check is running)."""
        if self.editor is None:
            return
        if self._handle is not None:
            self._pending = True
            return
        self._accept_speaker_names()
        text = self.editor.toPlainText()
        proofreader = self.proofreader
        self.status.setText(self.tr("Checking…"))
        self._handle = self.ctx.jobs.start(
            self.tr("Proofreading"), lambda cancel: proofreader.check_job(text, cancel),
            on_result=lambda issues: self._finished(text, issues), on_error=self._failed,
            on_cancel=self._job_done, quiet=True)

    def _accept_speaker_names(self) -> None:
        """Names of interviewees in the document's transcripts are never flagged."""
        doc_id = self.ctx.current_document_id()
        self.dictionary.set_story_words(glossary.accepted_words(self.ctx.store, doc_id))
        if doc_id == self._names_doc:
            return
        self._names_doc = doc_id
        try:
            names = names_from_transcripts(self.ctx.store, doc_id)
            if doc_id is not None and not names:
                names = names_from_transcripts(self.ctx.store)
        except Exception:
            names = set()
        self.dictionary.add_session_words(names)

    def _finished(self, text: str, issues: list[Issue]) -> None:
        self._job_done()
        if self.editor is None:
            return
        if text != self.editor.toPlainText():
            self._timer.start()  # the user typed meanwhile: these offsets are stale
            return
        self.issues = self._with_deep(text, issues)
        self._render()
        self.sig_checked.emit(len(issues))

    def _failed(self, err: CopydeskError) -> None:
        self._job_done()
        self.status.setText(err.full_message())

    def _job_done(self) -> None:
        self._handle = None
        if self._pending:
            self._pending = False
            self._timer.start()

    def _render(self) -> None:
        marks = [Mark(i.start, i.end, MARK_KIND.get(i.category, "typo"), self._tooltip(i), payload=i)
                 for i in self.issues]
        if self.editor is not None:
            self.editor.set_marks(LAYER, marks)
        self._fill_list()
        risks = sum(1 for i in self.issues if i.category == RISK)
        self.status.setText(self.tr("%n issue(s)", "", len(self.issues) - risks) + " · " +
                            self.tr("%n compliance risk(s)", "", risks))
        failed = [p for p in self.proofreader.problems if isinstance(p, CheckerFailedError)]
        if failed:  # a plugin's checker crashed and was switched off: say so next to the counts
            self.status.setText(self.status.text() + " · " + " ".join(p.message() for p in failed))

    def _tooltip(self, issue: Issue) -> str:
        text = issue.message
        if issue.suggestions:
            text += "\n" + self.tr("Suggestion: %1 (click to apply)").replace("%1", " / ".join(issue.suggestions))
        return text + "\n" + self.tr("Right-click: ignore or add to dictionary")

    def visible_issues(self) -> list[Issue]:
        shown = {c for key, cats in FILTERS if self.filter_boxes[key].isChecked() for c in cats}
        return [i for i in self.issues if i.category in shown]

    def _fill_list(self) -> None:
        self.list.clear()
        text = self.editor.toPlainText() if self.editor is not None else ""
        names = {TYPO: self.tr("Typo"), GRAMMAR: self.tr("Grammar"), PUNCTUATION: self.tr("Punctuation"),
                 STYLE: self.tr("Style"), RISK: self.tr("Compliance risk")}
        for issue in self.visible_issues():
            line = text.count("\n", 0, issue.start) + 1
            item = QTreeWidgetItem([str(line), names.get(issue.category, issue.category), issue.text,
                                    " / ".join(issue.suggestions), issue.message])
            item.setData(0, Qt.ItemDataRole.UserRole, issue)
            item.setToolTip(4, issue.message)
            self.list.addTopLevelItem(item)

    # --- navigation and fixes -----------------------------------------------------------------
    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        issue = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(issue, Issue):
            self.jump_to(issue)

    def jump_to(self, issue: Issue) -> None:
        if self.editor is None:
            return
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.editor.qt_pos(issue.start))
        cursor.setPosition(self.editor.qt_pos(issue.end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    def _current(self, issue: Issue) -> bool:
        return self.editor is not None and self.editor.toPlainText()[issue.start:issue.end] == issue.text

    def apply_issue(self, issue: Issue, suggestion: str | None = None) -> bool:
        """Replace the issue's text with ``suggestion`` (default: the first one) as one undo step."""
        if self.editor is None or not self._current(issue):
            return False
        replacement = suggestion if suggestion is not None else (issue.suggestions[0] if issue.suggestions else None)
        if replacement is None:
            return False
        record = fix_record(issue, self.editor.toPlainText())
        record.replacement = replacement
        self.fix_log.add(self.ctx.current_document_id(), [record])
        self.issues = [i for i in self.issues if i is not issue]
        self.editor.replace_range(issue.start, issue.end, replacement)  # shifts the rest via contentsChange
        return True

    def apply_all_safe(self) -> int:
        """Apply every safe fix (confident, not a judgement call) in one undo step."""
        if self.editor is None:
            return 0
        # Issues follow edits (see _contents_change); apply_fixes skips any whose text changed.
        text = self.editor.toPlainText()
        _, applied = apply_fixes(text, self.issues)
        if not applied:
            return 0
        done = {id(i) for i in applied}
        self.issues = [i for i in self.issues if id(i) not in done]
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        offsets = [(self.editor.qt_pos(i.start), self.editor.qt_pos(i.end)) for i in applied]
        for issue, (qs, qe) in sorted(zip(applied, offsets, strict=True), key=lambda p: -p[1][0]):
            cursor.setPosition(qs)
            cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(issue.suggestions[0])
        cursor.endEditBlock()
        self.fix_log.add(self.ctx.current_document_id(), [fix_record(i, text) for i in applied])
        self.sig_fixes_applied.emit(len(applied))
        return len(applied)

    def _mark_clicked(self, mark: Mark, pos: QPoint) -> None:
        issue = mark.payload
        if not isinstance(issue, Issue):
            return  # another feature's mark
        if len(issue.suggestions) > 1:
            self._menu(issue).popup(pos)
        elif issue.suggestions:
            self.apply_issue(issue)

    def _mark_context(self, mark: Mark, pos: QPoint) -> None:
        if isinstance(mark.payload, Issue):
            self._menu(mark.payload).popup(pos)

    def _menu(self, issue: Issue) -> QMenu:
        menu = QMenu(self)
        for suggestion in issue.suggestions:
            menu.addAction(self.tr("Replace with “%1”").replace("%1", suggestion),
                           lambda s=suggestion: self.apply_issue(issue, s))
        if issue.suggestions:
            menu.addSeparator()
        menu.addAction(self.tr("Ignore once"), lambda: self.ignore_once(issue))
        menu.addAction(self.tr("Ignore always"), lambda: self.ignore_always(issue))
        menu.addAction(self.tr("Add “%1” to dictionary").replace("%1", issue.text), lambda: self.add_to_dictionary(issue))
        return menu

    def ignore_once(self, issue: Issue) -> None:
        self.dictionary.ignore_once(issue, self.editor.toPlainText() if self.editor else "")
        self._drop(issue)

    def ignore_always(self, issue: Issue) -> None:
        self.dictionary.ignore_always(issue)
        self._drop(issue)

    def add_to_dictionary(self, issue: Issue) -> None:
        self.dictionary.add_word(issue.text)
        self._drop(issue)

    def _drop(self, issue: Issue) -> None:
        text = self.editor.toPlainText() if self.editor else ""
        self.issues = self.dictionary.filter([i for i in self.issues if i is not issue], text)
        self._render()

    # --- report ---------------------------------------------------------------------------
    def _ask_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export proofreading report"), "",
                                                   file_filters.join(["docx", "html"]))
        if path:
            try:
                self.export_report(file_filters.with_suffix(path, chosen))
            except CopydeskError as err:
                QMessageBox.warning(self, self.tr("Export failed"), err.full_message())

    def export_report(self, path: str) -> None:
        text = self.editor.toPlainText() if self.editor else ""
        doc_id = self.ctx.current_document_id()
        title = self.ctx.store.get_document(doc_id).title if doc_id is not None else self.tr("Untitled")
        issues = [i for i in self.issues if text[i.start:i.end] == i.text]
        export_report(ProofreadReport(title, text, issues, list(self.fixes)), path)
        self.status.setText(self.tr("Report saved: %1").replace("%1", path))


def create_panel(ctx: AppContext) -> QWidget:
    return ProofreadPanel(ctx)
