"""The one gate every cloud request passes before any byte leaves the computer.

:func:`authorize` is the single decision point: it checks the document's privacy level,
that cloud use is switched on, that the endpoint is https (or loopback), and, for "Ask each
time" documents, that the user said yes to this exact payload. It returns a
:class:`CloudAuthorization` bound to the payload's sha256; the client refuses to send
anything without one, or with one issued for a different payload or endpoint.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

from desktop.engine.core.errors import CopydeskError


class PrivacyLevel(StrEnum):
    LOCAL = "local"  # Local only: never leaves the device
    ASK = "ask"  # Ask each time: the user sees the masked payload and confirms
    CLOUD = "cloud"  # Cloud allowed (still masked and logged)


class CloudRefusedError(CopydeskError):
    """The request may not go to the cloud. Nothing was sent; the task can run locally."""

    en = "This task was not sent to the cloud."
    zh = "此任务未发送到云端。"
    code = "refused"


class LocalOnlyError(CloudRefusedError):
    en = "This document is set to Local only, so nothing from it is sent to the cloud."
    zh = "此文档设为“仅本机”，其内容不会发送到云端。"
    hint_en = "Change the document's privacy level to use a cloud model."
    hint_zh = "如需使用云端模型，请更改文档的隐私级别。"
    code = "local-only"


class ConsentRequiredError(CloudRefusedError):
    en = "This document asks before anything is sent, and the request was not confirmed."
    zh = "此文档要求每次发送前确认，本次请求未获确认。"
    code = "no-consent"


class CloudDisabledError(CloudRefusedError):
    en = "Cloud models are turned off."
    zh = "云端模型已关闭。"
    hint_en = "Set a provider in Settings › Cloud to use one."
    hint_zh = "如需使用，请在“设置 › 云端”中配置服务商。"
    code = "disabled"


class InvalidEndpointError(CloudRefusedError):
    en = "'{url}' is not a usable endpoint address."
    zh = "“{url}”不是可用的服务地址。"
    hint_en = "Enter the provider's base URL, e.g. https://api.example.com/v1"
    hint_zh = "请输入服务商的基础地址，例如 https://api.example.com/v1"
    code = "bad-url"


class InsecureEndpointError(CloudRefusedError):
    en = "The endpoint {host} does not use https, so nothing is sent to it."
    zh = "服务地址 {host} 未使用 https，不会向其发送任何内容。"
    hint_en = "Use an https:// address. Plain http is only allowed for a server on this computer (localhost)."
    hint_zh = "请使用 https:// 地址。只有本机（localhost）上的服务器可以使用 http。"
    code = "insecure-url"


@dataclass(frozen=True)
class Endpoint:
    """A validated base URL (no credentials, no query) and what it points at."""

    base_url: str
    scheme: str
    host: str
    port: int
    loopback: bool

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


def is_loopback_host(host: str) -> bool:
    """Literal loopback only: 127.0.0.0/8, ::1 and the name 'localhost'.

    Not ``*.localhost``: RFC 6761 only asks resolvers to map those to loopback, and a system
    resolver, proxy or hosts file may send ``api.localhost`` anywhere; plain http must never
    depend on how a name resolves.
    """
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_endpoint(base_url: str) -> Endpoint:
    """Parse and check ``base_url``: https anywhere, http only on loopback; no userinfo."""
    raw = (base_url or "").strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        raise InvalidEndpointError(url=raw[:200]) from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host or parts.username or parts.password:
        raise InvalidEndpointError(url=_safe_url(raw))
    if any(ch.isspace() for ch in raw) or parts.query or parts.fragment:
        raise InvalidEndpointError(url=_safe_url(raw))
    loopback = is_loopback_host(host)
    if scheme != "https" and not loopback:
        raise InsecureEndpointError(host=host)
    port = port or (443 if scheme == "https" else 80)
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    clean = urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))
    return Endpoint(clean, scheme, host, port, loopback)


def _safe_url(raw: str) -> str:
    """The URL for a message, without any user:password@ part (never echo credentials)."""
    try:
        parts = urlsplit(raw)
    except ValueError:
        return raw[:200]
    if "@" in parts.netloc:
        netloc = parts.netloc.rsplit("@", 1)[1]
        raw = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    return raw[:200]


@dataclass(frozen=True)
class CloudAuthorization:
    """Permission to send one payload (by sha256) to one endpoint. Only :func:`authorize` makes these."""

    endpoint: Endpoint
    payload_sha256: str
    privacy: PrivacyLevel
    consented: bool
    _token: object = field(repr=False, compare=False, default=None)

    def valid_for(self, base_url: str, payload_sha256: str) -> bool:
        return (self._token is _ISSUED and self.payload_sha256 == payload_sha256
                and self.endpoint.base_url == validate_endpoint(base_url).base_url)


_ISSUED = object()


def authorize(*, privacy: str | PrivacyLevel, base_url: str, payload_sha256: str,
              cloud_enabled: bool = True, consent: bool | None = None) -> CloudAuthorization:
    """Decide whether this payload may go to ``base_url``. Raises a CloudRefusedError if not.

    ``consent`` is the user's answer for this exact payload (None: not asked). It matters
    only for "ask" documents; "cloud" documents are allowed without asking.
    """
    try:
        level = PrivacyLevel(privacy)
    except ValueError:
        level = PrivacyLevel.LOCAL  # unknown level: the safest reading
    if level is PrivacyLevel.LOCAL:
        raise LocalOnlyError()
    if not cloud_enabled:
        raise CloudDisabledError()
    endpoint = validate_endpoint(base_url)
    if level is PrivacyLevel.ASK and consent is not True:
        raise ConsentRequiredError()
    if len(payload_sha256) != 64:
        raise ValueError("payload_sha256 must be a sha256 hex digest")
    return CloudAuthorization(endpoint, payload_sha256, level, consent is True, _ISSUED)


def may_use_cloud(privacy: str | PrivacyLevel, cloud_enabled: bool = True) -> bool:
    """Quick check for the UI (e.g. whether to offer the cloud at all); :func:`authorize` decides."""
    try:
        level = PrivacyLevel(privacy)
    except ValueError:
        return False
    return level is not PrivacyLevel.LOCAL and cloud_enabled
