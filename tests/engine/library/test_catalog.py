"""Library catalogue: filters by type, tag, date, speaker; audio assets referenced and relinked."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from desktop.engine.core.errors import FileAccessError
from desktop.engine.library import media as assets
from desktop.engine.library.catalog import CatalogFilter, all_speakers, all_tags, browse
from desktop.engine.library.store import Store


def _transcript(store: Store, title: str, speaker: str, text: str) -> int:
    with store.transaction() as c:
        cur = c.execute("INSERT INTO transcripts(title, language, created, modified) VALUES (?, 'zh', ?, ?)",
                        (title, time.time(), time.time()))
        tid = int(cur.lastrowid or 0)
        cur = c.execute("INSERT INTO transcript_segments(transcript_id, idx, start, end, text, speaker) "
                        "VALUES (?, 0, 12.5, 15.0, ?, ?)", (tid, text, speaker))
        from desktop.engine.library.textindex import fts_text

        c.execute("INSERT INTO segments_fts(rowid, text) VALUES (?, ?)", (cur.lastrowid, fts_text(text)))
    return tid


def test_filters(store: Store) -> None:
    a = store.create_document("交通稿", "地铁延长运营", language="zh")
    b = store.create_document("Budget", "council budget", language="en")
    store.set_tags(a.id, ["交通", "市政"])
    store.set_tags(b.id, ["财经"])
    tid = _transcript(store, "市长采访", "王市长", "我们会延长地铁运营")
    assert {e.kind for e in browse(store)} == {"document", "transcript"}
    assert [e.id for e in browse(store, CatalogFilter(tags=("交通",)))] == [a.id]
    assert [e.id for e in browse(store, CatalogFilter(kind="transcript"))] == [tid]
    assert [e.id for e in browse(store, CatalogFilter(speaker="王市长"))] == [tid]
    assert [e.id for e in browse(store, CatalogFilter(language="en"))] == [b.id]
    assert browse(store, CatalogFilter(since=time.time() + 100)) == []
    hits = browse(store, CatalogFilter(query="地铁"))
    kinds = {(h.kind, h.id) for h in hits}
    assert kinds == {("document", a.id), ("transcript", tid)}
    transcript_hit = next(h for h in hits if h.kind == "transcript")
    assert transcript_hit.position == 12.5 and transcript_hit.speakers == ["王市长"]
    assert all_tags(store) == ["交通", "市政", "财经"]
    assert all_speakers(store) == ["王市长"]


def test_audio_referenced_missing_and_relinked(store: Store, tmp_path: Path) -> None:
    audio = tmp_path / "采访 录音.wav"
    audio.write_bytes(b"RIFF" + bytes(range(256)) * 100)
    asset = assets.register(store, audio)
    assert asset.path == str(audio.absolute()) and not asset.copied
    assert assets.register(store, audio).id == asset.id  # same file twice is one asset
    assert [e.kind for e in browse(store, CatalogFilter(kind="audio"))] == ["audio"]
    moved = tmp_path / "moved.wav"
    shutil.move(audio, moved)
    assert [a.id for a in assets.missing(store)] == [asset.id]
    other = tmp_path / "other.wav"
    other.write_bytes(b"RIFF" + bytes(100))
    with pytest.raises(assets.AssetMismatchError):
        assets.relink(store, asset.id, other)
    assert assets.relink(store, asset.id, moved).exists
    assert assets.missing(store) == []
    copied = assets.copy_into_library(store, asset.id)
    assert copied.copied and Path(copied.path).read_bytes() == moved.read_bytes()
    with pytest.raises(FileAccessError):
        assets.register(store, tmp_path / "nope.mp3")


def test_transcribed_audio_is_copied_when_the_setting_asks(store: Store, tmp_path: Path) -> None:
    from desktop.engine.core.settings import Settings, save_settings
    from desktop.engine.transcription.transcripts import TranscriptStore

    audio = tmp_path / "field.wav"
    audio.write_bytes(b"RIFF" + bytes(range(200)) * 50)
    referenced = assets.get(store, TranscriptStore(store).add_asset(audio, duration=3.0))
    assert referenced.path == str(audio.absolute()) and not referenced.copied and referenced.sha256
    other = tmp_path / "second.wav"
    other.write_bytes(b"RIFF" + bytes(range(100)) * 50)
    save_settings(Settings(copy_audio_into_library=True))
    copied = assets.get(store, TranscriptStore(store).add_asset(other, duration=2.0))
    assert copied.copied and Path(copied.path).read_bytes() == other.read_bytes()
    assert Path(copied.path).parent.name == "media"
