"""Missing recordings are listed and can be relinked only to the same recording."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.engine.library import media as assets


def test_relink_flow(qtbot, store, tmp_path: Path) -> None:
    from desktop.ui.media_dialog import MissingMediaDialog

    audio = tmp_path / "interview.wav"
    audio.write_bytes(b"RIFF" + bytes(range(256)) * 40)
    asset = assets.register(store, audio)
    dialog = MissingMediaDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.relink_button.isEnabled()
    moved = tmp_path / "sd-card" / "interview.wav"
    moved.parent.mkdir()
    shutil.move(audio, moved)
    dialog.refresh()
    assert dialog.list.count() == 1 and dialog.relink_button.isEnabled()
    wrong = tmp_path / "other.wav"
    wrong.write_bytes(b"RIFF" + bytes(10))
    assert dialog.relink(asset.id, str(wrong)) is False and "not the same recording" in dialog.message.text()
    assert dialog.relink(asset.id, str(moved)) is True
    assert dialog.list.count() == 0
