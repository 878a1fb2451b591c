"""Drafting quality per local model on the DEV drafting set (bench/data/drafting_dev.json).

For each model and task it runs the real pipeline (``tasks.run_task``: prompts, retries,
form and language checks, the guard) and reports:

- required facts kept (share of the set's must-have facts present in the answer),
- answers with an invented fact (a number whose value is in no source, a quotation that is
  not word for word in the source, or a "must not" item such as a wrong pronoun or scale),
  and how many of those inventions the guard did NOT flag (target 0),
- guard flags on facts the bench found supported (false alarms),
- quote fidelity, format compliance, output-language correctness (targets 100 %),
- seconds per task, first-token time and generation tokens/s.

The bench finds inventions with its own, simpler extractor (not the guard's), so a fact
the guard's parser misses is counted against it. Speed next to raw llama-cpp-python is
bench/llm_speed.py (``--model``).

    .venv/bin/python bench/drafting_quality.py [--models qwen2.5-coder-0.5b,qwen2.5-coder-1.5b]
        [--only ID,ID] [--limit N] [--threads 2] [--out build/bench]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "drafting_dev.json"

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "万": 1e4, "亿": 1e8, "千": 1e3}
_NUMBER = re.compile(r"(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|万|亿|千)?")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "hundred": 100}
_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b(?:\s+(thousand|million|billion))?", re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_CN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2,}")
_QUOTE = re.compile(r"“([^”\n]{2,600})”|\"([^\"\n]{2,600})\"|「([^」\n]{2,600})」")


def numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of numbers in digits, English words or Chinese numerals, scale applied."""
    from desktop.engine.drafting.guard_quantities import cn_to_number

    found = []
    for m in _NUMBER.finditer(text):
        value = float(m.group(1).replace(",", "")) * _SCALES.get((m.group(2) or "").lower(), 1.0)
        found.append((m.start(), m.end(), value))
    for m in _WORD.finditer(text):
        value = _WORDS[m.group(1).lower()] * _SCALES.get((m.group(2) or "").lower(), 1.0)
        found.append((m.start(), m.end(), value))
    for m in _CN.finditer(text):
        value = cn_to_number(m.group(0))
        if value is not None:
            found.append((m.start(), m.end(), value))
    for m in _MONTH.finditer(text):  # "since January" is the 1 of a translated "自1月起"
        found.append((m.start(), m.end(), float(_MONTHS.index(m.group(1).lower()[:3]) + 1)))
    return found


def _norm(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())


def _has(answer: str, alternative: object) -> bool:
    if isinstance(alternative, dict):
        return any(abs(v - alternative["number"]) <= 1e-6 * max(1.0, alternative["number"])
                   for _s, _e, v in numbers(answer))
    return str(alternative).lower() in answer.lower()


def inventions(answer: str, source: str, must_not: list[str], translation: bool) -> list[tuple[int, int, str]]:
    """Spans of invented facts in ``answer``: (start, end, what)."""
    known = [v for _s, _e, v in numbers(source)]
    found = []
    counters = {m.start(1) for m in re.finditer(r"(?m)^[ \t]*[(（]?(\d{1,2})[.、)）](?!\d)", answer)}
    for start, end, value in numbers(answer):
        if start in counters:
            continue  # "1. ", "2、": a list item's number
        if not any(abs(value - k) <= 1e-6 * max(1.0, k) for k in known):
            found.append((start, end, f"number {answer[start:end]}"))
    if not translation:
        norm_source = _norm(source)
        for m in _QUOTE.finditer(answer):
            group = next(g for g in range(1, 4) if m.group(g) is not None)
            words = m.group(group)
            if len(_norm(words)) >= 4 and (len(words.split()) >= 3 or len(words) >= 4) and \
                    _norm(words) not in norm_source:
                found.append((m.start(group), m.end(group), f"quote {words[:40]}"))
    for item in must_not:
        pattern = item[3:] if item.startswith("re:") else re.escape(item)
        if item.startswith("re:[\\u4e00"):
            continue  # the "no Chinese left" rule is measured as language correctness
        for m in re.finditer(pattern, answer, re.I | re.M):
            found.append((m.start(), m.end(), f"must-not {m.group(0)[:30]}"))
    return found


def _overlaps(span: tuple[int, int], flags: list) -> bool:
    return any(span[0] < f.end and f.start < span[1] for f in flags)


def _extra_form(task: str, answer: str, source: str) -> list[str]:
    """Form rules for tasks task_form has none for (rewrites and continuations)."""
    if not answer.strip():
        return ["empty"]
    n, m = len(_norm(answer)), len(_norm(source))
    if task == "shorten" and n >= m:
        return ["not shorter"]
    if task == "expand" and n <= m:
        return ["not longer"]
    if task == "polish" and not 0.6 * m <= n <= 1.5 * m:
        return ["length changed a lot"]
    if task == "continue" and _norm(answer)[:40] == _norm(source)[:40]:
        return ["repeats the text"]
    return []


def run_model(model_id: str, items: list[dict], threads: int, save: Path | None = None) -> list[dict]:
    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.drafting import task_form
    from desktop.engine.drafting.model_cache import unload_all
    from desktop.engine.drafting.quotes import segments_from_text
    from desktop.engine.drafting.tasks import run_task
    from desktop.engine.models.registry import ensure_model

    ensure_model(model_id)  # assembling a model once is not drafting time
    rows = []
    for item in items:
        started = time.perf_counter()
        result = run_job(run_task(item["task"], item["input"], item["language"], model_id, cancel=CancelToken(),
                                  threads=threads))
        seconds = time.perf_counter() - started
        answer = result.text
        source = item["input"]
        if item["task"] == "interview-story":
            source = "\n".join(s.text for s in segments_from_text(item["input"])) + "\n" + item["input"]
        translation = item["task"].startswith("translate")
        invented = inventions(answer, source, item.get("must_not", []), translation)
        kept = [any(_has(answer, alt) for alt in group) for group in item["must"]]
        form = task_form.problems(item["task"], answer, result.options, item["language"], source) \
            + _extra_form(item["task"], answer, item["input"])
        quotes_all = [m for m in _QUOTE.finditer(answer)] if not translation else []
        verbatim = sum(1 for m in quotes_all if _norm(next(g for g in m.groups() if g)) in _norm(source))
        gen_s = max(1e-6, result.seconds - (result.first_token_s or 0.0))
        rows.append({
            "id": item["id"], "task": item["task"], "language": item["language"], "answer": answer,
            "kept": sum(kept), "required": len(kept), "missing": [g for g, k in zip(item["must"], kept, strict=True)
                                                                 if not k],
            "invented": [w for _s, _e, w in invented],
            "unflagged": [w for s, e, w in invented if not _overlaps((s, e), result.flags)],
            "false_alarms": [f.text for f in result.flags if not any(s < f.end and f.start < e
                                                                      for s, e, _w in invented)],
            "flags": [(f.kind, f.text) for f in result.flags],
            "quotes": len(quotes_all), "verbatim": verbatim, "form": form,
            "language_ok": task_form.language_ok(answer, item["language"]),
            "seconds": seconds, "first_token_s": result.first_token_s,
            "tokens_per_s": result.completion_tokens / gen_s, "completion_tokens": result.completion_tokens,
        })
        row = rows[-1]
        if save is not None:  # after every task, so a long run that is stopped still reports
            save.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
        print(f"  {item['id']:<24} {seconds:6.1f} s  kept {row['kept']}/{row['required']}  "
              f"invented {len(row['invented'])} (unflagged {len(row['unflagged'])})  "
              f"form {form or 'ok'}  lang {'ok' if row['language_ok'] else 'WRONG'}", flush=True)
    unload_all()
    return rows


def summary(model_id: str, rows: list[dict]) -> dict:
    required = sum(r["required"] for r in rows)
    quotes = sum(r["quotes"] for r in rows)
    return {
        "model": model_id, "tasks": len(rows),
        "facts_kept": sum(r["kept"] for r in rows) / required if required else 1.0,
        "answers_with_invented_fact": sum(1 for r in rows if r["invented"]),
        "inventions": sum(len(r["invented"]) for r in rows),
        "inventions_not_flagged": sum(len(r["unflagged"]) for r in rows),
        "guard_false_alarms": sum(len(r["false_alarms"]) for r in rows),
        "quote_fidelity": sum(r["verbatim"] for r in rows) / quotes if quotes else 1.0, "quotes": quotes,
        "format_ok": sum(1 for r in rows if not r["form"]) / len(rows),
        "language_ok": sum(1 for r in rows if r["language_ok"]) / len(rows),
        "seconds_mean": statistics.mean(r["seconds"] for r in rows),
        "seconds_median": statistics.median(r["seconds"] for r in rows),
        "first_token_s_median": statistics.median(r["first_token_s"] or r["seconds"] for r in rows),
        "tokens_per_s_median": statistics.median(r["tokens_per_s"] for r in rows),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default="qwen2.5-coder-0.5b,qwen2.5-coder-1.5b")
    parser.add_argument("--only", default="", help="comma-separated task ids")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench"))
    parser.add_argument("--report", action="store_true", help="only summarise the saved per-task results")
    args = parser.parse_args()
    items = json.loads(DATA.read_text("utf-8"))["tasks"]
    if args.only:
        wanted = set(args.only.split(","))
        items = [i for i in items if i["id"] in wanted]
    # one task of every type first, then the second of each: a run stopped early still covers every type
    count: dict[str, int] = {}
    ranked = []
    for n, item in enumerate(items):
        count[item["task"]] = count.get(item["task"], 0) + 1
        ranked.append((count[item["task"]], n, item))
    items = [item for _rank, _n, item in sorted(ranked, key=lambda x: x[:2])]
    if args.limit:
        items = items[:args.limit]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    summaries = []
    for model_id in args.models.split(","):
        if args.report:
            summaries.append(summary(model_id, json.loads((out / f"drafting_{model_id}.json").read_text("utf-8"))))
            continue
        print(f"{model_id}: {len(items)} tasks, {args.threads} threads", flush=True)
        rows = run_model(model_id, items, args.threads, out / f"drafting_{model_id}.json")
        summaries.append(summary(model_id, rows))
    print()
    keys = ["facts_kept", "answers_with_invented_fact", "inventions", "inventions_not_flagged",
            "guard_false_alarms", "quote_fidelity", "quotes", "format_ok", "language_ok", "seconds_mean",
            "seconds_median", "first_token_s_median", "tokens_per_s_median"]
    print(f"{'':<30}" + "".join(f"{s['model']:>22}" for s in summaries))
    for key in keys:
        cells = "".join(f"{s[key]:>22.2f}" if isinstance(s[key], float) else f"{s[key]:>22}" for s in summaries)
        print(f"{key:<30}{cells}")
    print("targets: facts_kept ≥ 0.85, inventions_not_flagged = 0, format_ok = language_ok = 1.00")
    if not args.report:
        (out / "drafting_summary.json").write_text(json.dumps(summaries, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
