"""Every third-party module the app imports is declared in pyproject (httpx2 once was not)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Imported only by a developer tool that documents its own throwaway environment.
DEV_TOOLS = {"packaging/export_campplus.py"}


def _imports(folder: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        if str(path.relative_to(REPO)) in DEV_TOOLS:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
                     else [])
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    specs = list(project["dependencies"]) + [s for group in project["optional-dependencies"].values() for s in group]
    return {_normal(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0]) for spec in specs}


def test_every_imported_distribution_is_declared() -> None:
    owners = importlib.metadata.packages_distributions()
    declared = _declared()
    missing = []
    for module, where in sorted(_imports(REPO / "desktop").items()):
        if module in sys.stdlib_module_names or module == "desktop":
            continue
        dists = owners.get(module)
        assert dists, f"{module} (imported in {where}) belongs to no installed distribution"
        if not any(_normal(d) in declared for d in dists):
            missing.append(f"{module} ({where}) from {', '.join(dists)}")
    assert not missing, "imported but not declared in pyproject:\n" + "\n".join(missing)


def test_openai_floor_is_the_first_release_on_httpx2() -> None:
    """The cloud client hands openai an httpx2.Client: openai 3.0 is the first built on httpx2."""
    spec = next(s for s in tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
                if s.startswith("openai"))
    assert spec == "openai>=3.0"
    requires = importlib.metadata.requires("openai") or []
    assert any(r.startswith("httpx2") for r in requires)
