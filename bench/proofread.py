"""Proofreading quality and speed on the DEV data in ../shared/eval.

Prints:
- Chinese CSC (SIGHAN15 train/dev sample), sentence level, SIGHAN convention: detection and
  correction precision / recall / F1, plus false alarms on correct sentences (every csc and
  cgec ``target``). The system output is the text with every *safe* same-length fix applied
  (what ``copydesk proofread --lines`` prints as ``corrected``).
- English misspellings: top-suggestion accuracy, Copydesk vs raw pyspellchecker.
- JFLEG dev: how many sentences the safe fixes (and the quire model) bring closer to a reference.
- Speed: a 5,000-character article, full check and one edited paragraph, vs raw jieba.lcut.
- With ``--deep N``: the local-model pass on N csc rows (and N correct sentences) against the
  fast checkers on the same rows, and its batched substitution scores vs raw llama-cpp-python.
Run: ``.venv/bin/python bench/proofread.py [--quick] [--threshold 0.5] [--quire] [--deep N]``.
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
        start = time.perf_counter()
        outs = [(src, tgt, substitutions(proof, src, hanzi_only)) for _, src, tgt in rows]
        elapsed = time.perf_counter() - start
        clean = [(t, substitutions(proof, t, hanzi_only)) for t in targets]
        print(f"  [{label}] {_sentence_scores(outs, clean)} ({elapsed / len(rows) * 1000:.1f} ms per sentence)")
    fa_any = sum(any(i.severity in ("error", "warning") and i.category != "risk" for i in pr.check(t))
                 for t in targets)
    print(f"  any error/warning issue of any checker on the correct sentences: {fa_any / len(targets):.1%}")


def _sentence_scores(pairs: list[tuple[str, str, str]], clean: list[tuple[str, str]]) -> str:
    """Detection/correction P/R/F1 (SIGHAN, sentence level) and false alarms, from outputs."""
    errors = sum(1 for src, tgt, _ in pairs if src != tgt)
    changed = det = cor = 0
    for src, tgt, out in pairs:
        if out == src:
            continue
        changed += 1
        gold = {i for i, (a, b) in enumerate(zip(src, tgt, strict=False)) if a != b}
        got = {i for i, (a, b) in enumerate(zip(src, out, strict=False)) if a != b}
        det += got == gold and bool(gold)
        cor += out == tgt and src != tgt

    def prf(ok: int) -> str:
        p, r = (ok / changed if changed else 0.0), (ok / errors if errors else 0.0)
        return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}"

    fa = sum(out != text for text, out in clean)
    return (f"detection {prf(det)} | correction {prf(cor)} | false alarms {fa / max(1, len(clean)):.1%} "
            f"of {len(clean)} correct sentences")


def bench_csc_deep(pr: Proofreader, count: int) -> None:
    """The local-model pass (``copydesk proofread --deep``) on an even sample of the DEV rows."""
    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.models.registry import ensure_model
    from desktop.engine.proofread import llm_check

    rows = read_tsv(EVAL / "csc" / "sighan15_train_dev.tsv")
    cgec = read_tsv(EVAL / "cgec" / "mucgec_dev500.tsv")
    rows = rows[:: max(1, len(rows) // count)][:count]
    clean = [r[2] for r in rows[::2]] + [r[2] for r in cgec[:: max(1, len(cgec) // max(1, count // 2))][: count // 2]]
    path = ensure_model("qwen2.5-coder-0.5b")
    llm_check.get_scorer(path)  # load once, outside the timing

    def deep(text: str) -> str:
        fast = pr.check(text)
        found = run_job(llm_check.llm_pass_job(text, 0, len(text), path, CancelToken()))
        issues = [i for i in fast if i.rule not in llm_check.DEEP_RULES] + found
        keep = [i for i in issues if i.suggestions and len(i.suggestions[0]) == len(i.text)
                and _hanzi(i.text) and _hanzi(i.suggestions[0])]
        return apply_fixes(text, keep)[0]

    print(f"CSC with the local-model pass (Qwen2.5-Coder 0.5B), {len(rows)} DEV sentences, every "
          f"{max(1, 1000 // count)}th row, + {len(clean)} correct sentences:")
    start = time.perf_counter()
    outs = [(src, tgt, deep(src)) for _, src, tgt in rows]
    clean_out = [(t, deep(t)) for t in clean]
    elapsed = time.perf_counter() - start
    fast = [(src, tgt, substitutions(pr, src, True)) for _, src, tgt in rows]
    fast_clean = [(t, substitutions(pr, t, True)) for t in clean]
    print(f"  [fast checkers]      {_sentence_scores(fast, fast_clean)}")
    print(f"  [with --deep]        {_sentence_scores(outs, clean_out)}")
    print(f"  deep check: {elapsed / (len(rows) + len(clean)):.2f} s per sentence on this machine")
    bench_deep_speed(rows[:20])


def bench_deep_speed(rows: list[list[str]]) -> None:
    """Copydesk's batched substitution scores vs raw llama-cpp-python re-reading each variant."""
    import numpy as np
    from llama_cpp import Llama

    from desktop.engine.models.registry import ensure_model
    from desktop.engine.proofread import zh_deep, zh_lm
    from desktop.engine.proofread.llm_check import get_scorer

    path = ensure_model("qwen2.5-coder-0.5b")
    model, scorer = zh_lm.load_model(), get_scorer(path)
    work = []
    for _, src, _ in rows:
        for _, piece, context in zh_deep.pieces(src):
            cands = zh_deep.scored_candidates(model, scorer, piece, context)
            work.append(("\n" + context, piece, [(c.index, c.replacement) for c in cands]))
    start = time.perf_counter()
    ours = [scorer.substitution_gains(p, e, lead[1:]) for lead, p, e in work]
    t_ours = time.perf_counter() - start
    raw = Llama(model_path=str(path), n_ctx=512, logits_all=True, verbose=False, n_threads=2)

    def logprob(lead: str, text: str) -> float:
        head = [raw.token_bos(), *raw.tokenize(lead.encode("utf-8"), add_bos=False)]
        tokens = head + raw.tokenize(text.encode("utf-8"), add_bos=False)
        raw.reset()
        raw.eval(tokens)
        rows_ = np.asarray(raw.scores[: len(tokens) - 1], dtype=np.float64)
        top = rows_.max(axis=1, keepdims=True)
        norm = np.log(np.exp(rows_ - top).sum(axis=1)) + top[:, 0]
        return float((rows_[np.arange(len(rows_)), tokens[1:]] - norm)[len(head) - 1:].sum())

    start = time.perf_counter()
    theirs = []
    for lead, p, e in work:
        base = logprob(lead, p)  # the original is read once per sentence, each variant once
        theirs.append([logprob(lead, p[:i] + c + p[i + 1:]) - base for i, c in e])
    t_raw = time.perf_counter() - start
    raw.close()
    diff = max((abs(a - b) for x, y in zip(ours, theirs, strict=True) for a, b in zip(x, y, strict=True)), default=0.0)
    n = sum(len(e) for _, _, e in work)
    print(f"  substitution scores for {n} candidates in {len(work)} sentences: Copydesk {t_ours:.2f} s, raw "
          f"llama-cpp-python (each variant read whole) {t_raw:.2f} s, ratio {t_ours / t_raw:.2f}; "
          f"largest difference {diff:.2f} nats")


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
    ap.add_argument("--deep", type=int, default=0, metavar="N",
                    help="also run the local-model pass on N csc rows (about 2 s per sentence)")
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"evaluation data not found at {EVAL}")
    limit = 200 if args.quick else None
    if args.only in (None, "csc"):
        bench_csc(make("zh", args.threshold), limit)
    if args.deep:
        bench_csc_deep(make("zh", args.threshold), args.deep)
    if args.only in (None, "spelling"):
        bench_spelling(limit)
    if args.only in (None, "jfleg"):
        bench_jfleg(make("en"), limit, args.quire)
    if args.only in (None, "speed"):
        bench_speed()


if __name__ == "__main__":
    main()
