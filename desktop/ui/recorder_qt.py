"""The microphone as an engine :class:`~desktop.engine.transcription.pcm.PcmSource`, through QtMultimedia.

QAudioSource is used in pull mode: ``start()`` returns a QIODevice and the recorder's
timer reads whatever it buffered (``readAll``) every tenth of a second, on the GUI thread,
which costs microseconds. 16 kHz mono 16-bit is asked for; a device that cannot give it
is opened in its preferred format and converted by the engine (``pcm.to_pcm16_mono``).
A device that disappears or fails shows as ``finished`` with a reason, and the recorder
keeps what it already wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QIODevice
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

from desktop.engine.core.errors import CopydeskError
from desktop.engine.transcription.pcm import SAMPLE_RATE, to_pcm16_mono

_FORMATS = {
    QAudioFormat.SampleFormat.UInt8: "uint8",
    QAudioFormat.SampleFormat.Int16: "int16",
    QAudioFormat.SampleFormat.Int32: "int32",
    QAudioFormat.SampleFormat.Float: "float32",
}


class NoMicrophoneError(CopydeskError):
    en = "No microphone was found."
    zh = "没有找到麦克风。"
    hint_en = "Plug in a microphone or headset (or allow Copydesk to use it in the system settings), then try again."
    hint_zh = "请接上麦克风或耳机（或在系统设置中允许 Copydesk 使用麦克风），然后重试。"


class MicrophoneFailedError(CopydeskError):
    en = "The microphone {name} could not be opened ({reason})."
    zh = "无法打开麦克风 {name}（{reason}）。"
    hint_en = "Another program may be using it. Close it, or choose another microphone."
    hint_zh = "可能有其他程序正在使用它。请关闭那个程序，或换一个麦克风。"


def microphones() -> list[QAudioDevice]:
    return list(QMediaDevices.audioInputs())


class QtMicSource:
    """One microphone, opened on :meth:`start` and closed on :meth:`stop`."""

    def __init__(self, device: QAudioDevice | None = None) -> None:
        device = device if device is not None else QMediaDevices.defaultAudioInput()
        if device is None or device.isNull():
            raise NoMicrophoneError()
        self.device = device
        wanted = QAudioFormat()
        wanted.setSampleRate(SAMPLE_RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.format = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        if self.format.sampleFormat() not in _FORMATS:
            raise MicrophoneFailedError(name=device.description(), reason=QCoreApplication.translate("QtMicSource", "unsupported sample format"))
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._error = ""

    @property
    def finished(self) -> bool:
        return bool(self._error) or (self._source is not None and self._source.state() == QAudio.State.StoppedState
                                     and self._io is None)

    @property
    def error(self) -> str:
        return self._error

    def start(self) -> None:
        self._source = QAudioSource(self.device, self.format)
        self._source.setBufferSize(self.format.bytesForDuration(1_000_000))  # a second of slack
        self._io = self._source.start()
        if self._io is None or self._source.error() != QAudio.Error.NoError:
            raise MicrophoneFailedError(name=self.device.description(), reason=str(self._source.error()))

    def read(self) -> bytes:
        if self._io is None or self._source is None:
            return b""
        if self._source.error() not in (QAudio.Error.NoError, QAudio.Error.UnderrunError):
            self._error = QCoreApplication.translate("QtMicSource", "the microphone stopped delivering sound")
        data = bytes(self._io.readAll().data())
        if not data:
            return b""
        fmt = self.format
        if (fmt.sampleRate(), fmt.channelCount(), fmt.sampleFormat()) == (SAMPLE_RATE, 1,
                                                                          QAudioFormat.SampleFormat.Int16):
            return data
        return to_pcm16_mono(data, _FORMATS[fmt.sampleFormat()], fmt.channelCount(), fmt.sampleRate())

    def stop(self) -> None:
        if self._source is not None:
            self._source.stop()
        self._io = None
