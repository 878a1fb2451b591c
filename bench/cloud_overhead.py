"""What the safe cloud path costs: Copydesk's router vs the raw ``openai`` SDK, same server, same prompt.

1. Round trip: llama-cpp-python's OpenAI-compatible server (SmolLM2) on loopback. "raw" streams a
   chat completion with the bare SDK; "copydesk" runs ``Router.run`` (redaction, policy check,
   byte counting, placeholder restore, audit row in SQLite) with the same messages and max_tokens.
2. Redaction: ``redact()`` on a 10,000-character zh+en interview vs jieba.posseg alone (its
   dominant cost) on the same text.

Prints medians and the ratio copydesk/raw. Run: ``.venv/bin/python bench/cloud_overhead.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp())
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RUNS = 5
MAX_TOKENS = 24
TEXT = ("Maria Lopez (maria@example.com, 555-987-6543) told the council the park would open in May. "
        "记者张伟在北京市朝阳区建国路88号采访了她，电话13812345678。")


def median_s(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_round_trip() -> None:
    import openai

    from desktop.engine.cloud.audit import AuditLog
    from desktop.engine.cloud.config import CloudConfig
    from desktop.engine.cloud.router import Router, TaskRequest
    from desktop.engine.core.jobs import run_job
    from desktop.engine.library.store import Store
    from desktop.engine.models.registry import ModelRegistry
    from tests.cloud_server import SERVER_MODEL, LlamaServer
    from tests.conftest import SHARED_MODELS

    model = run_job(ModelRegistry(SHARED_MODELS).ensure("smollm2-135m"))
    server = LlamaServer(model, Path(tempfile.mkdtemp()) / "server.log")
    try:
        url = f"http://{server.address}/v1"
        store = Store()
        config = CloudConfig(base_url=url, model=SERVER_MODEL, enabled=True)
        router = Router(lambda *_a: iter(()), config=config, audit=AuditLog(store), max_tokens=MAX_TOKENS,
                        temperature=0.0)
        request = TaskRequest("summarize", TEXT, privacy="cloud", route="cloud")
        messages = router.prepare(request).messages  # the raw SDK sends the same (masked) messages
        sdk = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)

        def raw() -> None:
            stream = sdk.chat.completions.create(model=SERVER_MODEL, messages=messages, stream=True,  # type: ignore[arg-type]
                                                 max_tokens=MAX_TOKENS, temperature=0.0)
            "".join(c.choices[0].delta.content or "" for c in stream if c.choices)

        def copydesk() -> None:
            result = run_job(router.run(request))
            assert result.route == "cloud", result.notices

        raw()
        copydesk()  # warm both paths
        raws, apps = [], []
        for _ in range(RUNS):  # interleaved, so load changes on a shared machine hit both alike
            raws.append(median_s(raw, 1))
            apps.append(median_s(copydesk, 1))
        t_raw, t_app = statistics.median(raws), statistics.median(apps)
        print(f"round trip ({MAX_TOKENS} tokens, median of {RUNS}): raw SDK {t_raw * 1000:.0f} ms, "
              f"copydesk router {t_app * 1000:.0f} ms, ratio {t_app / t_raw:.2f}")
        store.close()
    finally:
        server.stop()


def bench_redaction() -> None:
    import jieba.posseg

    from desktop.engine.cloud import names
    from desktop.engine.cloud.redact import redact

    text = (TEXT * 80)[:10_000]
    names._pos_tokenizer()  # load jieba's dictionary outside the timing (both sides need it)
    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tokenizer.tokenizer.initialize()
    t_raw = median_s(lambda: list(tokenizer.cut(text)))
    t_app = median_s(lambda: redact(text))
    print(f"redaction of 10,000 characters (median of {RUNS}): jieba.posseg alone {t_raw * 1000:.0f} ms, "
          f"copydesk redact() {t_app * 1000:.0f} ms, ratio {t_app / t_raw:.2f}")


if __name__ == "__main__":
    bench_redaction()
    bench_round_trip()
