"""Typed errors with words a reporter understands, in English and Chinese.

Every error the engine raises for bad input, missing models or a broken environment is a
subclass of :class:`CopydeskError`. Callers match on the class, never on the text.
"""

from __future__ import annotations

from desktop.engine.core.i18n import current_language


class CopydeskError(Exception):
    """Base class. ``en``/``zh`` are format strings filled from ``params``."""

    en: str = "Something went wrong."
    zh: str = "出现了问题。"
    hint_en: str = ""
    hint_zh: str = ""

    def __init__(self, *, en: str | None = None, zh: str | None = None,
                 hint_en: str | None = None, hint_zh: str | None = None, **params: object) -> None:
        if en is not None:
            self.en = en
        if zh is not None:
            self.zh = zh
        if hint_en is not None:
            self.hint_en = hint_en
        if hint_zh is not None:
            self.hint_zh = hint_zh
        self.params = params
        super().__init__(self.message("en"))

    def _format(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the current UI language)."""
        return self._format(self.zh if (lang or current_language()) == "zh_CN" else self.en)

    def hint(self, lang: str | None = None) -> str:
        return self._format(self.hint_zh if (lang or current_language()) == "zh_CN" else self.hint_en)

    def full_message(self, lang: str | None = None) -> str:
        hint = self.hint(lang)
        return f"{self.message(lang)} {hint}".strip()

    def __reduce__(self):  # keep errors picklable across the subprocess boundary
        return (_rebuild, (type(self), self.en, self.zh, self.hint_en, self.hint_zh, self.params))


def _rebuild(cls, en, zh, hint_en, hint_zh, params):
    err = cls.__new__(cls)
    err.en, err.zh, err.hint_en, err.hint_zh, err.params = en, zh, hint_en, hint_zh, params
    Exception.__init__(err, err.message("en"))
    return err


# --- bad input -----------------------------------------------------------------------------

class InputError(CopydeskError):
    en = "The input could not be used."
    zh = "无法使用这份输入。"


class EmptyInputError(InputError):
    en = "{what} is empty."
    zh = "{what_zh}是空的。"


class InputTooLargeError(InputError):
    en = "{what} is too large ({size}); the limit is {limit}."
    zh = "{what_zh}太大（{size}），上限是 {limit}。"


class EncodingError(InputError):
    en = "The file {path} is not readable text (tried UTF-8, UTF-16 and GB18030)."
    zh = "文件 {path} 不是可读的文本（已尝试 UTF-8、UTF-16 和 GB18030）。"
    hint_en = "Save it as UTF-8 and try again."
    hint_zh = "请另存为 UTF-8 后重试。"


class CorruptFileError(InputError):
    en = "The file {path} is damaged or not a {kind} file."
    zh = "文件 {path} 已损坏，或不是 {kind} 文件。"


class FileAccessError(InputError):
    en = "Cannot access {path}: {reason}"
    zh = "无法访问 {path}：{reason}"


# --- storage -------------------------------------------------------------------------------

class StoreError(CopydeskError):
    en = "The library could not be opened."
    zh = "无法打开资料库。"


class NotADatabaseError(StoreError):
    en = "The library file {path} is not a Copydesk database (it may be damaged). It was not changed."
    zh = "资料库文件 {path} 不是 Copydesk 数据库（可能已损坏），文件未被改动。"
    hint_en = "You can start a new library; the old file is kept beside it as a backup."
    hint_zh = "可以新建资料库，旧文件会作为备份保留在原处。"


class DataDirNotWritableError(StoreError):
    en = "Copydesk cannot write to its data folder {path}."
    zh = "Copydesk 无法写入数据文件夹 {path}。"
    hint_en = "Check the folder's permissions or set COPYDESK_HOME to a writable folder."
    hint_zh = "请检查文件夹权限，或把 COPYDESK_HOME 设为可写的文件夹。"


class DocumentNotFoundError(StoreError):
    en = "Document {doc_id} does not exist."
    zh = "文档 {doc_id} 不存在。"


class SchemaTooNewError(StoreError):
    en = "The library {path} was written by a newer Copydesk (schema {found} > {supported})."
    zh = "资料库 {path} 由更新版本的 Copydesk 写入（结构版本 {found} > {supported}）。"
    hint_en = "Update Copydesk to open it."
    hint_zh = "请升级 Copydesk 后再打开。"


# --- models --------------------------------------------------------------------------------

class ModelError(CopydeskError):
    en = "The model could not be used."
    zh = "无法使用该模型。"


class UnknownModelError(ModelError):
    en = "There is no model called '{model_id}'."
    zh = "没有名为“{model_id}”的模型。"
    hint_en = "Run 'copydesk models list' to see the models."
    hint_zh = "运行 copydesk models list 查看可用模型。"


class ModelMissingError(ModelError):
    en = "The model '{model_id}' is not installed: the package {package} is missing."
    zh = "模型“{model_id}”未安装：缺少软件包 {package}。"
    hint_en = "Install it with: pip install {package}"
    hint_zh = "请安装：pip install {package}"


class ModelCorruptError(ModelError):
    en = "The model file {path} is damaged (checksum mismatch)."
    zh = "模型文件 {path} 已损坏（校验和不一致）。"
    hint_en = "Reinstall the package {package}."
    hint_zh = "请重新安装软件包 {package}。"


class ModelFormatError(ModelError):
    en = "{path} is not a {kind} model."
    zh = "{path} 不是 {kind} 模型。"


# --- jobs ----------------------------------------------------------------------------------

class JobError(CopydeskError):
    en = "The task failed."
    zh = "任务失败。"


class JobCancelled(JobError):
    en = "Cancelled."
    zh = "已取消。"


class JobCrashedError(JobError):
    en = "The background task stopped unexpectedly (exit code {exitcode}). Your work is safe."
    zh = "后台任务意外终止（退出码 {exitcode}），您的内容未受影响。"


class JobFailedError(JobError):
    en = "The background task failed: {reason}"
    zh = "后台任务失败：{reason}"


# --- settings ------------------------------------------------------------------------------

class SettingsError(CopydeskError):
    en = "The settings could not be used."
    zh = "无法使用设置。"
