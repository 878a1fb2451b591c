"""API keys live in the operating system's keychain (via ``keyring``) and nowhere else.

Why only the keychain: settings files, the library database, logs and crash reports are
copied, synced and attached to bug reports; a key written there leaks. So this module never
writes a key to disk itself, refuses keyring backends that do (plain-text files from
``keyrings.alt``), and its errors never carry the key.

Keys are stored per endpoint origin (``scheme://host:port``) so a key saved for one provider
is never sent to another server after the URL is changed.

No keychain → :class:`KeychainUnavailableError` with a message on how to get one; callers
disable the cloud feature and the rest of the app keeps working.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop.engine.core.errors import CopydeskError

SERVICE = "Copydesk"
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Backends that keep secrets in files next to the user's data: refused on purpose.
_UNSAFE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")


class SecretsError(CopydeskError):
    en = "The API key could not be read from or saved to the system keychain."
    zh = "无法在系统钥匙串中读取或保存 API 密钥。"


def _install_hint() -> tuple[str, str]:
    if sys.platform.startswith("linux"):
        return ("Install and unlock a Secret Service keychain (GNOME Keyring or KDE Wallet, e.g. "
                "'sudo apt install gnome-keyring'), log in again, then reopen Copydesk.",
                "请安装并解锁 Secret Service 钥匙串（GNOME Keyring 或 KDE Wallet，例如 "
                "sudo apt install gnome-keyring），重新登录后再打开 Copydesk。")
    if sys.platform == "darwin":
        return ("Unlock the login keychain in Keychain Access, then try again.",
                "请在“钥匙串访问”中解锁登录钥匙串后重试。")
    return ("Make sure Windows Credential Manager is available for your account, then try again.",
            "请确认当前账户可以使用 Windows 凭据管理器，然后重试。")


class KeychainUnavailableError(SecretsError):
    """There is no usable OS keychain: cloud features are turned off, the app works."""

    en = "No system keychain is available, so Copydesk cannot keep a cloud API key. Cloud features are off; everything else works."
    zh = "没有可用的系统钥匙串，Copydesk 无法保存云端 API 密钥。云端功能已关闭，其他功能照常可用。"

    def __init__(self, **params: object) -> None:
        hint_en, hint_zh = _install_hint()
        super().__init__(hint_en=hint_en, hint_zh=hint_zh, **params)


class KeychainLockedError(SecretsError):
    en = "The system keychain is locked or refused access."
    zh = "系统钥匙串已锁定或拒绝访问。"
    hint_en = "Unlock it (you may be asked for your login password) and try again."
    hint_zh = "请解锁钥匙串（可能需要输入登录密码）后重试。"


class EmptyApiKeyError(SecretsError):
    en = "The API key is empty."
    zh = "API 密钥为空。"
    hint_en = "Paste the key from your provider's dashboard. A server on this computer (localhost) needs no key."
    hint_zh = "请粘贴服务商后台提供的密钥。本机（localhost）上的服务器不需要密钥。"


def endpoint_account(base_url: str) -> str:
    """The keychain account name for an endpoint: its origin, lower-case, with the port."""
    parts = urlsplit(base_url.strip())
    scheme = (parts.scheme or "https").lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    except ValueError:
        port = 0
    return f"api-key:{scheme}://{host}:{port}"


def _backend() -> KeyringBackend:
    """The active keyring backend, or KeychainUnavailableError when none can hold secrets."""
    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:
        raise KeychainUnavailableError() from None
    if not is_safe_backend(backend):
        raise KeychainUnavailableError()
    return backend


def is_safe_backend(backend: KeyringBackend) -> bool:
    """True for a real keychain; False for 'no keyring', null, or file-based plain-text backends."""
    module = type(backend).__module__
    if module.startswith(_UNSAFE_MODULE_PREFIXES):
        return False
    if module == "keyring.backends.chainer":
        # A chain writes to its first member that accepts a key and reads from any: one
        # plain-text file backend in it is enough for a key to land on disk.
        members = list(getattr(backend, "backends", []) or [])
        return bool(members) and all(is_safe_backend(member) for member in members)
    priority = getattr(backend, "priority", 0)
    return not (isinstance(priority, int | float) and priority <= 0)


def keychain_available() -> bool:
    """Whether keys can be stored at all (drives whether the cloud feature is enabled)."""
    try:
        _backend()
    except KeychainUnavailableError:
        return False
    return True


def get_api_key(base_url: str) -> str | None:
    """The key saved for ``base_url``'s origin, or None when none is saved."""
    backend = _backend()
    try:
        value = backend.get_password(SERVICE, endpoint_account(base_url))
    except keyring.errors.KeyringLocked:
        raise KeychainLockedError() from None
    except keyring.errors.NoKeyringError:
        raise KeychainUnavailableError() from None
    except keyring.errors.KeyringError:
        raise SecretsError() from None
    return value or None


def set_api_key(base_url: str, key: str) -> None:
    """Save ``key`` for ``base_url``'s origin. Whitespace around a pasted key is dropped."""
    key = key.strip()
    if not key:
        raise EmptyApiKeyError()
    backend = _backend()
    try:
        backend.set_password(SERVICE, endpoint_account(base_url), key)
    except keyring.errors.KeyringLocked:
        raise KeychainLockedError() from None
    except keyring.errors.NoKeyringError:
        raise KeychainUnavailableError() from None
    except keyring.errors.KeyringError:
        raise SecretsError() from None


def delete_api_key(base_url: str) -> bool:
    """Remove the key for ``base_url``'s origin; False when there was none."""
    backend = _backend()
    account = endpoint_account(base_url)
    try:
        if backend.get_password(SERVICE, account) is None:
            return False
        backend.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringLocked:
        raise KeychainLockedError() from None
    except keyring.errors.KeyringError:
        raise SecretsError() from None
    return True
