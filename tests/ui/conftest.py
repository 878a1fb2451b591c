"""UI fixtures: a real context (real store file, real plugins) and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@pytest.fixture
def app_context(qapp):
    from desktop.ui.app import build_context

    ctx, messages = build_context(qapp)
    assert ctx is not None, messages
    ctx.startup_messages = messages
    yield ctx
    ctx.jobs.cancel_all()
    ctx.jobs.wait_all(5000)
    ctx.store.close()


@pytest.fixture
def main_window(qtbot, app_context):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(app_context, app_context.startup_messages)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()  # before the store closes (fixture teardown runs in reverse order)


@pytest.fixture
def editor_on(qtbot, app_context):
    """Put a new Editor in the context, showing ``doc`` (with ``text`` preloaded if given)."""
    from desktop.ui.editor import Editor

    def attach(doc, text: str | None = None):
        editor = Editor()
        if text is not None:
            editor.setPlainText(text)
        qtbot.addWidget(editor)
        app_context.editor = editor
        app_context.current_document_id = lambda: doc.id
        return editor

    return attach


@contextmanager
def app_window(qtbot, qapp, language: str) -> Iterator:
    """The main window as ``run_gui`` builds it (settings, translators, context) in ``language``;
    afterwards translators, the UI language, jobs and the store are put back."""
    from desktop.engine.core import i18n
    from desktop.engine.core.settings import Settings, save_settings
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow

    save_settings(Settings(ui_language=language))
    ctx, messages = build_context(qapp)
    win = MainWindow(ctx, messages)
    qtbot.addWidget(win)
    try:
        yield win
    finally:
        win.close()
        for t in getattr(qapp, "_translators", []):
            qapp.removeTranslator(t)
        qapp._translators = []
        i18n.set_language("en")
        ctx.jobs.cancel_all()
        ctx.jobs.wait_all(3000)
        ctx.store.close()
