"""Proofread panel, deep check: the local model's pass over a selection or the whole text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from tests.ui import test_proofread_panel as base

setup = base.setup  # the same panel fixture


@pytest.mark.slow
def test_deep_check_with_local_model(qtbot, setup, smollm2_path):
    from desktop.engine.proofread import llm_check

    if not llm_check.available():
        pytest.skip("llama-cpp-python is not installed")
    panel, editor = setup
    panel.ctx.settings.proofread_model = "smollm2-135m"  # the deep check has its own, fast model
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        editor.setPlainText(base.TEXT + "The dog sat on teh mat, the the end.\n")
    start = editor.toPlainText().index("The dog")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + 3)
    editor.setTextCursor(cursor)
    with qtbot.waitSignal(panel.sig_deep_checked, timeout=120000):
        panel.deep_check()
    line = [i for i in panel.issues if i.start >= start]
    assert all(i.rule not in llm_check.DEEP_RULES or "llm_gain" in i.data for i in line)
    teh = next(i for i in line if i.text == "teh")
    assert teh.suggestions[0] == "the" and teh.data["llm_gain"] > llm_check.DEFAULT_MARGIN
    assert any(i.text == "the the" for i in line)  # findings of other checkers stay
    assert any(i.text == "布署" for i in panel.issues)  # other paragraphs untouched


@pytest.mark.slow
def test_deep_check_of_whole_document_survives_edits_elsewhere(qtbot, setup, qwen_path):
    from desktop.engine.proofread import llm_check

    if not llm_check.available():
        pytest.skip("llama-cpp-python is not installed")
    panel, editor = setup
    text = "我真的恨高兴你已经找到工作。\n这是第二段，写得很清楚。\n"
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        editor.setPlainText(text)
    with qtbot.waitSignal(panel.sig_deep_checked, timeout=120000):
        panel.deep_check(whole_document=True)
    deep = [i for i in panel.issues if i.checker == "zh.deep"]
    assert [(i.text, i.suggestions[0]) for i in deep] == [("恨", "很")]
    assert any(m.payload is deep[0] for m in editor.marks("proofread"))
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.qt_pos(len(text) - 1))
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        cursor.insertText("补充一句。")  # an edit in another paragraph keeps the deep finding
    assert any(i.checker == "zh.deep" and i.text == "恨" for i in panel.issues)
    cursor.setPosition(editor.qt_pos(1))
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        cursor.insertText("们")  # editing that paragraph drops it: the finding may no longer hold
    assert not any(i.checker == "zh.deep" for i in panel.issues)
