"""The story glossary editor saves what it shows, and refuses a bad line without losing the list."""

from __future__ import annotations

from desktop.engine.transcription.glossary import Glossary


def test_edit_and_save(qtbot, app_context) -> None:
    from desktop.ui.glossary_dialog import GlossaryDialog

    doc = app_context.store.create_document("Harbour")
    Glossary(app_context.store).add(doc.id, "Adeyemi", "name")
    dialog = GlossaryDialog(app_context.store, doc.id)
    qtbot.addWidget(dialog)
    assert dialog.entries() == [("Adeyemi", "name")]
    assert dialog.add_list("王建国、Lagos\nAdeyemi") == 2  # duplicates are not added twice
    dialog.table.cellWidget(2, 1).setCurrentIndex(1)  # Lagos is a place
    assert dialog.save()
    terms = [(t.term, t.kind) for t in Glossary(app_context.store).terms(doc.id)]
    assert terms == [("Adeyemi", "name"), ("王建国", "name"), ("Lagos", "place")]


def test_a_bad_line_is_refused_and_nothing_is_lost(qtbot, app_context) -> None:
    from desktop.ui.glossary_dialog import GlossaryDialog

    doc = app_context.store.create_document("Harbour")
    Glossary(app_context.store).add(doc.id, "Adeyemi")
    dialog = GlossaryDialog(app_context.store, doc.id)
    qtbot.addWidget(dialog)
    dialog.add_row("x" * 80, "term")
    assert not dialog.save()
    assert "60" in dialog.error.text()
    assert [t.term for t in Glossary(app_context.store).terms(doc.id)] == ["Adeyemi"]
    dialog.table.selectRow(1)
    dialog.remove_selected()
    assert dialog.save()
