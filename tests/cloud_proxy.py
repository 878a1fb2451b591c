"""A recording HTTP proxy on loopback for the cloud tests.

It sits between the client and the real llama-cpp-python server, records every request it
receives (so tests can count requests and search the exact bytes that reached the "cloud"),
and can misbehave on demand: answer 401/500, stall, send malformed or non-OpenAI JSON, stream
a huge answer, or say something of its choosing.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    raw: bytes  # request line + headers + body, as received


class RecordingProxy:
    """``mode`` picks the behaviour: "forward" (default), "status:500", "status:401", "stall",
    "stall-headers", "malformed", "non-openai-json", "non-openai-sse", "huge", "say:<text>"."""

    def __init__(self, upstream: str | None = None) -> None:
        self.upstream = upstream  # "127.0.0.1:port"
        self.mode = "forward"
        self.requests: list[RecordedRequest] = []
        self.release = threading.Event()
        self.first_chunk_sent = threading.Event()
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                proxy._handle(self)

            def do_POST(self) -> None:
                proxy._handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> RecordingProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    @property
    def received(self) -> bytes:
        with self._lock:
            return b"".join(r.raw for r in self.requests)

    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # --- handling ----------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        head = f"{h.command} {h.path} HTTP/1.1\r\n".encode() + bytes(h.headers)
        with self._lock:
            self.requests.append(RecordedRequest(h.command, h.path, dict(h.headers.items()), body, head + body))
        mode = self.mode
        if mode == "forward":
            self._forward(h, body)
        elif mode.startswith("status:"):
            status = int(mode.split(":", 1)[1])
            self._send_json(h, status, {"error": {"message": f"proxy says {status}", "type": "test", "code": status}})
        elif mode == "stall-headers":
            self.release.wait(30)
            h.close_connection = True
        elif mode == "stall":
            self._start_sse(h)
            self._chunk(h, _sse({"choices": [{"index": 0, "delta": {"content": "Partial"}, "finish_reason": None}]}))
            self.first_chunk_sent.set()
            self.release.wait(30)
            h.close_connection = True
        elif mode == "malformed":
            self._start_sse(h)
            self._chunk(h, b'data: {"choices": [{"delta": {"content": "Hel\n\n')
            self._chunk(h, b"")
        elif mode == "non-openai-json":
            self._send_json(h, 200, {"status": "ok", "result": {"answer": 42}})
        elif mode == "non-openai-sse":
            self._start_sse(h)
            self._chunk(h, _sse({"answer": "not the OpenAI shape"}) + b"data: [DONE]\n\n")
            self._chunk(h, b"")
        elif mode == "huge":
            self._start_sse(h)
            piece = _sse({"choices": [{"index": 0, "delta": {"content": "x" * 4000}, "finish_reason": None}]})
            try:
                for _ in range(5000):  # ~20 MB unless the client hangs up first
                    self._chunk(h, piece)
                self._chunk(h, b"data: [DONE]\n\n")
                self._chunk(h, b"")
            except OSError:
                h.close_connection = True
        elif mode.startswith("say:"):
            text = mode.split(":", 1)[1]
            self._start_sse(h)
            for word in text.split(" "):
                self._chunk(h, _sse({"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                                     "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}))
            self._chunk(h, _sse({"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                                 "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
            self._chunk(h, b"data: [DONE]\n\n")
            self._chunk(h, b"")

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes) -> None:
        assert self.upstream is not None
        host, port = self.upstream.split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=300)
        headers = {k: v for k, v in h.headers.items() if k.lower() not in ("host", "connection", "accept-encoding")}
        try:
            conn.request(h.command, h.path, body=body or None, headers=headers)
            resp = conn.getresponse()
        except OSError:
            self._abort(h)
            return
        h.send_response(resp.status)
        for key, value in resp.getheaders():
            if key.lower() not in ("transfer-encoding", "content-length", "connection", "date", "server"):
                h.send_header(key, value)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        streaming = "text/event-stream" in (resp.getheader("content-type") or "")
        seen = b""
        try:
            while True:
                data = resp.read1(65536)
                if not data:
                    break
                seen = (seen + data)[-64:]
                self._chunk(h, data)
                self.first_chunk_sent.set()
        except (OSError, http.client.HTTPException):
            self._abort(h)
            return
        finally:
            conn.close()
        if streaming and b"[DONE]" not in seen:
            self._abort(h)  # upstream died mid-stream: hang up without the final chunk
            return
        self._chunk(h, b"")

    @staticmethod
    def _abort(h: BaseHTTPRequestHandler) -> None:
        h.close_connection = True
        with contextlib.suppress(OSError):
            h.connection.shutdown(socket.SHUT_RDWR)

    @staticmethod
    def _start_sse(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()

    @staticmethod
    def _chunk(h: BaseHTTPRequestHandler, data: bytes) -> None:
        h.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        h.wfile.flush()

    @staticmethod
    def _send_json(h: BaseHTTPRequestHandler, status: int, obj: object) -> None:
        data = json.dumps(obj).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)


def _sse(obj: object) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def wait_until_answers(url: str, timeout_s: float = 120.0, proc=None) -> None:
    """Poll ``url`` (GET) until it returns 200, or fail with the server's exit status."""
    import urllib.request

    deadline = time.monotonic() + timeout_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError as err:
            last = err
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout_s} s: {last}")
