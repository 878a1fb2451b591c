"""End-cloud routing for the assistant panel: decide, preview, ask, then run.

The panel calls :func:`start_routed` before a task. When the router keeps the task on this
device (the usual case, and always for Local-only documents) it returns False and the panel
runs its full local pipeline. When the router picks the cloud, this module shows the
consent dialog with the exact masked payload (in "Ask" mode nothing is sent without a yes),
streams the answer into the panel and shows the route and its reason on the badge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.engine.cloud.drafting import build_router
from desktop.engine.cloud.router import RoutedResult, TaskRequest
from desktop.engine.core.events import OutputReset, TokenDelta
from desktop.ui.assistant_state import AnswerState

ROUTES = (("local", "On this device"), ("auto", "Auto: cloud for heavy work"), ("best", "Best quality (cloud)"))


def route_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    labels = {"local": QCoreApplication.translate("AssistantRoute", "On this device"),
              "auto": QCoreApplication.translate("AssistantRoute", "Auto: cloud for heavy work"),
              "best": QCoreApplication.translate("AssistantRoute", "Best quality (cloud)")}
    for value, _label in ROUTES:
        box.addItem(labels[value], value)
    box.setToolTip(QCoreApplication.translate(
        "AssistantRoute", "The cloud is used only when the document's privacy level allows it, "
        "after names and contact details are masked."))
    return box


def start_routed(panel: Any, task_id: str, text: str, language: str | None, doc_id: int | None,
                 label: str) -> bool:
    """Start the task through the router if it goes to the cloud; False: run it locally."""
    choice = panel.route.currentData()
    if choice == "local" or doc_id is None:
        return False
    ctx = panel.ctx
    doc = ctx.store.get_document(doc_id)
    # The router adds the document's speakers, the people list and the dictionary itself.
    req = TaskRequest(task_id, text, language=language or "auto", document_id=doc_id, privacy=doc.privacy,
                      route="auto", quality="best" if choice == "best" else "standard")
    router = build_router(ctx.settings, ctx.store)
    decision = router.decide(req)
    if ctx.route_badge is not None:
        ctx.route_badge.show_decision(decision)
    if decision.route != "cloud":
        panel.status.setText(decision.message())
        return False
    payload = router.prepare(req)
    if decision.needs_consent:
        from desktop.ui.cloud_dialogs import ConsentDialog

        if not ConsentDialog.ask(payload, decision, panel):
            panel.status.setText(QCoreApplication.translate("AssistantRoute", "Kept on this device."))
            if ctx.route_badge is not None:
                ctx.route_badge.show_local(QCoreApplication.translate(
                    "AssistantRoute", "You chose to keep this task on this device."))
            return False
        req = TaskRequest(**{**req.__dict__, "consented_sha256": payload.sha256})

    falling_back = [False]

    def on_progress(event: Any) -> None:
        if not isinstance(event.data, TokenDelta | OutputReset):
            return
        reset = isinstance(event.data, OutputReset)
        if panel.keep_for_job_doc("" if reset else event.data.text, reset):
            return  # the answer belongs to its document, which is not the one on screen now
        if event.data.route == "local" and not falling_back[0]:
            # the cloud failed and the task runs here now: the badge must not name the host
            falling_back[0] = True
            here = QCoreApplication.translate("AssistantRoute", "The cloud did not answer; running on this device.")
            if ctx.route_badge is not None:
                ctx.route_badge.show_local(here)
            panel.status.setText(here)
        if reset:
            panel.output.clear()
            return
        panel.output.moveCursor(QTextCursor.MoveOperation.End)
        panel.output.insertPlainText(event.data.text)

    def on_result(result: RoutedResult) -> None:
        elsewhere = panel.job_doc != panel.shown_doc  # finished while another document is open
        said = result.error.full_message() if result.error is not None else \
            decision.badge() + " · " + decision.message() if result.route == "cloud" else ""
        if result.draft is not None:
            panel._on_result(result.draft)  # text, options, guard flags, Insert/Replace enabled
        elif elsewhere:  # the answer is kept with its own document, the open one is left alone
            panel.answers[panel.job_doc] = AnswerState(
                result, result.text, checks=[(f.message(), f) for f in getattr(result, "flags", [])],
                source_range=panel.source_range, scope=panel.scope.text())
            panel._finish()
        else:
            panel.output.setPlainText(result.text)
            panel.show_routed(result)  # Insert / Replace / Copy work on a cloud answer too
        if elsewhere:
            kept = panel.answers.setdefault(panel.job_doc, AnswerState())
            kept.checks += [(notice, None) for notice in result.notices]
            kept.status = said or kept.status
            return
        if ctx.route_badge is not None:
            ctx.route_badge.show_result(result)
        for notice in result.notices:
            panel.checks.addItem(notice)
        if said:
            panel.status.setText(said)

    def on_error(err: Any) -> None:
        panel._on_error(err)

    panel.status.setText(decision.badge() + " · " + decision.message())
    panel.handle = ctx.jobs.start(label, lambda cancel: router.run(req, cancel), on_result=on_result,
                                  on_error=on_error, on_progress=on_progress, on_cancel=panel._on_cancel)
    panel._set_running(True)
    return True
