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



def task_instruction(task_id: str, language: str, en: str = "", zh: str = "") -> str:
    """The task's own cloud instruction (``TaskSpec.cloud_instruction_en/_zh``) in the text's
    language; a task without one says what it is."""
    is_zh = language == "zh"
    chosen = (zh or en) if is_zh else (en or zh)
    if not chosen:
        return f"任务：{task_id}。请处理以下文本。" if is_zh else f"Task: {task_id}. Apply it to the following text."
    return chosen.format(target="English" if is_zh else "Chinese", target_zh="英文" if is_zh else "中文")
