"""Copydesk: an offline newsroom editor.

onnxruntime (CAM++ speaker model, faster-whisper's VAD) starts Microsoft's 1DS telemetry
client on import, which writes a ``.ses`` session file into TMPDIR and would phone home if
it could. Copydesk is private by default, so telemetry is switched off here, before any
engine module can import onnxruntime; spawned transcription children inherit it.
"""

import os

__version__ = "0.1.0"

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
