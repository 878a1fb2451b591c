"""The one gate: privacy level, consent, https-only except loopback."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.policy import (
    CloudDisabledError,
    ConsentRequiredError,
    InsecureEndpointError,
    InvalidEndpointError,
    LocalOnlyError,
    authorize,
    is_loopback_host,
    may_use_cloud,
    validate_endpoint,
)

SHA = "a" * 64


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/v1", "http://localhost:1234/v1", "http://[::1]:9/v1",
                                 "https://api.example.com/v1", "HTTPS://API.Example.com/v1/", "http://127.5.6.7/v1"])
def test_allowed_endpoints(url):
    ep = validate_endpoint(url)
    assert ep.base_url.startswith(("http://", "https://")) and not ep.base_url.endswith("/")


@pytest.mark.parametrize("url", ["http://example.com/v1", "http://10.0.0.5:8000/v1", "http://192.168.1.2/v1",
                                 "http://127.0.0.1.evil.com/v1", "http://localhost.example.com/v1",
                                 "http://api.localhost/v1", "http://evil.localhost:8080/v1", "http://localhost.evil/v1"])
def test_plain_http_to_anything_but_loopback_is_refused(url):
    with pytest.raises(InsecureEndpointError) as info:
        validate_endpoint(url)
    assert "https" in info.value.full_message("en") and info.value.message("zh_CN")


@pytest.mark.parametrize("url", ["", "   ", "api.example.com/v1", "ftp://x.example.com", "file:///etc/passwd",
                                 "https://user:s3cr3tpw@api.example.com/v1", "https://api.example.com/v1?x=1",
                                 "https://exa mple.com", "https://[::1/v1", "https://host:99999/v1"])
def test_bad_urls_are_refused(url):
    with pytest.raises(InvalidEndpointError) as info:
        validate_endpoint(url)
    assert "s3cr3tpw" not in info.value.full_message()  # credentials are never echoed


def test_loopback_detection():
    assert is_loopback_host("127.0.0.1") and is_loopback_host("::1") and is_loopback_host("LOCALHOST")
    assert not is_loopback_host("0.0.0.0") and not is_loopback_host("example.com")


def test_privacy_levels():
    url = "https://api.example.com/v1"
    with pytest.raises(LocalOnlyError):
        authorize(privacy="local", base_url=url, payload_sha256=SHA, consent=True)
    with pytest.raises(LocalOnlyError):
        authorize(privacy="weird", base_url=url, payload_sha256=SHA)  # unknown = safest
    with pytest.raises(ConsentRequiredError):
        authorize(privacy="ask", base_url=url, payload_sha256=SHA)
    with pytest.raises(ConsentRequiredError):
        authorize(privacy="ask", base_url=url, payload_sha256=SHA, consent=False)
    auth = authorize(privacy="ask", base_url=url, payload_sha256=SHA, consent=True)
    assert auth.consented and auth.valid_for(url + "/", SHA) and not auth.valid_for(url, "b" * 64)
    assert authorize(privacy="cloud", base_url=url, payload_sha256=SHA).valid_for(url, SHA)
    with pytest.raises(CloudDisabledError):
        authorize(privacy="cloud", base_url=url, payload_sha256=SHA, cloud_enabled=False)
    with pytest.raises(InsecureEndpointError):
        authorize(privacy="cloud", base_url="http://example.com", payload_sha256=SHA)


def test_local_only_wins_over_a_bad_url_and_forged_authorizations_are_invalid():
    with pytest.raises(LocalOnlyError):
        authorize(privacy="local", base_url="http://example.com", payload_sha256=SHA)
    from desktop.engine.cloud.policy import CloudAuthorization

    forged = CloudAuthorization(validate_endpoint("https://a.example.com"), SHA, "cloud", True)  # type: ignore[arg-type]
    assert not forged.valid_for("https://a.example.com", SHA)


def test_may_use_cloud():
    assert not may_use_cloud("local") and may_use_cloud("ask") and may_use_cloud("cloud")
    assert not may_use_cloud("cloud", cloud_enabled=False) and not may_use_cloud("bogus")
