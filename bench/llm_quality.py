"""Summary and headline quality on the shared news pairs, so quality is visible, not assumed.

For a sample of ``eval/summarization`` (LCSTS zh, XSum en) it runs Copydesk's ``summarize``
and ``headlines`` tasks and, as the raw baseline, llama-cpp-python with a bare
"Summarize:" prompt on the same GGUF. It prints each output next to the reference and
scores them: ROUGE-L F1 (characters for Chinese, words for English) and character-bigram
F1 for Chinese. The last lines give the means and the Copydesk/raw ratio.

    .venv/bin/python bench/llm_quality.py [--model qwen2.5-coder-0.5b] [--zh 6] [--en 3] [--threads 2]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "summarization"


def _units(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return [ch for ch in text if re.match(r"[\w\u4e00-\u9fff]", ch)]
    return re.findall(r"[a-z0-9]+", text.lower())


def rouge_l(candidate: str, reference: str, lang: str) -> float:
    a, b = _units(candidate, lang), _units(reference, lang)
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    p, r = lcs / len(a), lcs / len(b)
    return 2 * p * r / (p + r)


def char_bigram_f(candidate: str, reference: str) -> float:
    def grams(text: str) -> Counter:
        chars = _units(text, "zh")
        return Counter(itertools.pairwise(chars))

    c, r = grams(candidate), grams(reference)
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)


def _sample(name: str, n: int) -> list[dict]:
    path = EVAL / name
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    step = max(1, len(rows) // max(1, n))
    return rows[::step][:n]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--zh", type=int, default=6)
    parser.add_argument("--en", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}")
        return 1

    import llama_cpp

    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.drafting.model_cache import open_model
    from desktop.engine.drafting.tasks import run_task

    engine = run_job(open_model(args.model, threads=args.threads))
    raw = llama_cpp.Llama(model_path=str(engine.path), n_ctx=engine.n_ctx, n_threads=args.threads,
                          n_threads_batch=args.threads, verbose=False)
    scores: dict[str, list[float]] = {"copydesk summary": [], "copydesk headline": [], "raw summary": [],
                                      "copydesk summary bigram-F": [], "raw summary bigram-F": []}
    for item in _sample("lcsts_200.jsonl", args.zh) + _sample("xsum_50.jsonl", args.en):
        lang, text, ref = item["lang"], item["text"][:3000], item["summary"]
        summary = run_job(run_task("summarize", text, lang, args.model, cancel=CancelToken(), threads=args.threads))
        heads = run_job(run_task("headlines", text, lang, args.model, cancel=CancelToken(), threads=args.threads))
        bare = raw.create_chat_completion(messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
                                          max_tokens=200, temperature=0.2, seed=1234)
        bare_text = bare["choices"][0]["message"]["content"] or ""
        best_head = max(heads.options or [heads.text], key=lambda h: rouge_l(h, ref, lang))
        row = {"copydesk summary": rouge_l(summary.text, ref, lang), "copydesk headline": rouge_l(best_head, ref, lang),
               "raw summary": rouge_l(bare_text, ref, lang)}
        for key, value in row.items():
            scores[key].append(value)
        if lang == "zh":
            scores["copydesk summary bigram-F"].append(char_bigram_f(summary.text, ref))
            scores["raw summary bigram-F"].append(char_bigram_f(bare_text, ref))
        print(f"=== {item['id']} ({lang})")
        print(f"reference : {ref}")
        print(f"summary   : {summary.text}   [ROUGE-L {row['copydesk summary']:.3f}]")
        print(f"headlines : {' | '.join(heads.options)}   [best ROUGE-L {row['copydesk headline']:.3f}]")
        print(f"raw       : {bare_text.strip()[:300]}   [ROUGE-L {row['raw summary']:.3f}]")
        if summary.flags:
            print(f"guard     : {', '.join(f.text for f in summary.flags)}")
    print("\n--- means")
    for key, values in scores.items():
        if values:
            print(f"{key:<28}{statistics.mean(values):.3f}  (n={len(values)})")
    cd, rw = statistics.mean(scores["copydesk summary"]), statistics.mean(scores["raw summary"])
    print(f"ratio copydesk/raw summary ROUGE-L: {cd / rw:.2f}" if rw else "raw summary scored 0")
    raw.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
