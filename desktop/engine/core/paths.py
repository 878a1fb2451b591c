"""Where Copydesk keeps its files.

``COPYDESK_HOME`` overrides everything (tests, portable installs): data goes to
``$COPYDESK_HOME/data`` and configuration to ``$COPYDESK_HOME/config``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Copydesk"


def _home() -> Path | None:
    value = os.environ.get("COPYDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP, appauthor=False))


def models_dir() -> Path:
    """Assembled model files. ``COPYDESK_MODELS`` lets tests and shared machines reuse one copy."""
    value = os.environ.get("COPYDESK_MODELS")
    return Path(value).expanduser() if value else data_dir() / "models"


def database_path() -> Path:
    return data_dir() / "library.sqlite3"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def user_plugins_dir() -> Path:
    return data_dir() / "plugins"


def assets_dir() -> Path:
    """The shipped data files: icons, default term tables, the speaker model (repository ``assets/``).

    A source checkout (and ``pip install -e``) reads the repository's ``assets/``; a wheel carries the
    same folder as ``desktop/assets`` (pyproject maps it); a PyInstaller bundle puts it beside the
    ``desktop`` package. The first that exists wins.
    """
    package = Path(__file__).resolve().parents[2]  # .../desktop
    for candidate in (package.parent / "assets", package / "assets"):
        if candidate.is_dir():
            return candidate
    return package.parent / "assets"


def asset_path(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
