"""Routing decisions and local runs (no network: cloud runs are in test_server.py)."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.config import CloudConfig, load_cloud_config
from desktop.engine.cloud.router import LocalCapability, Router, TaskRequest, estimate_tokens
from desktop.engine.core.errors import JobCancelled
from desktop.engine.core.events import TokenDelta
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.core.settings import Settings

CLOUD = CloudConfig(base_url="https://api.example.com/v1", model="big", enabled=True)
SMALL = LocalCapability(context_tokens=1024, languages=frozenset({"en"}), reserve_output_tokens=256)
LONG_EN = "The council met again to discuss the budget. " * 200  # ~2,600 tokens


def runner(calls: list):
    def run(task_id: str, text: str, language: str, cancel: CancelToken):
        calls.append((task_id, language))
        yield "local "
        yield "answer"
    return run


def decide(req: TaskRequest, config: CloudConfig = CLOUD):
    return Router(runner([]), capability=SMALL, config=config).decide(req)


def test_short_text_stays_local():
    d = decide(TaskRequest("summary", "A short note.", privacy="cloud"))
    assert d.route == "local" and d.reason == "fits-local" and "tokens" in d.message("en")
    assert d.badge("en") == "On this device"


def test_long_summary_goes_to_cloud_when_allowed():
    d = decide(TaskRequest("summarize", LONG_EN, privacy="cloud"))
    assert d.route == "cloud" and d.reason == "too-long-heavy" and d.host == "api.example.com"
    assert d.badge("en") == "Cloud: api.example.com" and d.message("zh_CN")
    assert decide(TaskRequest("headlines", LONG_EN, privacy="cloud")).reason == "too-long"


def test_cloud_use_is_the_task_spec_field_not_a_word_in_its_id():
    from desktop.engine.core.plugins import registry
    from desktop.engine.drafting.tasks import get_task

    assert get_task("summarize").cloud == "preferred" and get_task("headlines").cloud == "allowed"
    # an id full of "heavy" words means nothing; the field decides
    assert decide(TaskRequest("summary-translate-story", LONG_EN, privacy="cloud")).reason == "too-long"
    assert decide(TaskRequest("my-notes", LONG_EN, privacy="cloud", cloud="preferred")).reason == "too-long-heavy"
    never = decide(TaskRequest("summarize", LONG_EN, privacy="cloud", cloud="never"))
    assert never.route == "local" and never.reason == "task-local" and never.message("zh_CN")
    assert decide(TaskRequest("summarize", "Short.", privacy="cloud", route="cloud", cloud="never")).route == "local"
    registry().tasks["private-task"] = get_task("summarize").__class__(
        "private-task", "Private", "私密", get_task("summarize").prompts, cloud="never")
    assert decide(TaskRequest("private-task", LONG_EN, privacy="cloud", quality="best")).reason == "task-local"


def test_ask_documents_need_consent_and_local_only_never_go():
    assert decide(TaskRequest("summary", LONG_EN, privacy="ask")).needs_consent
    d = decide(TaskRequest("summary", LONG_EN, privacy="local", route="cloud"))
    assert d.route == "local" and d.reason == "local-only"


def test_best_quality_and_language_and_explicit_choices():
    assert decide(TaskRequest("polish", "Short.", privacy="cloud", quality="best")).reason == "best-quality"
    assert decide(TaskRequest("polish", "这是一段中文。", privacy="cloud")).reason == "language"
    assert decide(TaskRequest("polish", "Short.", privacy="cloud", route="cloud")).reason == "chosen-cloud"
    assert decide(TaskRequest("summary", LONG_EN, privacy="cloud", route="local")).reason == "chosen-local"


def test_no_cloud_configured_runs_locally_and_suggests_cloud():
    calls: list = []
    router = Router(runner(calls), capability=SMALL, config=CloudConfig())
    seen: list[TokenDelta] = []
    result = run_job(router.run(TaskRequest("summary", LONG_EN, privacy="cloud")),
                     lambda p: seen.append(p.data))
    assert result.route == "local" and result.text == "local answer" and calls == [("summary", "en")]
    assert result.decision.suggest_cloud and "No cloud model" in result.notices[0]
    assert [e.text for e in seen] == ["local ", "answer"] and all(e.route == "local" for e in seen)


def test_prepare_builds_the_redacted_payload_without_sending():
    router = Router(runner([]), capability=SMALL, config=CLOUD)
    payload = router.prepare(TaskRequest("summarize", "张伟的电话是13812345678。", speakers=("张伟",)))
    assert payload.model == "big" and payload.host == "api.example.com"
    assert "张伟" not in payload.json and "13812345678" not in payload.json
    # the instruction is the task's TaskSpec.cloud_instruction_zh, not guessed from its id
    assert "[PERSON_1]" in payload.preview_text() and "概括" in payload.messages[1]["content"]
    unknown = router.prepare(TaskRequest("summary", "张伟的电话是13812345678。", speakers=("张伟",)))
    assert unknown.messages[1]["content"].startswith("任务：summary。")
    assert len(payload.sha256) == 64 and payload.redaction.count == 2


def test_consent_given_for_another_payload_does_not_count():
    calls: list = []
    router = Router(runner(calls), capability=SMALL, config=CLOUD)
    result = run_job(router.run(TaskRequest("summary", LONG_EN, privacy="ask", consented_sha256="0" * 64)))
    assert result.route == "local" and "not confirmed" in result.notices[0] and calls


def test_cancel_stops_a_local_run():
    token = CancelToken()
    token.cancel()
    with pytest.raises(JobCancelled):
        run_job(Router(runner([]), config=CLOUD).run(TaskRequest("x", "hi"), token))


def test_token_estimate_and_config_from_env():
    assert estimate_tokens("你好世界") == 4 and 2 <= estimate_tokens("hello world") <= 4
    settings = Settings()
    settings.cloud.base_url, settings.cloud.model = "https://a.example.com/v1", "m1"
    assert not load_cloud_config(settings, env={}).usable
    env = {"COPYDESK_CLOUD_BASE_URL": "http://127.0.0.1:8080/v1", "COPYDESK_CLOUD_MODEL": "local-big"}
    config = load_cloud_config(settings, env=env)
    assert config.usable and config.base_url.startswith("http://127.0.0.1") and config.model == "local-big"
    assert config.host == "127.0.0.1"


def test_task_prompts_are_reused_for_the_cloud():
    from desktop.engine.cloud.drafting import task_messages

    messages = task_messages("summarize", "[PERSON_1] met the mayor.", "en")
    assert messages[0]["role"] == "system" and "[PERSON_1]" in messages[0]["content"]  # keep-placeholders rule
    assert messages[1]["content"].endswith("[PERSON_1] met the mayor.")
    assert task_messages("no-such-task", "x", "en")[1]["content"].startswith("Task: no-such-task")


@pytest.mark.slow
def test_build_router_runs_a_drafting_task_on_device(store, smollm2_path):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    from desktop.engine.cloud.drafting import build_router

    settings = Settings()
    settings.llm_model = "smollm2-135m"
    router = build_router(settings, store, n_ctx=1024)
    assert router.capability.languages == frozenset({"en"}) and not router.config.usable
    doc = store.create_document("t", "The city council approved a new park on Monday.", privacy="cloud")
    chunks: list[TokenDelta] = []
    result = run_job(router.run(TaskRequest("headlines", doc.body, document_id=doc.id, privacy="cloud",
                                            language="en")), lambda p: chunks.append(p.data))
    assert result.route == "local" and result.text.strip() and chunks
    assert store.get_document(doc.id).body == doc.body
