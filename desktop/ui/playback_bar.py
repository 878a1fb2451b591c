"""Playback controls under the transcript: play, ±5 s, time display, scrubber, speed, shortcuts.

Reporters transcribe by ear: they need to see where they are ("12:04 / 48:10"), drag to
a moment, slow a fast talker down, and do all of it from the keyboard without leaving
the text. The shortcuts are declared once here (:data:`SHORTCUTS`) so the keys that work
and the keys the shortcut dialog lists are the same list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from desktop.engine.core.text import clock
from desktop.ui.audio_player import SPEEDS, AudioPlayer
from desktop.ui.flow_layout import FlowLayout

# (key, action name on the bar); what each does is in :func:`describe`
SHORTCUTS: list[tuple[str, str]] = [
    ("Ctrl+Space", "toggle"),
    ("Alt+Left", "back"),
    ("Alt+Right", "forward"),
    ("Ctrl+]", "faster"),
    ("Ctrl+[", "slower"),
    ("Ctrl+Shift+Space", "normal"),
]


def describe(name: str) -> str:
    return {"toggle": QCoreApplication.translate("PlaybackBar", "Play / pause the recording"),
            "back": QCoreApplication.translate("PlaybackBar", "Back 5 seconds"),
            "forward": QCoreApplication.translate("PlaybackBar", "Forward 5 seconds"),
            "faster": QCoreApplication.translate("PlaybackBar", "Play faster"),
            "slower": QCoreApplication.translate("PlaybackBar", "Play slower"),
            "normal": QCoreApplication.translate("PlaybackBar", "Normal speed")}[name]


class PlaybackBar(QWidget):
    """Controls bound to one :class:`AudioPlayer`; the shortcuts work anywhere in ``scope``."""

    def __init__(self, player: AudioPlayer, scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self._dragging = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        track, buttons = QHBoxLayout(), FlowLayout()  # the buttons wrap in a narrow dock
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(player.toggle)
        self.back_button = QPushButton(self.tr("−5 s"))
        self.back_button.clicked.connect(lambda: player.skip(-5))
        self.fwd_button = QPushButton(self.tr("+5 s"))
        self.fwd_button.clicked.connect(lambda: player.skip(5))
        self.time = QLabel(self._time_text(0.0))
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("0:00:00 / 0:00:00"))
        self.scrubber = QSlider(Qt.Orientation.Horizontal)
        self.scrubber.setRange(0, 0)
        self.scrubber.setToolTip(self.tr("Drag to move through the recording"))
        self.scrubber.sliderPressed.connect(lambda: setattr(self, "_dragging", True))
        self.scrubber.sliderMoved.connect(lambda ms: self.time.setText(self._time_text(ms / 1000.0)))
        self.scrubber.sliderReleased.connect(self._released)
        self.scrubber.actionTriggered.connect(self._stepped)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip(self.tr("Playback speed"))
        self.speed.activated.connect(lambda i: player.set_rate(self.speed.itemData(i)))
        track.addWidget(self.scrubber, 1)
        track.addWidget(self.time)
        for w in (self.play_button, self.back_button, self.fwd_button, self.speed):
            buttons.addWidget(w)
        layout.addLayout(track)
        layout.addLayout(buttons)
        player.sig_position.connect(self.show_position)
        player.sig_duration.connect(self.set_duration)
        player.sig_playing.connect(lambda on: self.play_button.setText(self.tr("Pause") if on else self.tr("Play")))
        player.sig_rate.connect(lambda r: self.speed.setCurrentIndex(SPEEDS.index(r)))
        self.shortcuts: list[QShortcut] = []
        for key, name in SHORTCUTS:
            shortcut = QShortcut(QKeySequence(key), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._action(name))
            self.shortcuts.append(shortcut)

    def _action(self, name: str) -> Callable[[], None]:
        actions: dict[str, Callable[[], None]] = {
            "toggle": self.player.toggle, "back": lambda: self.player.skip(-5),
            "forward": lambda: self.player.skip(5), "faster": self.player.faster,
            "slower": self.player.slower, "normal": lambda: self.player.set_rate(1.0)}
        return actions[name]

    def _time_text(self, seconds: float) -> str:
        return f"{clock(seconds)} / {clock(self.player.duration())}"

    def set_duration(self, seconds: float) -> None:
        self.scrubber.setRange(0, int(seconds * 1000))
        self.scrubber.setPageStep(max(1000, int(seconds * 100)))  # a click on the groove: 10 %
        self.scrubber.setSingleStep(5000)
        self.show_position(self.player.current())

    def show_position(self, seconds: float) -> None:
        self.time.setText(self._time_text(seconds))
        if not self._dragging:
            self.scrubber.blockSignals(True)
            self.scrubber.setValue(int(seconds * 1000))
            self.scrubber.blockSignals(False)

    def _released(self) -> None:
        self._dragging = False
        self.player.seek(self.scrubber.value() / 1000.0)

    def _stepped(self, action: int) -> None:
        if action in (QSlider.SliderAction.SliderMove, QSlider.SliderAction.SliderNoAction) or self._dragging:
            return
        self.player.seek(self.scrubber.sliderPosition() / 1000.0)


def shortcut_lines() -> list[str]:
    """For the shortcut dialog: the same keys the bar installs."""
    return [f"{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}\t{describe(name)}"
            for key, name in SHORTCUTS]
