"""Built-in proofreading checkers and default term lists, registered like any plugin's."""

from __future__ import annotations

from desktop.plugins.api import PluginAPI

COPYDESK_API = "1.1"


def register(api: PluginAPI) -> None:
    from desktop.engine.proofread.runner import default_checkers
    from desktop.engine.proofread.terms import default_tables

    for checker in default_checkers():
        api.add_checker(checker)
    for path in default_tables():
        api.add_term_list(path.stem, path)
