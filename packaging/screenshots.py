"""Walk the main states of the real window and save screenshots under build/screenshots/.

Run through ``packaging/screenshots.sh`` (starts Xvfb) or with any display. Each state is
captured in English and in Chinese, so both can be looked at, not only tested.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(os.environ.get("SCREENSHOT_DIR", "build/screenshots"))

STORY_ZH = ("本市交通管理部门昨天宣布，地铁三号线将从下月起延长运营时间至零点。\n"
            "王市长在接受采访时说：“我们希望让夜班工作者也能安全回家。”\n"
            "据统计，三号线工作日日均客流约为四十二万人次。")
STORY_EN = ("The city's transport department said on Monday that Line 3 will run until midnight from next month.\n"
            "\"We want night-shift workers to get home safely,\" the mayor said in an interview.\n"
            "Line 3 carries about 420,000 passengers on an average weekday.")


def shoot(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def run(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.engine.settings import Settings, save_settings

    home = tempfile.mkdtemp(prefix=f"copydesk-shots-{language}-")
    os.environ["COPYDESK_HOME"] = home
    save_settings(Settings(ui_language=language))
    app = QApplication.instance() or QApplication(sys.argv)
    for t in getattr(app, "_translators", []):
        app.removeTranslator(t)
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.version_dialog import VersionDialog

    ctx, messages = build_context(app)
    assert ctx is not None
    window = MainWindow(ctx, messages)
    window.resize(1280, 800)
    window.show()
    shoot(window, f"{language}-01-empty-library")
    for title, body in (("地铁延长运营", STORY_ZH), ("Line 3 runs later", STORY_EN)):
        ctx.store.create_document(title, body, language="zh" if body is STORY_ZH else "en")
    window.documents.refresh()
    window.open_document(ctx.store.list_documents()[-1].id)
    shoot(window, f"{language}-02-document")
    window.documents.search.setText("地铁")
    window.documents.refresh()
    shoot(window, f"{language}-03-search")
    ctx.store.save_document(window.doc_id, body=window.editor.toPlainText() + "\n补充：末班车时间待定。", snapshot="manual")
    dialog = VersionDialog(ctx.store, window.doc_id, window)
    dialog.show()
    shoot(dialog, f"{language}-04-version-history")
    dialog.close()
    settings = SettingsDialog(ctx.settings, ctx.models, window)
    settings.show()
    shoot(settings, f"{language}-05-settings")
    settings.close()
    for name, panel in window.panels.items():
        dock = panel.parentWidget()
        if dock is not None:
            dock.raise_()
        shoot(window, f"{language}-10-panel-{name}")
    window.close()
    ctx.store.close()


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    run(sys.argv[1] if len(sys.argv) > 1 else "en")
