"""Every main state fits a 1024 × 700 laptop and a 1600 × 1000 screen, in English and Chinese.

The window is grabbed (a screenshot of what is drawn) and its widgets measured: no visible
button, box or field lies outside the window, the editor keeps a sensible width, and long
messages, badges and file names never make the window grow by itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QLineEdit, QTabBar, QWidget

from tests.ui.conftest import app_window

LONG = ("The recording could not be read: /home/reporter/Recordings/2026/December/City council budget hearing "
        "with the mayor and the transport committee, second session, full length.m4a (unsupported codec)")


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, qapp, copydesk_home):
    with app_window(qtbot, qapp, request.param) as win:
        yield win


def _problems(win: QWidget, min_editor: int) -> list[str]:
    image = win.grab()
    assert (image.width(), image.height()) == (win.width(), win.height())
    out: list[str] = []
    bounds = win.rect()
    for child in win.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, QAbstractButton | QComboBox | QLineEdit):
            continue
        if child.window() is not win:  # a dialog or popup of its own
            continue
        if _behind_a_tab(child):  # a tabbed dock that is not the current tab is moved out of sight
            continue
        top_left = child.mapTo(win, child.rect().topLeft())
        bottom_right = child.mapTo(win, child.rect().bottomRight())
        if not (bounds.contains(top_left) and bounds.contains(bottom_right)):
            out.append(f"{type(child).__name__} {getattr(child, 'text', lambda: '')()!r} at "
                       f"{top_left.x()},{top_left.y()}–{bottom_right.x()},{bottom_right.y()} outside {bounds}")
        if child.width() < min(child.minimumSizeHint().width(), 40) and not isinstance(child.parentWidget(), QTabBar):
            out.append(f"{type(child).__name__} {getattr(child, 'text', lambda: '')()!r} squeezed to {child.width()}")
    editor = win.editor.width()
    if editor < min_editor:
        out.append(f"editor only {editor} px wide")
    return out


def _behind_a_tab(child: QWidget) -> bool:
    parent = child
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent is not None and parent.visibleRegion().isEmpty()


def _settle(qtbot) -> None:
    qtbot.wait(60)


@pytest.mark.parametrize(("size", "min_editor"), [((1024, 700), 420), ((1600, 1000), 700)])
def test_main_states_fit(qtbot, window, size, min_editor) -> None:
    from desktop.ui.transcript_view import QueueRow

    win = window
    win.show()
    win.resize(*size)
    _settle(qtbot)
    problems: dict[str, list[str]] = {}
    problems["empty library"] = _problems(win, min_editor)
    badge = win.where
    assert badge.isVisible() and badge.width() >= badge.fontMetrics().horizontalAdvance(badge.full_text), \
        "the route badge shows its whole (short) text when there is room"
    doc = win.ctx.store.create_document("地铁延长运营 Line 3 runs later", "本市交通管理部门昨天宣布。\nThe city said.")
    win.open_document(doc.id)
    _settle(qtbot)
    problems["document"] = _problems(win, min_editor)
    for name in ("assistant", "transcripts", "proofread", "audit"):
        dock = win.findChild(QDockWidget, name)
        if dock is None:
            continue
        dock.show()
        dock.raise_()
        _settle(qtbot)
        problems[f"panel {name}"] = _problems(win, min_editor)
    transcripts = win.panels.get("transcripts")
    if transcripts is not None:
        win.findChild(QDockWidget, "transcripts").raise_()
        row = QueueRow(Path("/home/reporter/Recordings/" + "very long folder name/" * 6 + "interview.m4a"),
                       lambda _row: None)
        transcripts.queue_box.addWidget(row)
        row.status.setText(LONG)
    win.show_message(LONG)
    win.where.show_local(LONG)
    win.saved.setText(LONG)
    _settle(qtbot)
    problems["long messages"] = _problems(win, min_editor)
    assert (win.width(), win.height()) == size, "the window must never grow by itself"
    assert win.progress.message.full_text.endswith(LONG)
    assert win.progress.message.toolTip().endswith(LONG), "an elided message shows the whole text as its tooltip"
    found = {state: p for state, p in problems.items() if p}
    assert not found, "\n".join(f"{state}: {p}" for state, ps in found.items() for p in ps)
