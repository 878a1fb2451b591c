"""Audio files in the library: referenced where they are (by default) or copied in.

A reporter's recordings often live on an SD card or a shared drive, so Copydesk keeps the
path, size and a fingerprint. When a file is moved, ``check`` reports it and ``relink``
accepts the new location only if it is the same recording (size + fingerprint).
"""

from __future__ import annotations

import hashlib
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.core import paths
from desktop.engine.core.errors import CopydeskError, FileAccessError
from desktop.engine.library.store import Store

FINGERPRINT_BYTES = 4 * 1024 * 1024  # head + tail: fast on 3-hour files, still specific


class AssetMismatchError(CopydeskError):
    en = "{path} is not the same recording as the one in the library ({reason})."
    zh = "{path} 与资料库中的录音不是同一个文件（{reason}）。"


@dataclass(frozen=True)
class Asset:
    id: int
    kind: str
    path: str
    title: str
    size: int | None
    sha256: str | None
    copied: bool
    exists: bool


def fingerprint(path: Path) -> str:
    """sha256 of the size, the first and the last 4 MB (a full hash of hours of audio is slow)."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with open(path, "rb") as fh:
        digest.update(fh.read(FINGERPRINT_BYTES))
        if size > FINGERPRINT_BYTES:
            fh.seek(max(FINGERPRINT_BYTES, size - FINGERPRINT_BYTES))
            digest.update(fh.read(FINGERPRINT_BYTES))
    return digest.hexdigest()


def _row_to_asset(row: tuple) -> Asset:
    aid, kind, path, title, size, sha, copied = row
    return Asset(aid, kind, path, title, size, sha, bool(copied), Path(path).exists())


def get(store: Store, asset_id: int) -> Asset:
    rows = store.query("SELECT id, kind, path, title, size, sha256, copied FROM assets WHERE id=?", (asset_id,))
    if not rows:
        raise FileAccessError(path=f"asset {asset_id}", reason="not in the library / 不在资料库中")
    return _row_to_asset(rows[0])


def register(store: Store, path: Path | str, kind: str = "audio", copy: bool = False) -> Asset:
    """Add a media file by reference (or copied into the library folder when ``copy``)."""
    src = Path(path).expanduser().absolute()  # keep the path the reporter chose (symlinks, mounts)
    if not src.is_file():
        raise FileAccessError(path=str(src), reason="file not found / 文件不存在")
    size = src.stat().st_size
    fp = fingerprint(src)
    existing = store.query("SELECT id FROM assets WHERE sha256=? AND size=?", (fp, size))
    if existing:
        return get(store, existing[0][0])
    target = src
    if copy:
        target = _copy_in(src, fp)
    with store.transaction() as c:
        cur = c.execute("INSERT INTO assets(kind, path, title, size, sha256, copied, created) VALUES (?,?,?,?,?,?,?)",
                        (kind, str(target), src.stem, size, fp, int(copy), time.time()))
    return get(store, int(cur.lastrowid or 0))


def _copy_in(src: Path, fp: str) -> Path:
    folder = paths.data_dir() / "media"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{fp[:12]}-{src.name}"
    try:
        shutil.copy2(src, target)
    except OSError as err:
        raise FileAccessError(path=str(target), reason=err.strerror or str(err)) from err
    return target


def missing(store: Store) -> list[Asset]:
    rows = store.query("SELECT id, kind, path, title, size, sha256, copied FROM assets ORDER BY id")
    return [a for a in map(_row_to_asset, rows) if not a.exists]


def relink(store: Store, asset_id: int, new_path: Path | str) -> Asset:
    asset = get(store, asset_id)
    new = Path(new_path).expanduser().absolute()
    if not new.is_file():
        raise FileAccessError(path=str(new), reason="file not found / 文件不存在")
    if asset.size is not None and new.stat().st_size != asset.size:
        raise AssetMismatchError(path=str(new), reason="different size / 大小不同")
    if asset.sha256 and fingerprint(new) != asset.sha256:
        raise AssetMismatchError(path=str(new), reason="different content / 内容不同")
    with store.transaction() as c:
        c.execute("UPDATE assets SET path=? WHERE id=?", (str(new), asset_id))
    return get(store, asset_id)


def copy_into_library(store: Store, asset_id: int) -> Asset:
    asset = get(store, asset_id)
    if asset.copied:
        return asset
    if not asset.exists:
        raise FileAccessError(path=asset.path, reason="file not found / 文件不存在")
    target = _copy_in(Path(asset.path), asset.sha256 or fingerprint(Path(asset.path)))
    with store.transaction() as c:
        c.execute("UPDATE assets SET path=?, copied=1 WHERE id=?", (str(target), asset_id))
    return get(store, asset_id)
