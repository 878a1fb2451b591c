"""Proofreading quality and speed on the DEV data in ../shared/eval.

Prints:
- Chinese CSC (SIGHAN15 train/dev sample), sentence level, SIGHAN convention: detection and
  correction precision / recall / F1, plus false alarms on correct sentences (every csc and
  cgec ``target``). The system output is the text with every *safe* same-length fix applied
  (what ``copydesk proofread --lines`` prints as ``corrected``).
- English misspellings: top-suggestion accuracy, Copydesk vs raw pyspellchecker.
- JFLEG dev: how many sentences the safe fixes (and the quire model) bring closer to a reference.
- Speed: a 5,000-character article, full check and one edited paragraph, vs raw jieba.lcut.
Run: ``.venv/bin/python bench/proofread.py [--quick] [--threshold 0.5] [--quire]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.engine.proofread.dictionary import UserDictionary
from desktop.engine.proofread.issue import apply_fixes
from desktop.engine.proofread.runner import Proofreader, default_checkers

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text("utf-8").splitlines()[1:] if line]


def make(language: str, threshold: float | None = None, tmp: Path | None = None) -> Proofreader:
    from desktop.engine.proofread.terms import checker_from_file, default_tables
    from desktop.engine.proofread.zh import ZhTypoChecker

    checkers = default_checkers()
    if threshold is not None:
        checkers = [ZhTypoChecker(threshold) if isinstance(c, ZhTypoChecker) else c for c in checkers]
    checkers += [checker_from_file(p) for p in default_tables()]
    return Proofreader(checkers, language=language, dictionary=UserDictionary(path=tmp or Path("/nonexistent/d.json")))


def _hanzi(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def substitutions(pr: Proofreader, text: str, hanzi_only: bool = False) -> str:
    """Apply safe, same-length fixes only (SIGHAN output is character-aligned).

    ``hanzi_only`` keeps character-for-character replacements of Chinese characters, i.e.
    spelling; otherwise punctuation-width fixes (",", "，") count as changes too.
    """
    issues = [i for i in pr.check(text) if i.suggestions and len(i.suggestions[0]) == len(i.text)
              and (not hanzi_only or (_hanzi(i.text) and _hanzi(i.suggestions[0])))]
    return apply_fixes(text, issues)[0]


def bench_csc(pr: Proofreader, limit: int | None) -> None:
    rows = read_tsv(EVAL / "csc" / "sighan15_train_dev.tsv")[:limit]
    cgec = read_tsv(EVAL / "cgec" / "mucgec_dev500.tsv")[:limit]
    errors = sum(1 for r in rows if r[1] != r[2])
    targets = [r[2] for r in rows] + [r[2] for r in cgec]
    print(f"CSC sighan15 train/dev ({len(rows)} sentences, {errors} with errors; sentence level, SIGHAN convention):")
    from desktop.engine.proofread.zh import ZhTypoChecker

    typo_only = Proofreader([next((c for c in pr.checkers if isinstance(c, ZhTypoChecker)), ZhTypoChecker())],
                            language="zh", dictionary=pr.dictionary)
    for label, proof, hanzi_only in (("zh.typo checker alone", typo_only, True),
                                     ("all checkers, hanzi substitutions", pr, True),
                                     ("all checkers, all safe same-length fixes", pr, False)):
        changed = det_ok = cor_ok = 0
        start = time.perf_counter()
        for _, src, tgt in rows:
            out = substitutions(proof, src, hanzi_only)
            if out == src:
                continue
            changed += 1
            gold = {i for i, (a, b) in enumerate(zip(src, tgt, strict=False)) if a != b}
            sys_pos = {i for i, (a, b) in enumerate(zip(src, out, strict=False)) if a != b}
            det_ok += sys_pos == gold and bool(gold)
            cor_ok += out == tgt and src != tgt
        elapsed = time.perf_counter() - start

        def prf(ok: int, changed: int = changed) -> str:
            p = ok / changed if changed else 0.0
            r = ok / errors if errors else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"

        fa = sum(substitutions(proof, t, hanzi_only) != t for t in targets)
        print(f"  [{label}]")
        print(f"    detection   {prf(det_ok)}   ({det_ok} right of {changed} changed)")
        print(f"    correction  {prf(cor_ok)}")
        print(f"    false alarms: {fa / len(targets):.1%} of {len(targets)} correct sentences changed "
              f"({elapsed / len(rows) * 1000:.1f} ms per sentence)")
    fa_any = sum(any(i.severity in ("error", "warning") and i.category != "risk" for i in pr.check(t))
                 for t in targets)
    print(f"  any error/warning issue of any checker on the correct sentences: {fa_any / len(targets):.1%}")


def bench_spelling(limit: int | None) -> None:
    from spellchecker import SpellChecker

    from desktop.engine.proofread.en import EnSpellingChecker
    from desktop.engine.proofread.issue import CheckContext

    checker, raw = EnSpellingChecker(), SpellChecker()
    ctx = CheckContext("en")
    for name in ("wikipedia_common_misspellings", "norvig_spell_testset1", "norvig_spell_testset2"):
        rows = [r for r in read_tsv(EVAL / "spelling_en" / f"{name}.tsv") if " " not in r[1]][:limit]
        ours = flagged = 0
        t0 = time.perf_counter()
        tops = []
        for wrong, right in rows:
            issues = checker.check(wrong, ctx)
            flagged += bool(issues)
            top = issues[0].suggestions[:1] if issues else ()
            tops.append(top)
            ours += top == (right,)
        t_ours = time.perf_counter() - t0
        # pyspellchecker's own correction() takes ~0.2 s a word: compare on the first 150 only.
        sub = rows[:150]
        t0 = time.perf_counter()
        theirs = sum((raw.correction(w) or "") == r for w, r in sub)
        t_raw = time.perf_counter() - t0
        ours_sub = sum(t == (r,) for t, (_, r) in zip(tops, sub, strict=False))
        rights = sorted({r for _, r in rows})
        fa = sum(bool(checker.check(r, ctx)) for r in rights)
        print(f"spelling {name} ({len(rows)} pairs): Copydesk top-1 {ours / len(rows):.1%} (flagged "
              f"{flagged / len(rows):.1%}), false alarms on the right words {fa / len(rights):.1%}, "
              f"{t_ours / len(rows) * 1000:.1f} ms/word; first 150: Copydesk {ours_sub / len(sub):.1%} vs raw "
              f"pyspellchecker {theirs / len(sub):.1%}, raw {t_raw / len(sub) * 1000:.0f} ms/word")


def _tokens(text: str) -> list[str]:
    """Words and punctuation, so that "car ." and "car." compare equal (JFLEG is tokenized)."""
    import re

    return re.findall(r"\w+(?:'\w+)?|[^\w\s]", text)


def _dist(a: list[str], b: list[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def bench_jfleg(pr: Proofreader, limit: int | None, quire: bool) -> None:
    rows = read_tsv(EVAL / "gec_en" / "jfleg_dev.tsv")[:limit]
    variants = [("safe fixes", pr, True)]
    if quire:
        from desktop.engine.proofread.en import EnGrammarModelChecker

        variants.append(("quire model only", Proofreader([EnGrammarModelChecker()], language="en",
                                                          dictionary=pr.dictionary), False))
    for label, proof, only_safe in variants:
        better = worse = changed = 0
        samples = []
        t0 = time.perf_counter()
        for row in rows:
            src, refs = row[1], row[2:]
            out = apply_fixes(src, proof.check(src), only_safe=only_safe)[0]
            if out == src:
                continue
            changed += 1
            d_src = min(_dist(_tokens(src), _tokens(r)) for r in refs)
            d_out = min(_dist(_tokens(out), _tokens(r)) for r in refs)
            better += d_out < d_src
            worse += d_out > d_src
            if len(samples) < 3:
                samples.append((src, out))
        el = time.perf_counter() - t0
        print(f"JFLEG dev {label} ({len(rows)}): changed {changed}, closer to a reference {better}, "
              f"further {worse} ({el / len(rows) * 1000:.1f} ms/sentence)")
        for src, out in samples:
            print(f"    - {src}\n    + {out}")


def bench_speed() -> None:
    import jieba

    zh_rows = read_tsv(EVAL / "cgec" / "mucgec_dev500.tsv")
    paras, cur = [], ""
    for r in zh_rows:
        cur += r[2]
        if len(cur) > 200:
            paras.append(cur)
            cur = ""
    text = ""
    for p in paras:
        if len(text) + len(p) > 5000:
            break
        text += p + "\n"
    pr = make("auto")
    pr.check("预热。warm up")
    jieba.lcut("预热")
    full, edit, raw = [], [], []
    for k in range(3):
        pr.clear_cache()
        t0 = time.perf_counter()
        pr.check(text)
        full.append(time.perf_counter() - t0)
        lines = text.split("\n")
        lines[5] = lines[5][:10] + "在" * (k + 1) + lines[5][10:]
        edited = "\n".join(lines)
        t0 = time.perf_counter()
        pr.check(edited)
        edit.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        jieba.lcut(text)
        raw.append(time.perf_counter() - t0)
    f, e, r = (statistics.median(x) * 1000 for x in (full, edit, raw))
    print(f"speed zh article {len(text)} chars: full check {f:.0f} ms (target < 200), one edited paragraph "
          f"{e:.1f} ms (target < 30); raw jieba.lcut of the same text {r:.0f} ms (ratio full/raw {f / r:.1f})")
    import json

    en_text = ""
    for line in (EVAL / "summarization" / "xsum_50.jsonl").read_text("utf-8").splitlines():
        en_text += json.loads(line)["text"] + "\n"
        if len(en_text) > 5000:
            break
    en_text = en_text[:5000]
    full = []
    for _ in range(3):
        pr.clear_cache()
        t0 = time.perf_counter()
        pr.check(en_text)
        full.append(time.perf_counter() - t0)
    print(f"speed en article {len(en_text)} chars: full check {statistics.median(full) * 1000:.0f} ms "
          f"(spelling cache warm after the first run)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="first 200 rows of each set")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--quire", action="store_true", help="also score the quire grammar model on JFLEG")
    ap.add_argument("--only", choices=["csc", "spelling", "jfleg", "speed"], default=None)
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"evaluation data not found at {EVAL}")
    limit = 200 if args.quick else None
    if args.only in (None, "csc"):
        bench_csc(make("zh", args.threshold), limit)
    if args.only in (None, "spelling"):
        bench_spelling(limit)
    if args.only in (None, "jfleg"):
        bench_jfleg(make("en"), limit, args.quire)
    if args.only in (None, "speed"):
        bench_speed()


if __name__ == "__main__":
    main()
