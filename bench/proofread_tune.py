"""Fit the weights of the Chinese typo scorer (``engine/proofread/zh_lm.py``) on DEV data only.

Positives/negatives come from ``eval/csc/sighan15_train_dev.tsv`` (a candidate is positive
when it proposes exactly the gold character at a gold position) plus every candidate raised
on the correct ``target`` sentences of csc and cgec (all negatives, they are correct text).
Rows with an even line number train, odd ones validate; the final weights are fitted on all.
Run: ``.venv/bin/python bench/proofread_tune.py`` and paste the printed WEIGHTS into zh_lm.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.engine.proofread import zh_lm

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text("utf-8").splitlines()[1:] if line]


def collect(model: zh_lm.ZhLanguageModel, rows: list[list[str]], targets: list[str]):
    feats, labels, groups = [], [], []
    for n, (_, src, tgt) in enumerate(rows):
        gold = {i: b for i, (a, b) in enumerate(zip(src, tgt, strict=False)) if a != b}
        for cand in model.candidates(src):
            feats.append(cand.features())
            labels.append(int(gold.get(cand.index) == cand.replacement))
            groups.append(n % 2)
    for n, text in enumerate(targets):
        for cand in model.candidates(text):
            feats.append(cand.features())
            labels.append(0)
            groups.append(n % 2)
    return np.array(feats, float), np.array(labels, float), np.array(groups)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 4000) -> tuple[np.ndarray, float]:
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.2 * (z.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    raw = w[:-1] / sd
    bias = w[-1] - float((w[:-1] * mu / sd).sum())
    return raw, bias


def main() -> None:
    model = zh_lm.load_model()
    assert model is not None, "pycorrector data files are missing"
    csc = read_tsv(EVAL / "csc" / "sighan15_train_dev.tsv")
    cgec = read_tsv(EVAL / "cgec" / "mucgec_dev500.tsv")
    targets = [r[2] for r in csc] + [r[2] for r in cgec]
    x, y, g = collect(model, csc, targets)
    print(f"candidates {len(y)}, positives {int(y.sum())}")
    w, b = fit(x[g == 0], y[g == 0])
    p = 1 / (1 + np.exp(-(x[g == 1] @ w + b)))
    for th in (0.4, 0.5, 0.6, 0.7, 0.8):
        sel = p >= th
        print(f"validation th={th}: flagged {sel.sum()}, precision {y[g == 1][sel].mean() if sel.any() else 0:.3f}, "
              f"true {int(y[g == 1][sel].sum())}/{int(y[g == 1].sum())}")
    w, b = fit(x, y)
    print("WEIGHTS = (" + ", ".join(f"{v:.4f}" for v in w) + ")")
    print(f"BIAS = {b:.4f}")


if __name__ == "__main__":
    main()
