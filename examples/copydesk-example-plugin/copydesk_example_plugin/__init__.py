"""Copydesk example plugin: one checker, one drafting task, two exporters.

Everything comes from ``desktop.plugins.api``, the public plugin API; nothing else of
Copydesk is imported. ``COPYDESK_API`` says which API version this was written for:
Copydesk loads it while its API major version is 1 and its minor version is at least 1.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from desktop.plugins.api import (
    STYLE,
    WARNING,
    CheckContext,
    DocumentExport,
    Exporter,
    Issue,
    PluginAPI,
    PromptSpec,
    TaskSpec,
    Transcript,
)

COPYDESK_API = "1.1"

_HEDGES = {
    "en": re.compile(r"\b(reportedly|allegedly|some say|it is believed|sources say)\b", re.IGNORECASE),
    "zh": re.compile(r"据悉|有人说|据传|据说"),
}
_MESSAGES = {
    "en": "Unattributed: say who reports or believes this.",
    "zh": "来源不明：请写明是谁说的。",
}


class HedgeChecker:
    """Flags hedges that hide the source of a claim. Paragraph scope: results are cached."""

    name = "example.hedges"
    languages = frozenset({"en", "zh"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        pattern = _HEDGES[ctx.language]
        return [Issue(m.start(), m.end(), m.group(0), STYLE, WARNING, _MESSAGES[ctx.language],
                      rule="example.hedge", checker=self.name)
                for m in pattern.finditer(text) if m.group(0).lower() not in ctx.accepted]


SOCIAL_POST = TaskSpec(
    "social-post", "Social post", "社交媒体帖子",
    {"en": PromptSpec("You are a newsroom social media editor. Never add facts.",
                      "Write one social media post of at most 40 words about this story. "
                      "Output only the post.\n\n{text}"),
     "zh": PromptSpec("你是新闻社交媒体编辑。不得添加事实。",
                      "为下面的报道写一条不超过八十字的社交媒体帖子。只输出帖子。\n\n{text}")},
    description_en="One short post for social media.", description_zh="一条简短的社交媒体帖子。",
    max_tokens=120, temperature=0.5, long_input="map_reduce",
    cloud="never",  # drafts of unpublished stories stay on this device
)


def write_wire(doc: DocumentExport, path: Path) -> Path:
    """The story as newswire copy: slug line, title in capitals, body, word count."""
    words = len(doc.text.split()) if doc.language != "zh" else len(re.sub(r"\s", "", doc.text))
    slug = "-".join(doc.title.lower().split()[:3]) or f"story-{doc.id}"
    lines = [f"SLUG: {slug}", doc.title.upper(), "", doc.text.strip(), "", f"Words: {words}", "ENDS"]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def write_speaker_csv(transcript: Transcript, path: Path) -> Path:
    """One CSV row per segment: start and end in seconds, speaker, text."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["start", "end", "speaker", "text"])
        for seg in transcript.segments:
            out.writerow([f"{seg.start:.2f}", f"{seg.end:.2f}", seg.speaker, seg.text.strip()])
    return path


def register(api: PluginAPI) -> None:
    api.add_checker(HedgeChecker())
    api.add_task(SOCIAL_POST)
    api.add_exporter(Exporter("wire", ".wire.txt", "document", write_wire,
                              "Plain newswire copy with a word count", label="Wire copy"))
    api.add_exporter(Exporter("speaker-csv", ".csv", "transcript", write_speaker_csv,
                              "One row per segment: start, end, speaker, text", label="Speaker CSV"))
