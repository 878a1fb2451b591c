"""Words the router shows (why a task runs where it runs) and the default cloud prompt, en + zh."""

from __future__ import annotations

from desktop.engine.core.i18n import pick

__all__ = ["NOTHING_SENT", "RAN_LOCALLY", "REASONS", "SYSTEM_PROMPT", "pick", "task_instruction"]

REASONS: dict[str, tuple[str, str]] = {
    "chosen-local": ("You chose to run this on this device.", "您选择在本机运行。"),
    "task-local": ("This task always runs on this device.", "此任务始终在本机运行。"),
    "local-only": ("This document is Local only; it never leaves this device.",
                   "此文档设为“仅本机”，内容不会离开本机。"),
    "fits-local": ("The text (about {tokens} tokens) fits the on-device model.",
                   "文本（约 {tokens} 个词元）在本机模型的处理范围内。"),
    "chosen-cloud": ("You chose the cloud model for this task.", "您为此任务选择了云端模型。"),
    "best-quality": ("You asked for the best quality, which the cloud model gives.",
                     "您选择了最佳质量，将使用云端模型。"),
    "too-long-heavy": ("The document is longer than the on-device model can read at once; a cloud model handles it better.",
                       "文档长度超出本机模型一次能处理的范围，云端模型更适合。"),
    "too-long": ("The text is longer than the on-device model can read at once.",
                 "文本长度超出本机模型一次能处理的范围。"),
    "language": ("The on-device model does not handle this language well.", "本机模型不擅长处理这种语言。"),
    "no-cloud": ("No cloud model is set up, so it runs on this device.", "尚未配置云端模型，因此在本机运行。"),
}

NOTHING_SENT = ("Nothing was sent.", "未发送任何内容。")
RAN_LOCALLY = ("The task ran on this device instead.", "已改为在本机运行该任务。")

SYSTEM_PROMPT = (
    "You are an editing assistant for a newsroom. Tokens such as [PERSON_1], [PHONE_1] or [ADDRESS_1] "
    "stand for masked personal data: keep them exactly as written and never guess what they hide. "
    "Reply with the requested text only.")

_INSTRUCTIONS: dict[str, tuple[str, str]] = {
    "summar": ("Summarise the following text in a few sentences.", "请用几句话概括以下文本。"),
    "translat": ("Translate the following text into {target}.", "请把以下文本翻译成{target_zh}。"),
    "headline": ("Write one headline for the following story.", "请为以下报道写一个标题。"),
    "polish": ("Correct grammar and style in the following text; keep its meaning.",
               "请修改以下文本的语法和文风，保持原意。"),
    "story": ("Write a news story from the following interview notes.", "请根据以下采访记录写一篇新闻报道。"),
}


def task_instruction(task_id: str, language: str) -> str:
    """The instruction for ``task_id`` in the text's language (tasks without one say what they are)."""
    key = next((k for k in _INSTRUCTIONS if k in task_id.lower()), None)
    zh = language == "zh"
    if key is None:
        return f"任务：{task_id}。请处理以下文本。" if zh else f"Task: {task_id}. Apply it to the following text."
    en_text, zh_text = _INSTRUCTIONS[key]
    target = "Chinese" if not zh else "English"
    return (zh_text if zh else en_text).format(target=target, target_zh="英文" if zh else "中文")
