"""Local or cloud, per task, with the reason: on-device by default, the cloud only for heavy work.

The router never writes to a document: it returns text (a :class:`RoutedResult`) and the caller
decides what to do with it, so a failed, stalled or hostile cloud answer cannot touch the story.
Local execution is a job function passed in (``local_runner(task_id, text, language, cancel)``
yielding text chunks or the drafting engine's ``Progress`` events, and returning its
``DraftResult``), driven with the caller's CancelToken, so a fallback is the same cancellable
job as a chosen local run. Every answer, local or cloud, comes back as a full ``DraftResult``
whose facts went through the hallucination guard (``guard.check``) against the input.

Order of a cloud run, all before any byte leaves: decide → redact and build the exact payload →
consent (for "Ask" documents) → :func:`policy.authorize` → send → restore placeholders → audit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.engine.cloud import messages as msg
from desktop.engine.cloud.audit import AuditLog, payload_sha256
from desktop.engine.cloud.client import CloudClient, CloudError, canonical_payload
from desktop.engine.cloud.config import CloudConfig, make_client
from desktop.engine.cloud.guarded import guarded_draft, is_draft
from desktop.engine.cloud.policy import CloudRefusedError, PrivacyLevel, authorize
from desktop.engine.cloud.redact import Redaction, StreamRestorer, redact
from desktop.engine.core.errors import CopydeskError, JobCancelled
from desktop.engine.core.events import NoteDelta, OutputReset, TokenDelta
from desktop.engine.core.jobs import CancelToken, Job, Progress, relay
from desktop.engine.core.secrets import SecretsError
from desktop.engine.core.text import CJK_CHAR, detect_language

# (task_id, text, language, cancel) -> an iterator of text chunks or Progress events; a
# generator may return its DraftResult.
LocalRunner = Callable[[str, str, str, CancelToken], Iterable[Any]]
# (request) -> (speaker names, dictionary entries) the redactor must mask for it.
NamesSource = Callable[["TaskRequest"], tuple[Iterable[str], Iterable[str]]]
PromptBuilder = Callable[[str, str, str], list[dict[str, str]]]
CLOUD_POLICIES = ("never", "allowed", "preferred")  # TaskSpec.cloud


def estimate_tokens(text: str) -> int:
    """Rough token count without a tokenizer: ~1 per CJK character, ~1 per 3.5 other characters."""
    cjk = len(CJK_CHAR.findall(text))
    return cjk + math.ceil((len(text) - cjk) / 3.5)


@dataclass(frozen=True)
class LocalCapability:
    """What the on-device model can do: its context window and languages."""

    context_tokens: int = 4096
    languages: frozenset[str] = frozenset({"en", "zh"})
    reserve_output_tokens: int = 512
    prompt_overhead_tokens: int = 128
    count_tokens: Callable[[str], int] | None = None

    def fits(self, text: str) -> tuple[bool, int]:
        tokens = (self.count_tokens or estimate_tokens)(text)
        budget = self.context_tokens - self.reserve_output_tokens - self.prompt_overhead_tokens
        return tokens <= budget, tokens


@dataclass(frozen=True)
class TaskRequest:
    task_id: str
    text: str
    language: str = "auto"
    document_id: int | None = None
    privacy: str = PrivacyLevel.LOCAL.value
    route: str = "auto"  # "auto" | "local" | "cloud"
    quality: str = "standard"  # "standard" | "best"
    speakers: tuple[str, ...] = ()
    dictionary: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # extra texts the fact guard accepts facts from (the transcript)
    consented_sha256: str | None = None  # set when the UI showed this payload and the user said yes
    cloud: str | None = None  # the task's TaskSpec.cloud; None: looked up by task_id in the plugin registry


@dataclass(frozen=True)
class RouteDecision:
    route: str  # "local" | "cloud"
    reason: str  # a code, e.g. "fits-local", "too-long", "local-only"
    reason_en: str
    reason_zh: str
    suggest_cloud: bool = False
    needs_consent: bool = False
    host: str = ""

    def message(self, lang: str | None = None) -> str:
        return msg.pick(self.reason_en, self.reason_zh, lang)

    def badge(self, lang: str | None = None) -> str:
        if self.route == "cloud":
            return msg.pick(f"Cloud: {self.host}", f"云端：{self.host}", lang)
        return msg.pick("On this device", "本机", lang)


@dataclass(frozen=True)
class CloudPayload:
    """Exactly what would be sent (after redaction), shown in the consent preview."""

    model: str
    host: str
    messages: list[dict[str, str]]
    redaction: Redaction

    @property
    def json(self) -> str:
        return canonical_payload(self.model, self.messages)

    @property
    def sha256(self) -> str:
        return payload_sha256(self.json)

    def preview_text(self) -> str:
        return "\n\n".join(f"[{m['role']}]\n{m['content']}" for m in self.messages)


@dataclass(frozen=True)
class ConsentRequest:
    task_id: str
    document_id: int | None
    payload: CloudPayload
    decision: RouteDecision


@dataclass
class RoutedResult:
    route: str  # where ``text`` came from: "local" | "cloud" | "none" (cloud failed, not retried)
    decision: RouteDecision
    text: str = ""
    notices: list[str] = field(default_factory=list)
    error: CopydeskError | None = None
    offer_local: bool = False
    fell_back: bool = False
    redactions: int = 0
    payload_sha256: str | None = None
    audit_id: int | None = None
    draft: Any = None  # the DraftResult (text, options, guard flags) for whichever route answered

    @property
    def reason(self) -> str:
        return self.decision.message()

    @property
    def flags(self) -> list:
        return list(getattr(self.draft, "flags", []) or [])


def task_cloud_policy(req: TaskRequest) -> str:
    """Whether the task may go to the cloud — its ``TaskSpec.cloud``, never a guess from its id.

    "never": always on this device; "allowed": when the document and the text call for it;
    "preferred": a heavy task (summaries, translation, interview → story) whose long inputs
    the cloud model handles better. Tasks the registry does not know are "allowed".
    """
    if req.cloud is not None:
        policy = req.cloud
    else:
        from desktop.engine.core.plugins import registry

        spec = registry().tasks.get(req.task_id)
        policy = getattr(spec, "cloud", "allowed") if spec is not None else "allowed"
    return policy if policy in CLOUD_POLICIES else "allowed"


def default_messages(task_id: str, text: str, language: str) -> list[dict[str, str]]:
    """A plain prompt for tasks the caller gave no cloud prompt for: the task's cloud instruction."""
    from desktop.engine.core.plugins import registry

    spec = registry().tasks.get(task_id)
    instruction = msg.task_instruction(task_id, language, getattr(spec, "cloud_instruction_en", ""),
                                       getattr(spec, "cloud_instruction_zh", ""))
    return [{"role": "system", "content": msg.SYSTEM_PROMPT},
            {"role": "user", "content": f"{instruction}\n\n{text}"}]


class Router:
    def __init__(self, local_runner: LocalRunner, *, capability: LocalCapability | None = None,
                 config: CloudConfig | None = None, audit: AuditLog | None = None,
                 consent: Callable[[ConsentRequest], bool] | None = None,
                 client_factory: Callable[[CloudConfig], CloudClient] = make_client,
                 prompt_builder: PromptBuilder = default_messages, auto_fallback: bool = True,
                 max_tokens: int | None = None, temperature: float | None = None,
                 names_source: NamesSource | None = None) -> None:
        self.local_runner = local_runner
        self.capability = capability or LocalCapability()
        self.config = config or CloudConfig()
        self.audit = audit
        self.consent = consent
        self.client_factory = client_factory
        self.prompt_builder = prompt_builder
        self.auto_fallback = auto_fallback
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.names_source = names_source

    # --- deciding (no I/O) ---------------------------------------------------------------------
    def decide(self, req: TaskRequest) -> RouteDecision:
        host = self.config.host
        if req.route == "local":
            return RouteDecision("local", "chosen-local", *msg.REASONS["chosen-local"])
        if task_cloud_policy(req) == "never":
            return RouteDecision("local", "task-local", *msg.REASONS["task-local"])
        if req.privacy not in (PrivacyLevel.ASK, PrivacyLevel.CLOUD):
            return RouteDecision("local", "local-only", *msg.REASONS["local-only"],
                                 suggest_cloud=req.route == "cloud")
        why_cloud = self._cloud_reason(req)
        if why_cloud is None:
            _fits, tokens = self.capability.fits(req.text)
            en, zh = msg.REASONS["fits-local"]
            return RouteDecision("local", "fits-local", en.format(tokens=tokens), zh.format(tokens=tokens))
        if not self.config.usable:
            en, zh = msg.REASONS["no-cloud"]
            why_en, why_zh = msg.REASONS[why_cloud]
            return RouteDecision("local", "no-cloud", f"{why_en} {en}", f"{why_zh}{zh}", suggest_cloud=True)
        en, zh = msg.REASONS[why_cloud]
        return RouteDecision("cloud", why_cloud, en, zh, needs_consent=req.privacy == PrivacyLevel.ASK, host=host)

    def _cloud_reason(self, req: TaskRequest) -> str | None:
        if req.route == "cloud":
            return "chosen-cloud"
        if req.quality == "best":
            return "best-quality"
        fits, _tokens = self.capability.fits(req.text)
        if not fits:
            return "too-long-heavy" if task_cloud_policy(req) == "preferred" else "too-long"
        lang = req.language if req.language in ("en", "zh") else detect_language(req.text)
        if lang not in self.capability.languages:
            return "language"
        return None

    def prepare(self, req: TaskRequest) -> CloudPayload:
        """Redact and build the exact payload (for the consent preview). Sends nothing."""
        speakers, dictionary = list(req.speakers), list(req.dictionary)
        if self.names_source is not None:  # every route gets the document's people, whoever built req
            more_speakers, more_dictionary = self.names_source(req)
            speakers += list(more_speakers)
            dictionary += list(more_dictionary)
        redaction = redact(req.text, speakers=speakers, dictionary=dictionary)
        lang = req.language if req.language in ("en", "zh") else detect_language(req.text)
        messages = self.prompt_builder(req.task_id, redaction.sent, lang)
        return CloudPayload(self.config.model, self.config.host, messages, redaction)

    # --- running -------------------------------------------------------------------------------
    def run(self, req: TaskRequest, cancel: CancelToken | None = None) -> Job[RoutedResult]:
        """A job: yields ``Progress(data=TokenDelta)`` as text arrives (``OutputReset`` when a cloud
        answer is abandoned for a local run), returns a RoutedResult."""
        cancel = cancel or CancelToken()
        decision = self.decide(req)
        result = RoutedResult(route="local", decision=decision)
        if decision.suggest_cloud and decision.reason == "no-cloud":
            result.notices.append(decision.message())
        if decision.route == "local":
            if req.route == "cloud" and req.privacy == PrivacyLevel.LOCAL:
                result.notices.append(decision.message())
            yield from self._run_local(req, result, cancel)
            return result
        payload = self.prepare(req)
        result.redactions, result.payload_sha256 = payload.redaction.count, payload.sha256
        try:
            consent = self._consent(req, payload, decision)
            auth = authorize(privacy=req.privacy, base_url=self.config.base_url, payload_sha256=payload.sha256,
                             cloud_enabled=self.config.enabled, consent=consent)
            client = self.client_factory(self.config)
        except (CloudRefusedError, CloudError, SecretsError) as err:
            return (yield from self._fallback(req, result, err, cancel, sent=False))
        try:
            yield from self._run_cloud(req, result, payload, auth, client, cancel)
        except JobCancelled:
            self._record(req, client, payload, "cancelled", result)
            raise
        except CloudError as err:
            self._record(req, client, payload, err.outcome, result)
            return (yield from self._fallback(req, result, err, cancel, sent=True))
        finally:
            client.close()
        self._record(req, client, payload, "ok", result)
        return result

    def _consent(self, req: TaskRequest, payload: CloudPayload, decision: RouteDecision) -> bool | None:
        if req.privacy != PrivacyLevel.ASK:
            return None
        if req.consented_sha256 is not None:
            return req.consented_sha256 == payload.sha256
        if self.consent is None:
            return None
        return bool(self.consent(ConsentRequest(req.task_id, req.document_id, payload, decision)))

    def _run_cloud(self, req: TaskRequest, result: RoutedResult, payload: CloudPayload, auth, client: CloudClient,
                   cancel: CancelToken) -> Job[None]:
        restorer = StreamRestorer(payload.redaction.placeholders)
        parts: list[str] = []
        for chunk in client.stream_chat(payload.messages, authorization=auth, cancel=cancel,
                                        max_tokens=self.max_tokens, temperature=self.temperature):
            text = restorer.feed(chunk)
            if text:
                parts.append(text)
                yield Progress(sum(map(len, parts)), None, payload.host, TokenDelta(text, route="cloud"))
        tail = restorer.flush()
        if tail:
            parts.append(tail)
            yield Progress(sum(map(len, parts)), None, payload.host, TokenDelta(tail, route="cloud"))
        result.draft = guarded_draft(req.task_id, req.text, req.sources, "".join(parts), "cloud", self._language(req),
                                     model_id=self.config.model, model_name=f"{self.config.model} · {payload.host}")
        result.route, result.text = "cloud", result.draft.text

    @staticmethod
    def _language(req: TaskRequest) -> str:
        return req.language if req.language in ("en", "zh") else detect_language(req.text)

    def _run_local(self, req: TaskRequest, result: RoutedResult, cancel: CancelToken) -> Job[None]:
        """Drive the local job with the caller's token; its DraftResult (or one built and
        guarded here from the streamed text) is the answer."""
        lang = self._language(req)
        job = iter(self.local_runner(req.task_id, req.text, lang, cancel))
        parts: list[str] = []

        def reset(item: Progress) -> Progress:  # the engine retries: the UI drops what it showed
            parts.clear()
            return Progress(0, None, item.message, OutputReset())

        def output(item: Progress | str) -> Progress | None:
            chunk = item if isinstance(item, str) else item.data.text
            if not chunk:
                return None
            parts.append(chunk)
            return Progress(sum(map(len, parts)), None, "", TokenDelta(chunk))

        def other(item: Any) -> Progress | None:  # loading, retrieval…: the message only
            if isinstance(item, Progress) and item.message:
                return Progress(item.done, item.total, item.message)
            return None

        draft = yield from relay(job, {OutputReset: reset, TokenDelta: output, str: output, NoteDelta: lambda _: None},
                                 other=other, cancel=cancel)
        cancel.raise_if_cancelled()
        if not is_draft(draft):
            draft = guarded_draft(req.task_id, req.text, req.sources, "".join(parts), "local", lang)
        result.draft = draft
        result.route, result.text = "local", draft.text

    def _fallback(self, req: TaskRequest, result: RoutedResult, err: CopydeskError, cancel: CancelToken,
                  *, sent: bool) -> Job[RoutedResult]:
        result.error = err
        result.notices.append(err.full_message())
        if isinstance(err, CloudRefusedError):
            result.notices.append(msg.pick(*msg.NOTHING_SENT))
        if sent:
            yield Progress(0, None, "", OutputReset())
        if not self.auto_fallback:
            result.route, result.offer_local, result.text = "none", True, ""
            return result
        result.notices.append(msg.pick(*msg.RAN_LOCALLY))
        result.fell_back = True
        yield from self._run_local(req, result, cancel)
        return result

    def _record(self, req: TaskRequest, client: CloudClient, payload: CloudPayload, outcome: str,
                result: RoutedResult) -> None:
        if self.audit is None:
            return
        result.audit_id = self.audit.record(
            document_id=req.document_id, task=req.task_id, endpoint_host=client.host, model=client.model,
            bytes_sent=client.meter.sent, bytes_received=client.meter.received,
            redactions=payload.redaction.count, payload_sha256=payload.sha256, outcome=outcome)
