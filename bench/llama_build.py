"""llama-cpp-python built for this CPU (``make``) vs the portable build (``make package``).

Both wheels are installed side by side into temporary folders (``pip install --no-deps
--target``) and each is measured in its own subprocess with its folder first on
PYTHONPATH, on the same GGUF, threads, prompt and sampling: prompt processing tokens/s and
generation tokens/s (from llama.cpp's own performance counters), median of ``--runs``
fresh prompts, and the native/portable ratio. The native build is only ever installed
where it was built; the portable one (GGML_NATIVE=OFF) is what the packaged app carries.

    .venv/bin/python bench/llama_build.py [--model qwen2.5-coder-0.5b] [--threads 2] [--runs 3]
        [--native WHEEL] [--portable WHEEL]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WHEELS = Path.home() / ".cache" / "copydesk" / "wheels"

CHILD = r'''
import json, sys, time
import llama_cpp
path, threads, runs, n_gen = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
llama = llama_cpp.Llama(model_path=path, n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False)
article = ("The city council voted on Monday to extend metro line 3 until 11 pm from March 5. Mayor Jane Doe said "
           "the change costs 2 million dollars a year and will help 40,000 night workers. ") * 12
out = {"file": llama_cpp.__file__, "prompt": [], "gen": []}
for run in range(runs):
    llama.reset()
    prompt = f"Run {run}. Summarize this news text in three sentences.\n\n{article}\n\nSummary:"
    tokens = llama.tokenize(prompt.encode())
    started = time.perf_counter()
    llama.eval(tokens)
    prompt_s = time.perf_counter() - started
    started = time.perf_counter()
    made = 0
    for _ in range(n_gen):
        token = llama.sample(temp=0.0)
        llama.eval([token])
        made += 1
    gen_s = time.perf_counter() - started
    out["prompt"].append(len(tokens) / prompt_s)
    out["gen"].append(made / gen_s)
    out["prompt_tokens"] = len(tokens)
print(json.dumps(out))
'''


def _wheel(folder: Path) -> Path | None:
    found = sorted(glob.glob(str(folder / "llama_cpp_python-*.whl")))
    return Path(found[-1]) if found else None


def native_wheel() -> Path | None:
    for folder in sorted(WHEELS.glob("native-*")):
        wheel = _wheel(folder)
        if wheel is not None:
            return wheel
    return None


def measure(wheel: Path, model: Path, threads: int, runs: int, n_gen: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="llama-build-") as target:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", target, str(wheel)],
                       check=True)
        env = {**os.environ, "PYTHONPATH": target + os.pathsep + os.environ.get("PYTHONPATH", "")}
        done = subprocess.run([sys.executable, "-c", CHILD, str(model), str(threads), str(runs), str(n_gen)],
                              env=env, capture_output=True, text=True, check=True)
        data = json.loads(done.stdout.strip().splitlines()[-1])
    if not data["file"].startswith(target):
        raise SystemExit(f"the child imported {data['file']}, not the wheel under test")
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gen", type=int, default=96, help="tokens generated per run")
    parser.add_argument("--native", type=Path, default=None)
    parser.add_argument("--portable", type=Path, default=None)
    args = parser.parse_args()
    from desktop.engine.models.registry import ensure_model

    model = ensure_model(args.model)
    builds = {"native": args.native or native_wheel(), "portable": args.portable or _wheel(WHEELS / "portable")}
    missing = [name for name, wheel in builds.items() if wheel is None]
    if missing:
        print(f"missing wheel(s): {', '.join(missing)} (build them with `make llama-wheels-both`)")
        return 1
    results = {}
    for name, wheel in builds.items():
        print(f"{name}: {wheel}", flush=True)
        results[name] = measure(wheel, model, args.threads, args.runs, args.gen)
    print(f"\n{args.model}, {args.threads} threads, prompt {results['native']['prompt_tokens']} tokens, "
          f"{args.gen} generated, median of {args.runs}")
    print(f"{'':<12}{'prompt tok/s':>14}{'generate tok/s':>16}")
    med = {n: (statistics.median(r["prompt"]), statistics.median(r["gen"])) for n, r in results.items()}
    for name, (p, g) in med.items():
        print(f"{name:<12}{p:>14.1f}{g:>16.1f}")
    print(f"{'ratio':<12}{med['native'][0] / med['portable'][0]:>14.2f}{med['native'][1] / med['portable'][1]:>16.2f}"
          "   (native / portable)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
