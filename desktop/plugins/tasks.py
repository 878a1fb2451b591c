"""Built-in drafting tasks, registered through the same plugin API third parties use.

Prompts are short and literal on purpose: the local models (Qwen2.5-Coder 1.5B and 0.5B)
follow one plain instruction far better than a long style guide. Every prompt says
"output only …", which with the cleaner in ``engine.drafting.tasks`` keeps answers free of
"Sure, here is…". Facts are the reporter's: every prompt forbids new names and numbers,
and the hallucination guard highlights any that slip through.
"""

from __future__ import annotations

from desktop.plugins.api import PluginAPI, PromptSpec, TaskSpec

COPYDESK_API = "1.1"

_EDITOR_EN = "You are a careful news editor. Never add facts, names or numbers that are not in the text."
_EDITOR_ZH = "你是严谨的新闻编辑。不得添加原文没有的事实、人名或数字。"


def _p(system_en: str, user_en: str, system_zh: str, user_zh: str,
       map_en: str = "", map_zh: str = "") -> dict[str, PromptSpec]:
    return {"en": PromptSpec(system_en, user_en, map_en), "zh": PromptSpec(system_zh, user_zh, map_zh)}


TASKS: tuple[TaskSpec, ...] = (
    TaskSpec(
        "continue", "Continue writing", "续写",
        _p("You are a news writer. Continue the text in the same style. Output only the new sentences; "
           "do not repeat the text.", "Continue this text with two or three sentences:\n\n{text}",
           "你是新闻写作者。按原文风格续写。只输出新写的句子，不要重复原文。", "请为下面的文字续写两三句话：\n\n{text}"),
        description_en="Writes the next few sentences in the same style.", description_zh="按原文风格续写几句。",
        max_tokens=200, temperature=0.7, long_input="tail", shortcut="Ctrl+Alt+C"),
    TaskSpec(
        "polish", "Polish", "润色",
        _p(_EDITOR_EN, "Correct the grammar and improve the clarity of this text. Keep its meaning, facts and "
           "length. Output only the corrected text.\n\n{text}",
           _EDITOR_ZH, "请修改下面文字的语病，使其通顺清楚，保持原意、事实和篇幅。只输出修改后的文字。\n\n{text}"),
        description_en="Fixes grammar and flow without changing the facts.", description_zh="修改语病、理顺文字，不改事实。",
        max_tokens=1200, output_ratio=1.3, temperature=0.2, long_input="per_chunk", diff_view=True,
        replaces_input=True, shortcut="Ctrl+Alt+P",
        cloud_instruction_en="Correct grammar and style in the following text; keep its meaning.",
        cloud_instruction_zh="请修改以下文本的语法和文风，保持原意。"),
    TaskSpec(
        "shorten", "Shorten", "精简",
        _p(_EDITOR_EN, "Shorten this text to about two thirds of its length. Keep every key fact, name and "
           "number. Output only the shortened text.\n\n{text}",
           _EDITOR_ZH, "把下面的文字压缩到原来的三分之二左右，保留所有关键事实、人名和数字。只输出压缩后的文字。\n\n{text}"),
        description_en="Cuts about a third, keeping the facts.", description_zh="删去约三分之一，保留事实。",
        max_tokens=900, output_ratio=0.8, temperature=0.2, long_input="per_chunk", diff_view=True,
        replaces_input=True, shortcut="Ctrl+Alt+S"),
    TaskSpec(
        "expand", "Expand", "扩写",
        _p(_EDITOR_EN, "Rewrite this text as fuller news prose, explaining each point more clearly. Use only "
           "the facts given, and keep every name, place, date and number. Output only the new text.\n\n{text}",
           _EDITOR_ZH, "把下面的文字扩写成更完整的新闻稿，把每一点讲得更清楚，只使用原文提供的事实，"
           "保留所有人名、地名、日期和数字。只输出扩写后的文字。\n\n{text}"),
        description_en="Turns notes into fuller prose with the same facts.", description_zh="把要点扩写成完整段落。",
        max_tokens=900, output_ratio=2.0, temperature=0.5, long_input="per_chunk", replaces_input=True),
    TaskSpec(
        "summarize", "Summarize", "摘要",
        _p(_EDITOR_EN, "Summarize this news text in two or three sentences, in your own words: who did what, "
           "when and where, with the names and key numbers exactly as written. Do not quote. Output only the summary.\n\n{text}",
           _EDITOR_ZH, "用两三句话、用自己的话概括下面这篇新闻：谁在何时何地做了什么，人名和关键数字保持原样。"
           "不要引用原话。只输出摘要。\n\n{text}"),
        description_en="Two or three sentences with the main facts.", description_zh="两三句话概括要点。",
        max_tokens=200, temperature=0.2, long_input="map_reduce", shortcut="Ctrl+Alt+M", cloud="preferred",
        cloud_instruction_en="Summarise the following text in a few sentences.",
        cloud_instruction_zh="请用几句话概括以下文本。"),
    TaskSpec(
        "summarize-bullets", "Summary as bullet points", "要点摘要",
        _p(_EDITOR_EN, "Summarize this news text as three to five short bullet points, each line starting with "
           "'- '. Keep the names and numbers exactly. Output only the bullet points.\n\n{text}",
           _EDITOR_ZH, "把下面这篇新闻概括成三到五个简短要点，每行以“- ”开头，人名和数字保持原样。只输出要点。\n\n{text}"),
        description_en="Three to five bullet points with the main facts.", description_zh="三到五个要点。",
        max_tokens=250, temperature=0.2, long_input="map_reduce", postprocess=("bullets",),
        cloud_instruction_en="Summarise the following text in a few sentences.",
        cloud_instruction_zh="请用几句话概括以下文本。"),
    TaskSpec(
        "headlines", "Three headlines", "三个标题",
        _p(_EDITOR_EN, "Write three different short news headlines for this text, one per line, numbered 1 to 3. "
           "Each at most twelve words, no quotation marks. Output only the headlines.\n\n{text}",
           _EDITOR_ZH, "为下面这篇新闻拟三个不同的简短标题，每行一个，用 1 到 3 编号，每个不超过二十字，不要引号。只输出标题。\n\n{text}"),
        description_en="Three headline options to choose from.", description_zh="三个备选标题。",
        max_tokens=150, temperature=0.6, long_input="map_reduce", options=3, shortcut="Ctrl+Alt+H",
        cloud_instruction_en="Write one headline for the following story.",
        cloud_instruction_zh="请为以下报道写一个标题。"),
    TaskSpec(
        "lead", "Lead paragraph", "导语",
        _p(_EDITOR_EN, "Write the lead paragraph of a news story from this text: one paragraph, at most 45 words, "
           "with who, what, when and where. Output only the paragraph.\n\n{text}",
           _EDITOR_ZH, "根据下面的材料写一段新闻导语：一段话，不超过八十字，交代何人、何事、何时、何地。只输出导语。\n\n{text}"),
        description_en="One opening paragraph: who, what, when, where.", description_zh="一段导语：何人何事何时何地。",
        max_tokens=160, temperature=0.3, long_input="map_reduce", postprocess=("first_paragraph",)),
    TaskSpec(
        "translate-zh-en", "Translate Chinese → English", "中译英",
        {"en": PromptSpec("You are a professional news translator from Chinese to English.",
                          "Translate this Chinese text into English. Keep every number, date and name; "
                          "write names in pinyin; 万 is ten thousand and 亿 is a hundred million "
                          "(320.5万 = 3.205 million). Output only the translation.\n\n{text}")},
        description_en="Translates Chinese text into English.", description_zh="把中文译成英文。",
        max_tokens=1400, output_ratio=1.8, temperature=0.1, long_input="per_chunk", output_language="en",
        input_language="zh", replaces_input=True, guard="numbers", cloud="preferred",
        cloud_instruction_en="Translate the following text into {target}.",
        cloud_instruction_zh="请把以下文本翻译成{target_zh}。"),
    TaskSpec(
        "translate-en-zh", "Translate English → Chinese", "英译中",
        {"zh": PromptSpec("你是专业的新闻翻译，把英文译成简体中文。", "把下面的英文翻译成简体中文，保留所有数字、日期和人名；"
                          "一百万是100万，十亿是10亿（4.8 million = 480万）。只输出译文。\n\n{text}")},
        description_en="Translates English text into Chinese.", description_zh="把英文译成中文。",
        max_tokens=1400, output_ratio=1.4, temperature=0.1, long_input="per_chunk", output_language="zh",
        input_language="en", replaces_input=True, guard="numbers", cloud="preferred",
        cloud_instruction_en="Translate the following text into {target}.",
        cloud_instruction_zh="请把以下文本翻译成{target_zh}。"),
    TaskSpec(
        "outline", "Outline", "提纲",
        _p(_EDITOR_EN, "Make an outline of this text: four to seven short bullet points, in order. "
           "Keep the names and numbers exactly. Output only the bullet points.\n\n{text}",
           _EDITOR_ZH, "为下面的文字列提纲：按顺序列出四到七个简短要点，人名和数字保持原样。只输出要点。\n\n{text}"),
        description_en="The structure as bullet points.", description_zh="用要点列出结构。",
        max_tokens=300, temperature=0.2, long_input="map_reduce", postprocess=("bullets",)),
    TaskSpec(
        "interview-story", "Interview → story", "采访成稿",
        _p("You are a news reporter. Write a short news story from an interview transcript, in your own "
           "words. Each transcript line starts with a tag like [S3]. To quote someone, write the speaker's name, "
           "'said' and only the tag, for example: Li said [S3]. Never copy transcript lines. Use only facts "
           "from the transcript.",
           "Transcript:\n{text}\n\nWrite a news story of three short paragraphs about this interview. Start "
           "with the most important fact. Quote the most important statement by its tag.",
           "你是记者。根据采访转写稿，用自己的话写一篇短新闻。转写稿每行以 [S3] 这样的标记开头。引用原话时，写明说话人，"
           "再写“说”和标记，例如：李先生说 [S3]。不要照抄转写稿的行。只使用转写稿中的事实。",
           "转写稿：\n{text}\n\n根据这次采访写一篇三小段的短新闻，开头写最重要的事实，用标记引用最重要的一句原话。",
           map_en="Write short notes on this part of an interview: the key facts, and the tags (like [S3]) of "
                  "the two most important statements. Output only the notes.\n\n{text}",
           map_zh="为这部分采访写简短笔记：关键事实，以及两句最重要原话的标记（如 [S3]）。只输出笔记。\n\n{text}"),
        description_en="A first draft from a transcript; quotes are copied word for word and linked to the audio.",
        description_zh="根据转写稿写初稿；引语逐字取自录音并与音频关联。",
        max_tokens=700, temperature=0.4, long_input="map_reduce", needs_transcript=True, cloud="preferred",
        cloud_instruction_en="Write a news story from the following interview notes.",
        cloud_instruction_zh="请根据以下采访记录写一篇新闻报道。"),
)


def register(api: PluginAPI) -> None:
    for task in TASKS:
        api.add_task(task)
