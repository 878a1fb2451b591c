"""Plugins: a third-party plugin registers through the API; a broken one is disabled, not fatal."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.plugins import load_plugins

SAMPLE = '''
from dataclasses import dataclass

@dataclass
class ShoutChecker:
    name: str = "shout"
    languages: tuple = ("en",)

    def check(self, text):
        return [i for i, ch in enumerate(text) if ch == "!"]

def register(api):
    api.add_checker(ShoutChecker())
    api.add_exporter("shout", ".txt", "document", lambda doc, path: path.write_text(doc.upper()))
'''


def test_user_folder_plugin_registers(tmp_path: Path) -> None:
    (tmp_path / "shout.py").write_text(SAMPLE, "utf-8")
    registry = load_plugins(tmp_path, include_entry_points=False)
    assert registry.loaded == ["shout"]
    assert registry.checkers[0].name == "shout"
    assert registry.exporters["shout"].extension == ".txt"


def test_broken_plugins_are_disabled_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "a_syntax.py").write_text("def register(api):\n  return (", "utf-8")
    (tmp_path / "b_raises.py").write_text("def register(api):\n    raise RuntimeError('boom')\n", "utf-8")
    (tmp_path / "c_noregister.py").write_text("x = 1\n", "utf-8")
    (tmp_path / "d_good.py").write_text(SAMPLE, "utf-8")
    registry = load_plugins(tmp_path, include_entry_points=False)
    assert registry.loaded == ["d_good"]
    names = {p.name: p.message for p in registry.problems}
    assert set(names) == {"a_syntax", "b_raises", "c_noregister"}
    assert "boom" in names["b_raises"] and "register" in names["c_noregister"]


def test_builtin_plugin_loads_without_problems(tmp_path: Path) -> None:
    registry = load_plugins(tmp_path)
    assert "builtin" in registry.loaded, registry.problems
    assert registry.problems == []
