"""The API key stays in the keychain; bad configuration and bad answers give typed errors."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from desktop.engine.cloud.audit import AuditLog, payload_sha256
from desktop.engine.cloud.client import (
    CloudAuthError,
    CloudClient,
    CloudMissingKeyError,
    CloudNotFoundError,
    CloudUnreachableError,
    UnauthorizedPayloadError,
    canonical_payload,
)
from desktop.engine.cloud.config import CloudConfig, make_client
from desktop.engine.cloud.policy import authorize
from desktop.engine.cloud.router import Router, TaskRequest
from desktop.engine.core import paths, secrets
from desktop.engine.core.jobs import run_job
from desktop.engine.core.settings import Settings, save_settings
from tests.cloud_server import free_port

pytestmark = pytest.mark.slow  # a real llama-cpp-python server and model

KEY = "sk-copydesk-test-9f8e7d6c5b4a39281706"


def test_key_is_sent_to_the_server_but_stored_nowhere_else(store, proxy, cloud_config, local_runner,
                                                           memory_keyring, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    secrets.set_api_key(cloud_config.base_url, KEY)
    settings = Settings()
    settings.cloud.base_url, settings.cloud.model, settings.cloud.enabled = cloud_config.base_url, "smollm2", True
    save_settings(settings)
    router = Router(local_runner, config=cloud_config, audit=AuditLog(store), max_tokens=4)
    result = run_job(router.run(TaskRequest("summary", "Say hi.", privacy="cloud", route="cloud")))
    assert result.route == "cloud", result.notices
    assert proxy.chat_requests()[0].headers.get("authorization") == f"Bearer {KEY}"
    # wrong key → 401 from the proxy: the message names the host, never the key
    proxy.mode = "status:401"
    result = run_job(Router(local_runner, config=cloud_config, audit=AuditLog(store), auto_fallback=False)
                     .run(TaskRequest("summary", "Say hi.", privacy="cloud", route="cloud")))
    assert isinstance(result.error, CloudAuthError) and KEY not in result.error.full_message()
    assert KEY not in repr(result.error.params) and result.error.__cause__ is None
    store.close()
    files = [p for root in (paths.data_dir(), paths.config_dir()) for p in root.rglob("*") if p.is_file()]
    assert any(p.name.startswith("library.sqlite3") for p in files) and paths.settings_path() in files
    for path in files:
        assert KEY.encode() not in path.read_bytes(), path
    assert KEY not in caplog.text
    out, err = capfd.readouterr()
    assert KEY not in out and KEY not in err


def test_empty_key_is_rejected(memory_keyring):
    with pytest.raises(secrets.EmptyApiKeyError):
        secrets.set_api_key("https://api.example.com/v1", "   ")


def test_remote_endpoint_without_key_sends_nothing(store, local_runner, memory_keyring):
    config = CloudConfig(base_url="https://api.example.invalid/v1", model="m", enabled=True)
    router = Router(local_runner, config=config, audit=AuditLog(store))
    result = run_job(router.run(TaskRequest("summary", "Hello.", privacy="cloud", route="cloud")))
    assert isinstance(result.error, CloudMissingKeyError) and result.route == "local"
    assert AuditLog(store).entries() == []


def test_no_keychain_disables_remote_cloud_but_loopback_still_works(store, proxy, cloud_config, local_runner):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        remote = CloudConfig(base_url="https://api.example.invalid/v1", model="m", enabled=True)
        result = run_job(Router(local_runner, config=remote).run(
            TaskRequest("summary", "Hello.", privacy="cloud", route="cloud")))
        assert isinstance(result.error, secrets.KeychainUnavailableError) and result.text
        assert "keychain" in result.notices[0].lower()
        result = run_job(Router(local_runner, config=cloud_config, max_tokens=4).run(
            TaskRequest("summary", "Hello.", privacy="cloud", route="cloud")))
        assert result.route == "cloud"
    finally:
        keyring.set_keyring(previous)


def test_wrong_path_gives_not_found(store, proxy, cloud_config, local_runner, memory_keyring):
    config = replace(cloud_config, base_url=proxy.url.replace("/v1", "/nothing-here"))
    result = run_job(Router(local_runner, config=config, audit=AuditLog(store), auto_fallback=False)
                     .run(TaskRequest("summary", "Hello.", privacy="cloud", route="cloud")))
    assert isinstance(result.error, CloudNotFoundError) and result.offer_local
    assert "/v1" in result.error.full_message()


def test_nothing_listening_gives_unreachable(store, local_runner, memory_keyring):
    config = CloudConfig(base_url=f"http://127.0.0.1:{free_port()}/v1", model="m", enabled=True, max_retries=0)
    result = run_job(Router(local_runner, config=config, audit=AuditLog(store), auto_fallback=False)
                     .run(TaskRequest("summary", "Hello.", privacy="cloud", route="cloud")))
    assert isinstance(result.error, CloudUnreachableError)
    assert [e.outcome for e in AuditLog(store).entries()] == ["unreachable"]


def test_client_refuses_unauthorised_or_altered_payload(proxy, cloud_config):
    client = make_client(cloud_config)
    messages = [{"role": "user", "content": "hello"}]
    auth = authorize(privacy="cloud", base_url=cloud_config.base_url,
                     payload_sha256=payload_sha256(canonical_payload("smollm2", messages)))
    altered = [{"role": "user", "content": "hello and the secret"}]
    with pytest.raises(UnauthorizedPayloadError):
        list(client.stream_chat(altered, authorization=auth))
    other = CloudClient(cloud_config.base_url.replace("/v1", "/v2"), "smollm2", None)
    with pytest.raises(UnauthorizedPayloadError):
        list(other.stream_chat(messages, authorization=auth))
    assert proxy.requests == []


def test_connection_test_lists_models(proxy, cloud_config):
    models = make_client(cloud_config).list_models()
    assert "smollm2" in models
    assert [r.path for r in proxy.requests] == ["/v1/models"] and proxy.requests[0].body == b""
