"""Plugins: a third-party plugin registers through the API; a broken one is disabled, not fatal."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.core.plugins import load_plugins

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
    assert {"builtin-checkers", "builtin-exporters", "builtin-tasks"} <= set(registry.loaded), registry.problems
    assert registry.problems == []
    assert registry.checkers and registry.tasks and registry.exporters


def test_entry_point_plugin_from_an_installed_distribution(tmp_path: Path, monkeypatch) -> None:
    """A third-party package declaring the copydesk.plugins entry point is found and loaded."""
    import sys

    site = tmp_path / "site"
    (site / "copydesk_sample_plugin").mkdir(parents=True)
    (site / "copydesk_sample_plugin" / "__init__.py").write_text(SAMPLE, "utf-8")
    dist = site / "copydesk_sample_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: copydesk-sample-plugin\nVersion: 0.1\n", "utf-8")
    (dist / "entry_points.txt").write_text("[copydesk.plugins]\nsample = copydesk_sample_plugin:register\n", "utf-8")
    monkeypatch.syspath_prepend(str(site))
    registry = load_plugins(tmp_path / "no-user-plugins")
    assert "sample" in registry.loaded and "builtin-tasks" in registry.loaded
    assert any(getattr(c, "name", "") == "shout" for c in registry.checkers)
    sys.modules.pop("copydesk_sample_plugin", None)
