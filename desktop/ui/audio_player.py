"""A small wrapper around QMediaPlayer: play from a second, ±5 s, speed 0.75–2×.

The transcript view talks to this instead of QtMultimedia directly so the rest of the
panel stays testable on machines without a sound card (the player then simply has no
output device; positions and rates still behave).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

SPEEDS = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0)


class AudioPlayer(QObject):
    sig_position = Signal(float)  # seconds
    sig_playing = Signal(bool)
    sig_rate = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.player.positionChanged.connect(lambda ms: self.sig_position.emit(ms / 1000.0))
        self.player.playbackStateChanged.connect(
            lambda state: self.sig_playing.emit(state == QMediaPlayer.PlaybackState.PlayingState))
        self.path: Path | None = None
        self.requested = 0.0  # last position asked for (the media may still be loading)

    def load(self, path: Path | str) -> None:
        path = Path(path)
        if self.path == path:
            return
        self.path = path
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def position(self) -> float:
        return self.player.position() / 1000.0

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play_from(self, seconds: float) -> None:
        self.requested = max(0.0, seconds)
        self.player.setPosition(int(self.requested * 1000))
        self.player.play()

    def toggle(self) -> None:
        if self.is_playing():
            self.player.pause()
        else:
            self.player.play()

    def skip(self, seconds: float) -> None:
        base = self.position() if self.player.position() > 0 else self.requested
        self.requested = max(0.0, base + seconds)
        self.player.setPosition(int(self.requested * 1000))

    def rate(self) -> float:
        return float(self.player.playbackRate())

    def set_rate(self, rate: float) -> None:
        rate = min(SPEEDS[-1], max(SPEEDS[0], rate))
        self.player.setPlaybackRate(rate)
        self.sig_rate.emit(rate)

    def faster(self) -> None:
        self.set_rate(next((s for s in SPEEDS if s > self.rate() + 1e-6), SPEEDS[-1]))

    def slower(self) -> None:
        self.set_rate(next((s for s in reversed(SPEEDS) if s < self.rate() - 1e-6), SPEEDS[0]))

    def stop(self) -> None:
        self.player.stop()
