"""Local model speed: Copydesk's engine vs raw llama-cpp-python on the same GGUF.

Prints first-token latency and generation tokens/s for both (same file, n_ctx, threads,
sampling and prompt; a fresh first line per run so neither side reuses a cached prompt),
the ratio (target ≥ 0.95), the peak RSS of a process that loads the model through the
engine and generates once, and the GUI's worst event-loop stall while a task streams
into the assistant panel's job runner (target < 50 ms).

    .venv/bin/python bench/llm_speed.py [--model qwen2.5-coder-0.5b] [--threads 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "summarization" / "xsum_50.jsonl"
FALLBACK = ("The city council voted on Monday to extend metro line 3 until 11 pm from March 5. Mayor Jane Doe "
            "said the change costs 2 million dollars a year and will help 40,000 night workers. ") * 8


def _article() -> str:
    if EVAL.exists():
        return json.loads(EVAL.read_text("utf-8").splitlines()[0])["text"][:2400]
    return FALLBACK


def _messages(run: int) -> list[dict[str, str]]:
    return [{"role": "system", "content": f"Run {run}. You are a careful news editor."},
            {"role": "user", "content": "Summarize this news text in three sentences.\n\n" + _article()}]


SAMPLING = {"temperature": 0.3, "top_p": 0.9, "top_k": 40, "repeat_penalty": 1.1, "seed": 1234}


def raw_run(llama, run: int, max_tokens: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    first = None
    count = 0
    for chunk in llama.create_chat_completion(messages=_messages(run), stream=True, max_tokens=max_tokens, **SAMPLING):
        if chunk["choices"][0].get("delta", {}).get("content"):
            count += 1
            if first is None:
                first = time.perf_counter() - started
    total = time.perf_counter() - started
    return first or total, count / max(1e-9, total - (first or 0)), count


def engine_run(model, run: int, max_tokens: int) -> tuple[float, float, int]:
    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.drafting.llm import GenerationParams

    params = GenerationParams(max_tokens=max_tokens, **SAMPLING)
    done = run_job(model.stream_chat(_messages(run), params, CancelToken()))
    count = done.completion_tokens
    return done.first_token_s or done.seconds, count / max(1e-9, done.seconds - (done.first_token_s or 0)), count


def child_rss(model_id: str, threads: int) -> None:
    """Run in a fresh process: load through the engine, generate once, print peak RSS (MB)."""
    import resource

    from desktop.engine.core.jobs import run_job
    from desktop.engine.drafting.model_cache import open_model

    model = run_job(open_model(model_id, threads=threads))
    engine_run(model, 0, 64)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rss_mb": peak_kb / 1024}))


def child_gui(model_id: str, threads: int) -> None:
    """Run in a fresh process: stream a summary through JobRunner while a 5 ms timer measures stalls."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from desktop.engine.drafting.tasks import run_task
    from desktop.ui.jobs import JobRunner

    app = QApplication([])
    view = QPlainTextEdit()
    runner = JobRunner()
    ticks: list[float] = []
    timer = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    done: dict = {}

    def on_progress(event) -> None:
        if getattr(event.data, "phase", "") == "output":
            view.insertPlainText(event.data.text)

    def finish(value) -> None:
        done["value"] = value
        app.quit()

    runner.start("bench", lambda cancel: run_task("summarize", _article(), "en", model_id, cancel=cancel,
                                                  threads=threads),
                 on_result=finish, on_error=finish, on_progress=on_progress)
    timer.start()
    app.exec()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(json.dumps({"worst_stall_ms": max(gaps) * 1000 if gaps else None, "ticks": len(ticks),
                      "ok": not isinstance(done.get("value"), Exception)}))


def child_side(side: str, model_id: str, threads: int, n_ctx: int, runs: int, max_tokens: int) -> None:
    """Run in a fresh process: one side only, so the two never share cores or caches."""
    from desktop.engine.core.jobs import run_job
    from desktop.engine.drafting.model_cache import open_model, resolve_model_path

    if side == "raw":
        import llama_cpp

        path, _ = run_job(resolve_model_path(model_id))
        llama = llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
                                verbose=False)
        rows = [raw_run(llama, run, max_tokens) for run in range(1, runs + 1)]
    else:
        model = run_job(open_model(model_id, n_ctx=n_ctx, threads=threads))
        rows = [engine_run(model, run, max_tokens) for run in range(1, runs + 1)]
    print(json.dumps({"runs": rows}))


def _child(kind: str, model_id: str, threads: int, extra: list[str] | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, __file__, f"--{kind}-child", "--model", model_id, "--threads", str(threads),
                          *(extra or [])],
                         capture_output=True, text=True, env=env, check=False)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"error": out.stderr.strip().splitlines()[-1:] or ["no output"]}
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--rss-child", action="store_true")
    parser.add_argument("--gui-child", action="store_true")
    parser.add_argument("--side-child", action="store_true")
    parser.add_argument("--side", choices=("raw", "copydesk"))
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if args.side_child:
        child_side(args.side, args.model, args.threads, args.n_ctx, args.runs, args.max_tokens)
        return 0
    if args.rss_child:
        child_rss(args.model, args.threads)
        return 0
    if args.gui_child:
        child_gui(args.model, args.threads)
        return 0

    from desktop.engine.core.jobs import run_job
    from desktop.engine.drafting.model_cache import resolve_model_path

    path, _ = run_job(resolve_model_path(args.model))
    print(f"model {path.name}  n_ctx {args.n_ctx}  threads {args.threads}  max_tokens {args.max_tokens}  "
          f"runs {args.runs} per side, each side in its own process, alternating")
    results: dict[str, list[list[float]]] = {"raw": [], "copydesk": []}
    for _round in range(args.rounds):
        for side in ("raw", "copydesk"):
            out = _child("side", args.model, args.threads, ["--side", side, "--runs", str(args.runs),
                                                            "--max-tokens", str(args.max_tokens),
                                                            "--n-ctx", str(args.n_ctx)])
            if "runs" not in out:
                print(f"{side} failed: {out}")
                return 1
            results[side].extend(out["runs"])
    med = {k: [statistics.median(r[i] for r in v) for i in range(3)] for k, v in results.items()}
    print(f"{'':<10}{'first token (s)':>17}{'generate (tok/s)':>18}{'tokens':>8}")
    for name, (first, rate, count) in med.items():
        print(f"{name:<10}{first:>17.3f}{rate:>18.1f}{count:>8.0f}")
    print(f"ratio copydesk/raw: tokens/s {med['copydesk'][1] / med['raw'][1]:.3f}   "
          f"first-token speed {med['raw'][0] / med['copydesk'][0]:.3f}  (≥ 0.95 is the target)")
    rss = _child("rss", args.model, args.threads)
    print(f"peak RSS, engine with {args.model} loaded and generating: {rss.get('rss_mb', rss):.0f} MB"
          if "rss_mb" in rss else f"peak RSS: {rss}")
    gui = _child("gui", args.model, args.threads)
    print(f"GUI worst event-loop stall while streaming: {gui.get('worst_stall_ms', gui)} ms "
          f"over {gui.get('ticks')} timer ticks (target < 50 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
