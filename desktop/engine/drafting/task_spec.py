"""What a drafting task is (:class:`TaskSpec`, what plugins register) and what running one gives back.

Kept apart from the job that runs tasks (tasks.py) so a plugin, the cloud router or the UI
can read and build task descriptions without the local-model machinery.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from desktop.engine.drafting import guard, quotes


@dataclass(frozen=True)
class PromptSpec:
    """One language's prompt. ``user`` holds ``{text}`` (and ``{instruction}`` for custom
    tasks); ``map_user`` is the note-taking prompt for one part of a long input."""

    system: str
    user: str
    map_user: str = ""


@dataclass(frozen=True)
class TaskSpec:
    id: str
    name_en: str
    name_zh: str
    prompts: Mapping[str, PromptSpec]
    description_en: str = ""
    description_zh: str = ""
    max_tokens: int = 400
    output_ratio: float | None = None  # answer length relative to the input (polish ≈ 1.3)
    temperature: float = 0.3
    repeat_penalty: float = 1.1
    long_input: str = "map_reduce"  # "map_reduce" | "per_chunk" | "tail"
    output_language: str | None = None  # fixed output language (translation)
    input_language: str | None = None  # what the input should be (translation)
    postprocess: tuple[str | Callable[[str, str], str], ...] = ()
    options: int = 1  # >1: the answer is a list of alternatives (headlines)
    diff_view: bool = False  # show a diff against the input (polish, shorten)
    replaces_input: bool = False  # default action in the UI: replace the selection
    needs_transcript: bool = False
    guard: str = "full"  # "full" | "numbers" | "off"
    shortcut: str = ""
    # May it go to the cloud (when the document's privacy level allows)? "never" | "allowed" |
    # "preferred" (heavy: long inputs are better served by the cloud model). See cloud.router.
    cloud: str = "allowed"
    # The instruction a cloud model gets (it sees no local prompt template); "{target}" /
    # "{target_zh}" name the other language. Empty: a generic "Task: <name>" instruction.
    cloud_instruction_en: str = ""
    cloud_instruction_zh: str = ""

    def name(self, lang: str | None = None) -> str:
        from desktop.engine.core.i18n import pick

        return pick(self.name_en, self.name_zh, lang)


@dataclass
class DraftResult:
    task_id: str
    text: str
    language: str
    model_id: str
    model_name: str
    options: list[str] = field(default_factory=list)
    quotes: list[quotes.QuoteLink] = field(default_factory=list)
    flags: list[guard.GuardFlag] = field(default_factory=list)
    chunks: int = 1
    prompt_tokens: int = 0
    completion_tokens: int = 0
    first_token_s: float | None = None
    seconds: float = 0.0
    language_ok: bool = True
    route: str = "local"
    problems: list[str] = field(default_factory=list)  # the ways the answer still breaks its form
