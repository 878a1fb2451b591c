"""The public plugin API, end to end with the example plugin installed as a real distribution.

``examples/copydesk-example-plugin`` is built and installed by pip (offline, into a temporary
target folder), then found through its ``copydesk.plugins`` entry point by the real CLI in a
subprocess: its checker finds an issue, its exporters write files, its task is listed.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop.engine.cloud.router import Router, TaskRequest
from desktop.engine.core import plugins
from desktop.engine.core.settings import Settings
from desktop.engine.proofread.runner import CheckerFailedError, make_proofreader
from desktop.plugins import api

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "copydesk-example-plugin"
STORY = ("Storm closes the harbour\n"
         "Seven boats stayed in the harbour on Monday. The ferry will reportedly run again on Tuesday.\n")


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin, pip-installed into its own folder (a copy is built: no build/ in the repo)."""
    work = tmp_path_factory.mktemp("example-plugin")
    source = shutil.copytree(EXAMPLE, work / "src")
    site = work / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--no-build-isolation", "--target", str(site), str(source)],
                   check=True, capture_output=True, timeout=300)
    assert (site / "copydesk_example_plugin").is_dir() and list(site.glob("*.dist-info/entry_points.txt"))
    return site


def _cli(site: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(REPO)]), "COPYDESK_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_example_plugin_works_end_to_end_from_an_installed_distribution(
        example_site: Path, tmp_path: Path, fellow_clip: Path) -> None:
    home = tmp_path / "home"
    tasks = _cli(example_site, home, "draft", "--list")
    assert tasks.returncode == 0, tasks.stderr
    assert "social-post" in tasks.stdout and "Social post" in tasks.stdout

    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    checked = _cli(example_site, home, "proofread", str(story), "--format", "json")
    issues = json.loads(checked.stdout)
    issues = issues["issues"] if isinstance(issues, dict) else issues
    hedges = [i for i in issues if i["checker"] == "example.hedges"]
    assert [h["text"] for h in hedges] == ["reportedly"] and hedges[0]["category"] == "style"

    created = _cli(example_site, home, "doc", "new", str(story), "--title", "Storm closes the harbour")
    doc_id = created.stdout.strip()
    out = tmp_path / "story.wire.txt"
    exported = _cli(example_site, home, "doc", "export", doc_id, str(out))  # format found by extension
    assert exported.returncode == 0, exported.stderr
    wire = out.read_text("utf-8").splitlines()
    assert wire[0] == "SLUG: storm-closes-the" and wire[1] == "STORM CLOSES THE HARBOUR"
    assert wire[-2].startswith("Words: ") and int(wire[-2].split()[1]) > 15 and wire[-1] == "ENDS"

    help_text = _cli(example_site, home, "transcribe", "--help").stdout
    assert "speaker-csv" in help_text and "srt" in help_text
    table = tmp_path / "clip.csv"
    spoken = _cli(example_site, home, "transcribe", str(fellow_clip), "--model", "whisper-tiny.en",
                  "--language", "en", "--format", "speaker-csv", "--output", str(table))
    assert spoken.returncode == 0, spoken.stderr
    rows = list(csv.reader(table.open(encoding="utf-8")))
    assert rows[0] == ["start", "end", "speaker", "text"] and len(rows) >= 2
    assert "harbo" in " ".join(r[3] for r in rows[1:]).lower() and rows[1][2] == "Speaker 1"

    bad = _cli(example_site, home, "doc", "export", doc_id, str(tmp_path / "x.out"), "--format", "nope")
    assert bad.returncode != 0 and "wire" in bad.stderr  # the format list names the plugin's format


def test_the_installed_plugin_in_process(example_site: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.syspath_prepend(str(example_site))
    registry = plugins.load_plugins(tmp_path / "no-user-plugins")
    try:
        assert "example" in registry.loaded and registry.problems == []
        assert registry.owners["example.hedges"] == "example"
        task = registry.tasks["social-post"]
        assert isinstance(task, api.TaskSpec) and task.cloud == "never"
        from desktop.engine.cloud.config import CloudConfig

        router = Router(lambda *a: iter(()), config=CloudConfig(base_url="https://api.example.com/v1", model="m",
                                                                enabled=True))
        monkeypatch.setattr(plugins, "_default", registry)
        decision = router.decide(TaskRequest("social-post", "x " * 20_000, privacy="cloud", quality="best"))
        assert decision.route == "local" and decision.reason == "task-local"
        wire = registry.exporters["wire"]
        assert (wire.kind, wire.extension, wire.menu_label, wire.plugin) == ("document", ".wire.txt", "Wire copy",
                                                                              "example")
    finally:
        sys.modules.pop("copydesk_example_plugin", None)


_PLUGIN = '''
COPYDESK_API = {version!r}

def register(api):
    api.add_task(api_task())

def api_task():
    from desktop.plugins.api import PromptSpec, TaskSpec
    return TaskSpec("t-{name}", "T", "T", {{"en": PromptSpec("s", "{{text}}")}})
'''


@pytest.mark.parametrize(("version", "loads", "words"), [
    ("1.0", True, ""), ("1.1", True, ""), ("1", True, ""),
    ("2.0", False, "needs plugin API 2.x, and this Copydesk provides 1.1"),
    ("1.7", False, "needs plugin API 1.7, newer than 1.1"),
    ("one", False, "not a version number"),
])
def test_api_version_is_checked(tmp_path: Path, version: str, loads: bool, words: str) -> None:
    name = f"p{version.replace('.', '_')}"
    (tmp_path / f"{name}.py").write_text(_PLUGIN.format(version=version, name=name), "utf-8")
    registry = plugins.load_plugins(tmp_path, include_entry_points=False)
    assert (name in registry.loaded) is loads and (f"t-{name}" in registry.tasks) is loads
    if not loads:
        assert [p.name for p in registry.problems] == [name] and words in registry.problems[0].message


def test_a_checker_that_raises_is_switched_off_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "flaky.py").write_text('''
from desktop.plugins.api import Issue, STYLE, WARNING

class Flaky:
    name = "flaky.checker"
    languages = frozenset({"en"})
    calls = 0

    def check(self, text, ctx):
        Flaky.calls += 1
        if "boom" in text:
            raise ZeroDivisionError("division by zero")
        return []

def register(api):
    api.add_checker(Flaky())
''', "utf-8")
    registry = plugins.load_plugins(tmp_path)
    proofreader = make_proofreader("en", settings=Settings(), plugins=registry)
    issues = proofreader.check("All good here.\nThis goes boom.\nThe the council met.")
    assert any(i.rule and "the the" in i.text.lower() for i in issues)  # the other checkers still ran
    failed = [p for p in proofreader.problems if isinstance(p, CheckerFailedError)]
    assert len(failed) == 1
    text = failed[0].full_message("en")
    assert "flaky.checker" in text and "flaky" in text and "ZeroDivisionError" in text
    assert "检查器" in failed[0].message("zh_CN")
    calls = sys.modules["copydesk_user_plugin_flaky"].Flaky.calls
    proofreader.check("Another boom paragraph.")
    assert sys.modules["copydesk_user_plugin_flaky"].Flaky.calls == calls  # not called again
    assert len([p for p in proofreader.problems if isinstance(p, CheckerFailedError)]) == 1


def test_plugins_get_only_the_public_calls(tmp_path: Path) -> None:
    seen: list[object] = []
    registry = plugins.PluginRegistry()
    plugins._call_register(registry, "spy", lambda: seen.append)
    (given,) = seen
    assert isinstance(given, api.PluginAPI)
    assert [a for a in dir(given) if not a.startswith("_")] == [
        "add_checker", "add_exporter", "add_task", "add_term_list", "plugin_name", "version"]
    assert not hasattr(given, "__dict__")  # nothing to reach the registry through but name mangling
    assert set(api.__all__) >= {"PluginAPI", "TaskSpec", "Checker", "Issue", "Exporter", "CheckContext",
                                "DocumentExport", "API_VERSION"}
    assert api.API_VERSION == "1.1"


def test_builtin_entry_points_match_pyproject() -> None:
    table = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    assert table["project"]["entry-points"]["copydesk.plugins"] == plugins.BUILTIN_ENTRY_POINTS
