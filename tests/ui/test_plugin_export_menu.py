"""File ▸ Export… offers every plugin's document format next to the built-in ones, and uses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

SHOUT = '''
from desktop.plugins.api import Exporter

def write(doc, path):
    path.write_text(doc.title.upper() + "\\n" + doc.text.upper() + "\\n" + ",".join(doc.tags), "utf-8")
    return path

def register(api):
    api.add_exporter(Exporter("shout", ".shout", "document", write, "Everything in capitals", label="Shouty text"))
'''


def test_plugin_format_is_in_the_export_dialog_and_writes_the_file(qtbot, main_window, copydesk_home: Path,
                                                                   tmp_path: Path, monkeypatch) -> None:
    from desktop.engine.core import paths, plugins
    from desktop.ui import library_actions

    folder = paths.user_plugins_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "shout.py").write_text(SHOUT, "utf-8")
    plugins.reset_registry()
    labels = [label for label, _fmt, _ext in library_actions.export_filters()]
    assert labels[:4] == ["Word document (*.docx)", "PDF (*.pdf)", "Markdown (*.md)", "Web page (*.html)"]
    assert "Shouty text (*.shout)" in labels

    doc = main_window.ctx.store.create_document("Harbour", "seven boats stayed in.")
    main_window.ctx.store.set_tags(doc.id, ["storm"])
    offered: list[str] = []

    def save_dialog(parent, caption, name, filters):
        offered.extend(filters.split(";;"))
        return str(tmp_path / "story"), "Shouty text (*.shout)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    path, error = main_window.library.ask_export(doc.id)
    assert error is None and path == tmp_path / "story.shout"
    assert "Shouty text (*.shout)" in offered
    assert path.read_text("utf-8") == "HARBOUR\nSEVEN BOATS STAYED IN.\nstorm"


def test_a_failing_plugin_exporter_is_a_message_not_a_crash(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    from desktop.engine.core import paths, plugins

    folder = paths.user_plugins_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.py").write_text('''
from desktop.plugins.api import Exporter

def register(api):
    api.add_exporter(Exporter("broken", ".brk", "document", lambda doc, path: 1 / 0, label="Broken"))
''', "utf-8")
    plugins.reset_registry()
    doc = main_window.ctx.store.create_document("x", "y")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "out.brk"), "Broken (*.brk)"))
    path, error = main_window.library.ask_export(doc.id)
    assert path is None and "broken" in error and "ZeroDivisionError" in error and "Nothing was written" in error
