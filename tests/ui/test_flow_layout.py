"""FlowLayout inside FlowLayout: a bar whose own buttons wrap must get the height of its wrapped
lines. The playback speed menu of the transcript panel sat on a second line that was cut off, in
a dock of 290 px (1024×700 screenshots, English and Chinese)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget


def _shown(qtbot, widget: QWidget, width: int) -> None:
    widget.resize(width, 400)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)


def test_a_wrapping_bar_inside_a_flow_shows_its_second_line(qtbot) -> None:
    from desktop.ui.flow_layout import FlowLayout

    outer = QWidget()
    qtbot.addWidget(outer)
    column = QVBoxLayout(outer)
    controls = FlowLayout()
    column.addLayout(controls)
    bar = QWidget()
    buttons = FlowLayout()
    QVBoxLayout(bar).addLayout(buttons)
    for text in ("Pause", "−5 s", "+5 s"):
        buttons.addWidget(QPushButton(text))
    speed = QComboBox()
    speed.addItems(["1×", "1.25×", "1.5×"])
    buttons.addWidget(speed)
    controls.addWidget(bar)
    controls.addWidget(QPushButton("Send whole transcript to draft"))
    column.addStretch(1)
    _shown(qtbot, outer, 230)
    assert speed.y() > 0  # it did wrap
    assert bar.rect().contains(speed.geometry())
    assert not speed.visibleRegion().isEmpty()


def test_the_transcript_panels_speed_menu_is_visible_in_a_narrow_dock(qtbot, app_context) -> None:
    from desktop.ui.transcript_view import create_panel

    panel = create_panel(app_context)
    qtbot.addWidget(panel)
    _shown(qtbot, panel, 290)
    for control in (panel.speed, panel.play_button, panel.send_button):
        assert not control.visibleRegion().isEmpty()
        assert control.visibleRegion().boundingRect().size() == control.size()
