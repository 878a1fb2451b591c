"""The real main window has every member the WindowParts protocol promises its helpers."""

from __future__ import annotations

from desktop.ui.window_parts import WindowParts


def _members() -> set[str]:
    names = set(WindowParts.__annotations__)  # the attributes (typing only: names, not values)
    names |= {n for n, v in vars(WindowParts).items() if callable(v) and not n.startswith("__")}
    return names


def test_the_protocol_names_attributes_and_methods() -> None:
    members = _members()
    assert {"ctx", "editor", "panels", "statusBar", "new_document", "_raise_panel"} <= members


def test_main_window_provides_every_member(main_window) -> None:
    missing = sorted(name for name in _members() if not hasattr(main_window, name))
    assert missing == []
