"""Export formats as menus and the command line see them: the built-in ones plus every plugin's.

Plugins register :class:`~desktop.engine.core.plugins.Exporter` objects; before this module they
were stored and never read. Every place that offers a format list asks here, so a plugin's
format shows up in File ▸ Export, in ``copydesk transcribe --format`` and in
``copydesk doc export --format`` alike.

Document exporters from plugins receive a :class:`DocumentExport` — a plain, frozen copy of
what the story says — never the store's row or the store itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.engine.core.errors import FileAccessError, InputError
from desktop.engine.core.plugins import Exporter, PluginRegistry, registry

# Built-in document formats (engine.library.files writes them; PDF needs Qt, so the UI adds it).
DOCUMENT_BUILTINS = {"docx": (".docx", "Word document"), "md": (".md", "Markdown"), "html": (".html", "Web page")}


@dataclass(frozen=True)
class ExportFormat:
    """One entry of a format list: a built-in (``exporter`` None) or a plugin's exporter."""

    id: str
    extension: str
    label: str
    exporter: Exporter | None = None

    @property
    def plugin(self) -> str:
        return self.exporter.plugin if self.exporter is not None else ""


class UnknownFormatError(InputError):
    en = "There is no {kind} export format called '{fmt}'. Choose one of: {choices}."
    zh = "没有名为“{fmt}”的导出格式。可选：{choices}。"


class ExporterFailedError(InputError):
    en = "The '{fmt}' exporter from plugin '{plugin}' failed: {reason}"
    zh = "插件“{plugin}”的“{fmt}”导出失败：{reason}"
    hint_en = "Nothing was written. Choose another format or update the plugin."
    hint_zh = "未写入任何文件。请选择其他格式，或更新该插件。"


@dataclass(frozen=True)
class DocumentExport:
    """What a plugin's document exporter gets: the story's words, not the library's objects."""

    id: int
    title: str
    text: str
    language: str
    privacy: str
    tags: tuple[str, ...] = ()


def _registry(plugins: PluginRegistry | None) -> PluginRegistry:
    return plugins if plugins is not None else registry()


def transcript_formats(plugins: PluginRegistry | None = None) -> dict[str, ExportFormat]:
    """Format id → format for transcripts (the built-in txt … docx are plugins too, then others')."""
    return {e.format_id: ExportFormat(e.format_id, e.extension, e.menu_label, e)
            for e in _registry(plugins).exporters_of("transcript")}


def document_formats(plugins: PluginRegistry | None = None) -> dict[str, ExportFormat]:
    """Format id → format for documents: the built-ins, then every plugin's (a plugin cannot
    take over a built-in id)."""
    formats = {fmt: ExportFormat(fmt, ext, label) for fmt, (ext, label) in DOCUMENT_BUILTINS.items()}
    for exporter in _registry(plugins).exporters_of("document"):
        formats.setdefault(exporter.format_id, ExportFormat(exporter.format_id, exporter.extension,
                                                            exporter.menu_label, exporter))
    return formats


def find(formats: dict[str, ExportFormat], fmt: str, kind: str) -> ExportFormat:
    found = formats.get(fmt)
    if found is None:
        raise UnknownFormatError(kind=kind, fmt=fmt, choices=", ".join(formats))
    return found


def _run(exporter: Exporter, value: Any, path: Path) -> Path:
    """Call a plugin's writer; its failure is a typed error naming it, never a traceback."""
    try:
        written = exporter.write(value, path)
    except (FileAccessError, InputError):
        raise
    except OSError as err:
        raise FileAccessError(path=str(path), reason=err.strerror or str(err)) from err
    except Exception as err:  # a plugin's bug
        raise ExporterFailedError(fmt=exporter.format_id, plugin=exporter.plugin or "?",
                                  reason=f"{type(err).__name__}: {err}") from err
    out = Path(written) if isinstance(written, str | Path) else path
    if not out.exists():
        raise ExporterFailedError(fmt=exporter.format_id, plugin=exporter.plugin or "?",
                                  reason="it wrote no file")
    return out


def export_transcript(transcript: Any, fmt: str, path: Path | str,
                      plugins: PluginRegistry | None = None) -> Path:
    """Write ``transcript`` as ``fmt`` (a built-in or a plugin's format id)."""
    found = find(transcript_formats(plugins), fmt, "transcript")
    assert found.exporter is not None  # every transcript format is a registered exporter
    return _run(found.exporter, transcript, Path(path))


def export_document_as(store: Any, doc_id: int, fmt: str, path: Path | str,
                       plugins: PluginRegistry | None = None) -> Path:
    """Write document ``doc_id`` as ``fmt``: built-ins through engine.library.files, plugins' with a copy."""
    from desktop.engine.library.files import export_document

    path = Path(path)
    found = find(document_formats(plugins), fmt, "document")
    if found.exporter is None:  # built-in: engine.library.files picks the writer by extension
        return export_document(store, doc_id, path if path.suffix.lower() == found.extension
                               else path.with_name(path.name + found.extension))
    return _run(found.exporter, document_copy(store, doc_id), path)


def document_copy(store: Any, doc_id: int) -> DocumentExport:
    doc = store.get_document(doc_id)
    return DocumentExport(doc.id, doc.title, doc.body, doc.language, doc.privacy, tuple(store.tags(doc_id)))


class LazyFormats:
    """A ``choices`` container for argparse that reads the registry only when asked.

    Building the CLI parser must stay cheap (``copydesk --version``), so plugins load only
    when a ``--format`` is checked or the help is printed.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def _names(self) -> list[str]:
        return list(transcript_formats() if self.kind == "transcript" else document_formats())

    def __contains__(self, item: object) -> bool:
        return item in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())
