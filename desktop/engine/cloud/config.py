"""Where the cloud provider comes from: settings, or environment variables for headless use.

``COPYDESK_CLOUD_BASE_URL`` / ``COPYDESK_CLOUD_MODEL`` override the settings (and switch the
feature on) so the CLI can be pointed at a provider without touching the config file. The key
is never read from the environment or the settings: only from the keychain (:mod:`secrets`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop.engine.cloud.audit import AuditLog, payload_sha256
from desktop.engine.cloud.client import CloudClient, CloudError, CloudMissingKeyError
from desktop.engine.cloud.policy import CloudDisabledError, validate_endpoint
from desktop.engine.core import secrets
from desktop.engine.core.jobs import CancelToken, Job, Progress
from desktop.engine.core.settings import Settings

ENV_BASE_URL = "COPYDESK_CLOUD_BASE_URL"
ENV_MODEL = "COPYDESK_CLOUD_MODEL"


@dataclass(frozen=True)
class CloudConfig:
    base_url: str = ""
    model: str = ""
    enabled: bool = False
    stall_timeout_s: float = 60.0
    max_retries: int = 2

    @property
    def configured(self) -> bool:
        return bool(self.base_url.strip() and self.model.strip())

    @property
    def usable(self) -> bool:
        return self.enabled and self.configured

    @property
    def host(self) -> str:
        try:
            return validate_endpoint(self.base_url).host
        except Exception:  # a bad URL has no host to show; policy reports why later
            return ""


def load_cloud_config(settings: Settings | None = None, env: Mapping[str, str] | None = None) -> CloudConfig:
    """Settings first, then the environment variables on top (they also enable the feature)."""
    env = os.environ if env is None else env
    base_url = model = ""
    enabled = False
    timeout = 60.0
    if settings is not None:
        base_url, model = settings.cloud.base_url, settings.cloud.model
        enabled, timeout = settings.cloud.enabled, settings.cloud.timeout_s
    env_url, env_model = env.get(ENV_BASE_URL, "").strip(), env.get(ENV_MODEL, "").strip()
    if env_url:
        base_url, enabled = env_url, True
    if env_model:
        model = env_model
    return CloudConfig(base_url=base_url.strip(), model=model.strip(), enabled=enabled, stall_timeout_s=timeout)


def resolve_api_key(config: CloudConfig) -> str:
    """The key from the keychain ("" for a keyless loopback server).

    No keychain: loopback servers still work keyless; remote ones raise
    :class:`secrets.KeychainUnavailableError` (cloud off, app fine).
    """
    endpoint = validate_endpoint(config.base_url)
    try:
        key = secrets.get_api_key(endpoint.base_url)
    except secrets.KeychainUnavailableError:
        if endpoint.loopback:
            return ""
        raise
    if key:
        return key
    if endpoint.loopback:
        return ""
    raise CloudMissingKeyError(host=endpoint.host)


def make_client(config: CloudConfig, **options: object) -> CloudClient:
    """A client for ``config`` with its key from the keychain."""
    if not config.configured:
        raise CloudDisabledError()
    key = resolve_api_key(config)
    kwargs: dict[str, object] = {"stall_timeout_s": config.stall_timeout_s, "max_retries": config.max_retries}
    kwargs.update(options)
    return CloudClient(config.base_url, config.model, key, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ConnectionReport:
    host: str
    model: str
    models: tuple[str, ...]
    model_listed: bool
    bytes_sent: int
    bytes_received: int


def connection_test_job(config: CloudConfig, cancel: CancelToken,
                        audit: AuditLog | None = None) -> Job[ConnectionReport]:
    """"Test connection": checks the URL (https rule), the key and the model list. Sends no
    document content, but it is still a request carrying the key, so it is audited too."""
    endpoint = validate_endpoint(config.base_url)
    yield Progress(0, 2, endpoint.host)
    client = make_client(replace(config, max_retries=0))
    outcome = "failed"
    try:
        cancel.raise_if_cancelled()
        models = client.list_models()
        outcome = "ok"
    except CloudError as err:
        outcome = err.outcome
        raise
    finally:
        client.close()
        if audit is not None and client.meter.requests:
            audit.record(document_id=None, task="test-connection", endpoint_host=endpoint.host, model=config.model,
                         bytes_sent=client.meter.sent, bytes_received=client.meter.received, redactions=0,
                         payload_sha256=payload_sha256(""), outcome=outcome)
    yield Progress(2, 2, endpoint.host)
    return ConnectionReport(endpoint.host, config.model, tuple(models), config.model in models,
                            client.meter.sent, client.meter.received)
