"""Talks to any OpenAI-compatible chat endpoint through the official ``openai`` SDK.

Why a wrapper: the SDK's errors, timeouts and streams are turned into Copydesk's typed errors
with words a reporter understands (and never the key or the payload); it refuses to send a
payload that :func:`policy.authorize` did not approve; it caps how much it will read; and it
counts bytes each way for the audit log. The answer is returned as plain text only: tool
calls or anything else a server puts in a response are ignored, never acted upon.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx2

from desktop.engine.cloud.audit import payload_sha256
from desktop.engine.cloud.policy import CloudAuthorization, Endpoint, validate_endpoint
from desktop.engine.core.errors import CopydeskError, JobCancelled
from desktop.engine.core.jobs import CancelToken

_log = logging.getLogger(__name__)

DEFAULT_MAX_RESPONSE_CHARS = 200_000  # ~ a long book chapter; more is not an answer
DEFAULT_MAX_RESPONSE_BYTES = 8_000_000
_CANCEL_POLL_S = 0.1


def _hang_up(live: list[Any]) -> None:
    """Shut the socket of an abandoned streaming response so its helper thread ends now.

    ``shutdown`` (unlike ``close``) wakes a thread blocked in ``recv`` on every platform.
    A request still waiting for its headers has no response yet: its thread ends at the
    stall timeout, reads nothing more into the app, and the caller has already moved on.
    """
    for stream in live:
        response = getattr(stream, "response", None)
        network = getattr(response, "extensions", {}).get("network_stream") if response is not None else None
        sock = network.get_extra_info("socket") if network is not None else None
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if response is not None:
            with contextlib.suppress(Exception):
                response.close()


class CloudError(CopydeskError):
    """A cloud request failed. Nothing in the document changed; the task can run on this device."""

    en = "The cloud model could not finish the task."
    zh = "云端模型未能完成任务。"
    hint_en = "Your document was not changed. You can run the task on this device instead."
    hint_zh = "文档未被改动。可以改为在本机运行此任务。"
    outcome = "failed"  # audit log code
    offer_local = True


class CloudAuthError(CloudError):
    en = "The cloud service at {host} rejected the API key (HTTP {status})."
    zh = "{host} 的云服务拒绝了 API 密钥（HTTP {status}）。"
    hint_en = "Check the key in Settings › Cloud. Your document was not changed; you can run the task on this device."
    hint_zh = "请在“设置 › 云端”中检查密钥。文档未被改动，可以改为在本机运行。"
    outcome = "auth-failed"


class CloudMissingKeyError(CloudError):
    en = "No API key is saved for {host}."
    zh = "尚未为 {host} 保存 API 密钥。"
    hint_en = "Add the key in Settings › Cloud, or run the task on this device."
    hint_zh = "请在“设置 › 云端”中添加密钥，或改为在本机运行。"
    outcome = "auth-failed"


class CloudServerError(CloudError):
    en = "The cloud service at {host} had an internal error (HTTP {status})."
    zh = "{host} 的云服务出现内部错误（HTTP {status}）。"
    outcome = "server-error"


class CloudRateLimitError(CloudError):
    en = "The cloud service at {host} is busy or your quota is used up (HTTP 429)."
    zh = "{host} 的云服务繁忙或额度已用完（HTTP 429）。"
    outcome = "rate-limited"


class CloudNotFoundError(CloudError):
    en = "{host} has no chat endpoint or no model called '{model}' (HTTP 404)."
    zh = "{host} 上没有对话接口或没有名为“{model}”的模型（HTTP 404）。"
    hint_en = "Check the base URL (it usually ends in /v1) and the model name in Settings › Cloud."
    hint_zh = "请在“设置 › 云端”中检查基础地址（通常以 /v1 结尾）和模型名称。"
    outcome = "not-found"


class CloudRejectedError(CloudError):
    en = "The cloud service at {host} refused the request (HTTP {status}); the text may be too long for the model."
    zh = "{host} 的云服务拒绝了请求（HTTP {status}），可能是文本超出了模型的长度限制。"
    outcome = "rejected"


class CloudTimeoutError(CloudError):
    en = "The cloud service at {host} stopped answering ({seconds:.0f} s without data)."
    zh = "{host} 的云服务停止响应（{seconds:.0f} 秒没有数据）。"
    outcome = "timeout"


class CloudUnreachableError(CloudError):
    en = "Cannot reach {host}: the computer is offline, or the address is wrong."
    zh = "无法连接 {host}：电脑可能离线，或地址有误。"
    outcome = "unreachable"


class CloudInterruptedError(CloudError):
    en = "The connection to {host} broke before the answer was complete."
    zh = "与 {host} 的连接在回答完成前中断。"
    outcome = "interrupted"


class CloudMalformedResponseError(CloudError):
    en = "{host} answered with something that is not an OpenAI-compatible chat response."
    zh = "{host} 返回的内容不是 OpenAI 兼容的对话响应。"
    hint_en = "Check the base URL in Settings › Cloud. Your document was not changed; you can run the task on this device."
    hint_zh = "请在“设置 › 云端”中检查基础地址。文档未被改动，可以改为在本机运行。"
    outcome = "malformed"


class CloudResponseTooLargeError(CloudError):
    en = "The answer from {host} was larger than {limit} and was stopped."
    zh = "{host} 返回的回答超过 {limit}，已停止接收。"
    outcome = "too-large"


class UnauthorizedPayloadError(CopydeskError):
    """A programming error: a send without (or with a mismatched) policy authorization."""

    en = "Refused to send: this request was not approved by the privacy check."
    zh = "已拒绝发送：该请求未通过隐私检查。"


@dataclass
class TransferMeter:
    """Bytes on the wire for one client (all attempts, retries included)."""

    sent: int = 0
    received: int = 0
    requests: int = 0


class _CountingStream(httpx2.SyncByteStream):
    def __init__(self, inner: Any, meter: TransferMeter, limit: int, host: str) -> None:
        self.inner, self.meter, self.limit, self.host = inner, meter, limit, host

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.meter.received += len(chunk)
            if self.meter.received > self.limit:
                raise CloudResponseTooLargeError(host=self.host, limit=_size(self.limit))
            yield chunk

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


class _CountingTransport(httpx2.BaseTransport):
    """Wraps the real transport to count bytes and cap what is read."""

    def __init__(self, meter: TransferMeter, limit: int, host: str) -> None:
        self.inner = httpx2.HTTPTransport()
        self.meter, self.limit, self.host = meter, limit, host

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        self.meter.requests += 1
        self.meter.sent += len(body) + sum(len(k) + len(v) + 4 for k, v in request.headers.raw)
        response = self.inner.handle_request(request)
        response.stream = _CountingStream(response.stream, self.meter, self.limit, self.host)
        return response

    def close(self) -> None:
        self.inner.close()


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n:,} characters"


def canonical_payload(model: str, messages: list[dict[str, str]]) -> str:
    """The exact content that is sent, as one string; its sha256 is what consent and the audit refer to."""
    return json.dumps({"model": model, "messages": messages}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


class CloudClient:
    """One endpoint + model + key. Construct per task; cheap."""

    def __init__(self, base_url: str | Endpoint, model: str, api_key: str | None, *,
                 stall_timeout_s: float = 30.0, total_timeout_s: float = 300.0,
                 connect_timeout_s: float = 10.0, max_retries: int = 2,
                 max_response_chars: int = DEFAULT_MAX_RESPONSE_CHARS,
                 max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self.endpoint = base_url if isinstance(base_url, Endpoint) else validate_endpoint(base_url)
        self.model = model
        self.host = self.endpoint.host
        if not api_key and not self.endpoint.loopback:
            raise CloudMissingKeyError(host=self.host)
        self.stall_timeout_s = stall_timeout_s
        self.total_timeout_s = total_timeout_s
        self.max_response_chars = max_response_chars
        self.meter = TransferMeter()
        timeout = httpx2.Timeout(stall_timeout_s, connect=connect_timeout_s)
        http = httpx2.Client(transport=_CountingTransport(self.meter, max_response_bytes, self.host),
                             timeout=timeout, follow_redirects=False, trust_env=False)
        # Explicit empty organization/project keep OPENAI_* variables meant for OpenAI from
        # being sent to another provider; a callable key lets a loopback server run keyless.
        import openai  # ~0.6 s to import: only when a cloud call is really made, not at app start

        key_arg: Any = api_key if api_key else (lambda: "")
        self._headers: dict[str, Any] = {"OpenAI-Organization": openai.omit, "OpenAI-Project": openai.omit}
        if not api_key:
            self._headers["Authorization"] = openai.omit
        self._sdk = openai.OpenAI(base_url=self.endpoint.base_url, api_key=key_arg, organization="",
                                  project="", timeout=timeout, max_retries=max_retries, http_client=http)

    def close(self) -> None:
        self._sdk.close()

    # --- chat ------------------------------------------------------------------------------
    def stream_chat(self, messages: list[dict[str, str]], *, authorization: CloudAuthorization,
                    cancel: CancelToken | None = None, max_tokens: int | None = None,
                    temperature: float | None = None) -> Iterator[str]:
        """Yield the answer's text as it arrives. Raises a :class:`CloudError` subclass on failure."""
        sha = payload_sha256(canonical_payload(self.model, messages))
        if not isinstance(authorization, CloudAuthorization) or not authorization.valid_for(
                self.endpoint.base_url, sha):
            raise UnauthorizedPayloadError()
        extra: dict[str, Any] = {}
        if max_tokens is not None:
            extra["max_tokens"] = max_tokens
        if temperature is not None:
            extra["temperature"] = temperature
        # The SDK blocks in a socket read for up to the stall timeout; Cancel must not wait for
        # it. So the request runs on a helper thread and this generator waits on a queue in
        # short steps, checking the token: Cancel ends the request within ~0.1 s.
        pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()
        live: list[Any] = []
        worker = threading.Thread(target=self._pump, args=(messages, extra, pieces, stop, live), daemon=True,
                                  name="copydesk-cloud-request")
        worker.start()
        finished = False
        try:
            while True:
                try:
                    kind, value = pieces.get(timeout=_CANCEL_POLL_S)
                except queue.Empty:
                    if cancel is not None and cancel.cancelled:
                        raise JobCancelled() from None
                    continue
                if cancel is not None and cancel.cancelled:
                    raise JobCancelled()
                if kind == "chunk":
                    yield value
                elif kind == "end":
                    finished = True
                    return
                else:
                    finished = True
                    raise value
        finally:
            stop.set()
            if not finished and worker.is_alive():  # cancelled or abandoned mid-answer
                _hang_up(live)

    def _pump(self, messages: list[dict[str, str]], extra: dict[str, Any], pieces: queue.Queue, stop: threading.Event,
              live: list[Any]) -> None:
        """Runs on the helper thread: the request, its stream, errors mapped to typed ones."""
        started = time.monotonic()
        stream = None
        try:
            stream = self._sdk.chat.completions.create(model=self.model, messages=messages,  # type: ignore[arg-type]
                                                       stream=True, extra_headers=self._headers, **extra)
            live.append(stream)
            for piece in self._read(stream, started, None):
                if stop.is_set():
                    return
                pieces.put(("chunk", piece))
            pieces.put(("end", None))
        except CopydeskError as err:
            pieces.put(("error", err))
        except Exception as err:  # the SDK's and httpx's errors, mapped; the original is dropped
            pieces.put(("error", self._map_error(err) if not stop.is_set() else CloudError()))
        finally:
            if stream is not None:
                with contextlib.suppress(Exception):  # closing a broken stream must not hide the real error
                    stream.close()

    def _read(self, stream: Any, started: float, cancel: CancelToken | None) -> Iterator[str]:
        received = 0
        finished = False
        valid_chunks = 0
        for chunk in stream:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if time.monotonic() - started > self.total_timeout_s:
                raise CloudTimeoutError(host=self.host, seconds=self.total_timeout_s)
            choices = getattr(chunk, "choices", None)
            if not isinstance(choices, list):
                raise CloudMalformedResponseError(host=self.host)
            valid_chunks += 1
            for choice in choices:
                delta = getattr(choice, "delta", None)
                content = getattr(delta, "content", None) if delta is not None else None
                if content is not None and not isinstance(content, str):
                    raise CloudMalformedResponseError(host=self.host)
                if getattr(choice, "finish_reason", None):
                    finished = True
                if content:
                    received += len(content)
                    if received > self.max_response_chars:
                        raise CloudResponseTooLargeError(host=self.host, limit=_size(self.max_response_chars))
                    yield content
        if valid_chunks == 0:
            raise CloudMalformedResponseError(host=self.host)
        if not finished:
            raise CloudInterruptedError(host=self.host)

    def _map_error(self, err: Exception) -> CopydeskError:
        import openai

        host = self.host
        if isinstance(err, openai.APIStatusError):
            status = err.status_code
            if status in (401, 403):
                return CloudAuthError(host=host, status=status)
            if status == 404:
                return CloudNotFoundError(host=host, model=self.model)
            if status == 429:
                return CloudRateLimitError(host=host)
            if status >= 500:
                return CloudServerError(host=host, status=status)
            return CloudRejectedError(host=host, status=status)
        if isinstance(err, openai.APITimeoutError | httpx2.TimeoutException):
            return CloudTimeoutError(host=host, seconds=self.stall_timeout_s)
        if isinstance(err, openai.APIConnectionError):
            cause = err.__cause__
            if isinstance(cause, httpx2.ConnectError | ConnectionRefusedError):
                return CloudUnreachableError(host=host)
            if isinstance(cause, httpx2.RemoteProtocolError | httpx2.ReadError) or cause is not None:
                return CloudInterruptedError(host=host)
            return CloudUnreachableError(host=host)
        if isinstance(err, httpx2.ConnectError):
            return CloudUnreachableError(host=host)
        if isinstance(err, httpx2.TransportError):
            return CloudInterruptedError(host=host)
        if isinstance(err, json.JSONDecodeError | UnicodeDecodeError | openai.APIResponseValidationError
                      | openai.APIError):
            return CloudMalformedResponseError(host=host)
        _log.warning("unexpected cloud client error: %s", type(err).__name__)  # the type only, never the text
        return CloudError()

    # --- connection test -------------------------------------------------------------------
    def list_models(self) -> list[str]:
        """GET /models: sends no document content, only the key. Used by "Test connection"."""
        try:
            page = self._sdk.models.list(extra_headers=self._headers)
            data = getattr(page, "data", None)
            if not isinstance(data, list):
                raise CloudMalformedResponseError(host=self.host)
            return [str(getattr(m, "id", "")) for m in data]
        except CopydeskError:
            raise
        except Exception as err:
            raise self._map_error(err) from None
