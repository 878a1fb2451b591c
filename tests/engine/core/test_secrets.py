"""Keys go to the keychain only; no keychain means a clear message, not a crash."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop.engine.core import secrets

URL = "https://api.example.com/v1"


def test_round_trip_per_origin(memory_keyring):
    secrets.set_api_key(URL, "  sk-abc  ")
    assert secrets.get_api_key(URL) == "sk-abc"
    assert secrets.get_api_key("https://API.example.com:443/v2") == "sk-abc"  # same origin
    assert secrets.get_api_key("https://other.example.com/v1") is None  # never reused elsewhere
    assert memory_keyring.data == {("Copydesk", "api-key:https://api.example.com:443"): "sk-abc"}
    assert secrets.delete_api_key(URL) and not secrets.delete_api_key(URL)
    assert secrets.get_api_key(URL) is None


def test_empty_key_rejected(memory_keyring):
    with pytest.raises(secrets.EmptyApiKeyError) as info:
        secrets.set_api_key(URL, "")
    assert info.value.hint("en") and info.value.message("zh_CN")
    assert memory_keyring.data == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_keychain_is_a_typed_error_with_instructions(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert not secrets.keychain_available()
        with pytest.raises(secrets.KeychainUnavailableError) as info:
            secrets.set_api_key(URL, "sk-abc")
        text = info.value.full_message("en")
        assert "keychain" in text and "everything else works" in text
        assert info.value.hint("en")  # how to get one, for this platform
        assert info.value.full_message("zh_CN")
        with pytest.raises(secrets.KeychainUnavailableError):
            secrets.get_api_key(URL)
    finally:
        keyring.set_keyring(previous)


def test_plain_text_file_backends_are_refused():
    class PlaintextLike(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not be called")

        def delete_password(self, service, username):
            pass

    PlaintextLike.__module__ = "keyrings.alt.file"
    assert not secrets.is_safe_backend(PlaintextLike())


def test_locked_keychain_message(memory_keyring, monkeypatch):
    import keyring.errors

    def locked(*_a):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(secrets.KeychainLockedError) as info:
        secrets.get_api_key(URL)
    assert "Unlock" in info.value.full_message("en") and info.value.__cause__ is None


def _backend_class(module: str, priority: float = 5):
    class Backend(KeyringBackend):
        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("a key must never reach this backend")

        def delete_password(self, service, username):
            pass

    Backend.priority = priority  # type: ignore[assignment]
    Backend.__module__ = module
    return Backend


def _chain(*members):
    from keyring.backends.chainer import ChainerBackend

    class Chain(ChainerBackend):
        backends = tuple(members)  # type: ignore[assignment]

    Chain.__module__ = "keyring.backends.chainer"
    return Chain()


def test_a_chain_is_safe_only_if_every_member_is_a_real_keychain(monkeypatch):
    keychain = _backend_class("keyring.backends.SecretService")()
    plaintext = _backend_class("keyrings.alt.file")()
    null = _backend_class("keyring.backends.null", priority=-1)()
    assert secrets.is_safe_backend(_chain(keychain))
    assert not secrets.is_safe_backend(_chain(keychain, plaintext))
    assert not secrets.is_safe_backend(_chain(plaintext, keychain))
    assert not secrets.is_safe_backend(_chain(keychain, null))
    assert not secrets.is_safe_backend(_chain())
    assert not secrets.is_safe_backend(_chain(_chain(keychain, plaintext)))
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: _chain(keychain, plaintext))
    with pytest.raises(secrets.KeychainUnavailableError):
        secrets.set_api_key(URL, "sk-never-written")
    assert not secrets.keychain_available()
