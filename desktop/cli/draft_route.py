"""``copydesk draft --route auto|cloud``: the end-cloud router from the command line.

The router decides (privacy level first, then whether the local model can do the job); the
exact masked payload is shown on stderr before anything is sent, and in "ask" mode the user
must type "y" on a terminal. Without a terminal an "ask" document is never sent.
"""

from __future__ import annotations

import argparse
import sys

from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import Progress, run_job


def _consent_on_terminal(request) -> bool:
    payload = request.payload
    err = sys.stderr
    print(pick(f"--- this is exactly what would be sent to {payload.host} (model {payload.model}) ---",
               f"--- 以下是将发送到 {payload.host}（模型 {payload.model}）的全部内容 ---"), file=err)
    print(payload.preview_text(), file=err)
    print("---", file=err)
    if not sys.stdin.isatty():
        print(pick("Not sent: this document asks before each cloud call and there is no terminal to ask on.",
                   "未发送：本文档每次使用云端前都需要确认，但当前没有可确认的终端。"), file=err)
        return False
    err.write(pick("Send it? [y/N] ", "确认发送？[y/N] "))
    err.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes", "是")


def run_routed(args: argparse.Namespace, text: str) -> bool:
    """Run through the router. Returns True when the caller should run the task locally instead
    (the router chose the device), so local runs keep every drafting feature."""
    from desktop.engine.cloud.drafting import build_router
    from desktop.engine.cloud.router import TaskRequest
    from desktop.engine.core.events import OutputReset, TokenDelta
    from desktop.engine.core.settings import load_settings
    from desktop.engine.library.store import Store

    settings = load_settings().settings
    privacy = args.privacy or settings.default_privacy
    store = Store()
    try:
        router = build_router(settings, store, model=args.model, consent=_consent_on_terminal)
        # build_router masks the document's speakers, the people list and the dictionary itself.
        req = TaskRequest(args.task, text, language=args.language or "auto", document_id=args.document,
                          privacy=privacy, route=args.route)
        decision = router.decide(req)
        print(f"{decision.badge()} — {decision.message()}", file=sys.stderr)
        if decision.route == "local":
            return True
        wrote = [False]

        def on_progress(event: Progress) -> None:
            match event.data:
                case OutputReset() if wrote[0]:
                    sys.stdout.write(pick("\n[cloud answer abandoned; running on this device]\n",
                                          "\n[已放弃云端回答，改在本机运行]\n"))
                    sys.stdout.flush()
                case TokenDelta(text=text):
                    sys.stdout.write(text)
                    sys.stdout.flush()
                    wrote[0] = bool(text) or wrote[0]

        result = run_job(router.run(req), on_progress)
        sys.stdout.write("\n")
        for notice in result.notices:
            print(notice, file=sys.stderr)
        if result.error is not None:
            print(result.error.full_message(), file=sys.stderr)
        for flag in result.flags:
            print(pick("check: ", "核实：") + flag.message(), file=sys.stderr)
        print(pick(f"route: {result.route} · masked details: {result.redactions}",
                   f"路由：{result.route} · 已脱敏 {result.redactions} 处"), file=sys.stderr)
        return False
    finally:
        store.close()
