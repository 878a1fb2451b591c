"""Risk marks from the shipped term tables on real, clean news: context rules vs plain matching.

The tables list words such as 第一, 国家级, 绝对, No. 1 that are risky in advertising copy
and harmless in most news. This prints, on the DEV data in ../shared/eval (LCSTS news
paragraphs and summaries, XSum BBC articles, and every correct csc/cgec ``target``), how many
texts get a risk mark from Copydesk's checker (context rules on) next to plain matching of
the same terms (what a word list without context does), and the time each takes.
Run: ``.venv/bin/python bench/term_risk.py [--show N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.engine.proofread.issue import RISK, CheckContext
from desktop.engine.proofread.terms import Term, TermChecker, default_tables, load_terms

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def corpora() -> list[tuple[str, str, list[str]]]:
    lcsts = [json.loads(line) for line in (EVAL / "summarization" / "lcsts_200.jsonl").open(encoding="utf-8")]
    xsum = [json.loads(line) for line in (EVAL / "summarization" / "xsum_50.jsonl").open(encoding="utf-8")]
    clean = []
    for name in ("csc/sighan15_train_dev.tsv", "cgec/mucgec_dev500.tsv"):
        rows = (EVAL / name).read_text("utf-8").splitlines()[1:]
        clean += [row.split("\t")[2] for row in rows if row]
    return [("LCSTS news paragraphs (zh)", "zh", [d["text"] for d in lcsts]),
            ("LCSTS headlines (zh)", "zh", [d["summary"] for d in lcsts]),
            ("csc+cgec correct sentences (zh)", "zh", clean),
            ("XSum BBC articles (en)", "en", [d["text"] for d in xsum])]


def plain_matcher(terms: list[Term]) -> re.Pattern[str]:
    """The same risk terms, matched the way a list without context rules would."""
    parts = []
    for t in sorted((t for t in terms if t.category == "risk"), key=lambda t: len(t.term), reverse=True):
        esc = re.escape(t.term)
        parts.append(esc if re.search(r"[\u4e00-\u9fff]", t.term) else rf"(?<![\w-]){esc}(?![\w-])")
    return re.compile("|".join(parts), re.IGNORECASE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="print this many marked snippets per corpus")
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"evaluation data not found at {EVAL}")
    tables = {p.stem[:2]: load_terms(p) for p in default_tables()}
    print(f"{'corpus':34} {'texts':>6} {'plain':>7} {'Copydesk':>9} {'ratio':>6}   {'plain ms':>8} {'ours ms':>8}")
    for name, lang, texts in corpora():
        terms = tables[lang]
        checker, plain = TermChecker(terms, lang), plain_matcher(terms)
        t0 = time.perf_counter()
        plain_hits = [bool(plain.search(t)) for t in texts]
        t1 = time.perf_counter()
        ours = [[i for i in checker.check(t, CheckContext(lang)) if i.category == RISK] for t in texts]
        t2 = time.perf_counter()
        n_plain, n_ours = sum(plain_hits), sum(1 for r in ours if r)
        ratio = f"{n_ours / n_plain:.2f}" if n_plain else "-"
        print(f"{name:34} {len(texts):6d} {n_plain:7d} {n_ours:9d} {ratio:>6}   {1000 * (t1 - t0):8.1f} {1000 * (t2 - t1):8.1f}")
        marked = Counter(i.text for r in ours for i in r)
        if marked:
            print(f"    marked: {dict(marked.most_common(10))}")
        for text, issues in [(t, r) for t, r in zip(texts, ours, strict=True) if r][:args.show]:
            i = issues[0]
            print(f"    …{text[max(0, i.start - 12):i.end + 12]}…".replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
