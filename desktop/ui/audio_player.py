"""A small wrapper around QMediaPlayer: play from a second, seek, ±5 s, speed 0.75–2×.

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
    sig_duration = Signal(float)  # seconds, once the media (or the transcript) says how long it is

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.player.positionChanged.connect(lambda ms: self.sig_position.emit(ms / 1000.0))
        self.player.playbackStateChanged.connect(
            lambda state: self.sig_playing.emit(state == QMediaPlayer.PlaybackState.PlayingState))
        self.player.durationChanged.connect(lambda ms: ms > 0 and self.set_duration(ms / 1000.0))
        self.path: Path | None = None
        self.requested = 0.0  # last position asked for (the media may still be loading)
        self.known_duration = 0.0

    def load(self, path: Path | str) -> None:
        path = Path(path)
        if self.path == path:
            return
        self.path = path
        self.requested = 0.0
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def set_duration(self, seconds: float) -> None:
        """The media's length; the transcript's duration stands in until the media reports it."""
        if seconds > 0 and abs(seconds - self.known_duration) > 0.01:
            self.known_duration = seconds
            self.sig_duration.emit(seconds)

    def duration(self) -> float:
        return self.known_duration

    def current(self) -> float:
        """Where playback is (or will start): the media's position, or the last one asked for."""
        return self.position() if self.player.position() > 0 else self.requested

    def seek(self, seconds: float) -> None:
        """Move without starting playback (the scrubber)."""
        top = self.known_duration or seconds
        self.requested = min(max(0.0, seconds), top)
        self.player.setPosition(int(self.requested * 1000))
        self.sig_position.emit(self.requested)

    def position(self) -> float:
        return self.player.position() / 1000.0

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play_from(self, seconds: float) -> None:
        self.requested = max(0.0, seconds)
        self.player.setPosition(int(self.requested * 1000))
        self.player.play()
        self.sig_position.emit(self.requested)

    def toggle(self) -> None:
        if self.is_playing():
            self.player.pause()
        else:
            self.player.play()

    def skip(self, seconds: float) -> None:
        base = self.current()
        self.requested = max(0.0, base + seconds)
        if self.known_duration:
            self.requested = min(self.requested, self.known_duration)
        self.player.setPosition(int(self.requested * 1000))
        self.sig_position.emit(self.requested)

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
