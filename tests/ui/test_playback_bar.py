"""Playback controls, checked through the player's state (there is no sound card here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSlider, QWidget


@pytest.fixture
def bar(qtbot):
    from desktop.ui.audio_player import AudioPlayer
    from desktop.ui.playback_bar import PlaybackBar

    scope = QWidget()
    qtbot.addWidget(scope)
    player = AudioPlayer(scope)
    widget = PlaybackBar(player, scope, scope)
    scope.show()
    player.set_duration(125.0)
    widget.scope = scope  # keep the parent alive for the test
    return widget


def test_time_display_and_scrubber_follow_the_position(bar) -> None:
    assert bar.time.text() == "0:00 / 2:05" and bar.scrubber.maximum() == 125_000
    bar.player.sig_position.emit(61.4)
    assert bar.time.text() == "1:01 / 2:05" and bar.scrubber.value() == 61_400


def test_dragging_the_scrubber_seeks_without_playing(qtbot, bar) -> None:
    bar.scrubber.sliderPressed.emit()
    bar.scrubber.setSliderPosition(90_000)
    bar.scrubber.sliderMoved.emit(90_000)
    assert bar.time.text() == "1:30 / 2:05"
    bar.player.sig_position.emit(10.0)  # playback ticking while dragging does not yank the handle
    assert bar.scrubber.sliderPosition() == 90_000
    bar.scrubber.sliderReleased.emit()
    assert bar.player.requested == 90.0 and not bar.player.is_playing()
    bar.scrubber.triggerAction(QSlider.SliderAction.SliderPageStepAdd)
    assert bar.player.requested == pytest.approx(102.5)


def test_skip_stays_inside_the_recording_and_speed_menu(qtbot, bar) -> None:
    bar.player.seek(123.0)
    bar.fwd_button.click()
    assert bar.player.requested == 125.0 and bar.time.text() == "2:05 / 2:05"
    bar.player.seek(3.0)
    bar.back_button.click()
    assert bar.player.requested == 0.0
    bar.speed.setCurrentIndex(4)
    bar.speed.activated.emit(4)
    assert bar.player.rate() == 1.75


def test_every_listed_shortcut_works(qtbot, bar) -> None:
    from desktop.ui.playback_bar import SHORTCUTS, shortcut_lines

    scope = bar.scope
    scope.setFocus()
    lines = shortcut_lines()
    assert len(lines) == len(SHORTCUTS) == len(bar.shortcuts)
    assert "Ctrl+Shift+Space\tNormal speed" in lines
    qtbot.keyClick(scope, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert bar.player.rate() == 1.25 and bar.speed.currentText() == "1.25×"
    qtbot.keyClick(scope, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert bar.player.rate() == 1.0
    bar.player.seek(20.0)
    qtbot.keyClick(scope, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert bar.player.requested == 15.0
    qtbot.keyClick(scope, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert bar.player.requested == 20.0


def test_shortcut_dialog_lists_the_playback_keys(main_window) -> None:
    from desktop.ui.window_dialogs import shortcut_lines

    lines = shortcut_lines(main_window)
    assert "Ctrl+Space\tPlay / pause the recording" in lines and "Alt+Left\tBack 5 seconds" in lines
