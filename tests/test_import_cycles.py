"""No import cycles anywhere in desktop (engine, CLI, UI, plugins), lazy (function-level) imports included.

grimp sees every import statement wherever it sits, so an import moved into a function to
dodge a cycle still counts. The cycle is printed so whoever breaks this sees where.
"""

from __future__ import annotations

import grimp

CHECKED = ("desktop",)


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """One cycle per strongly connected group of modules (Tarjan), as a closed path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.find_modules_directly_imported_by(node) & modules):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1 or node in graph.find_modules_directly_imported_by(node):
                groups.append(group)

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return [_path_in(graph, set(group)) for group in groups]


def _path_in(graph: grimp.ImportGraph, group: set[str]) -> list[str]:
    """A closed import path through the group's first module, for the failure message."""
    start = min(group)
    path = [start]
    seen = {start}
    while True:
        following = sorted(graph.find_modules_directly_imported_by(path[-1]) & group)
        if (start in following and len(path) > 1) or following == [start]:
            return [*path, start]
        fresh = [m for m in following if m not in seen]
        if not fresh:
            return [*path, following[0]]
        path.append(fresh[0])
        seen.add(fresh[0])


def test_no_import_cycles_in_desktop() -> None:
    graph = grimp.build_graph("desktop")
    modules = {m for m in graph.modules if m.startswith(CHECKED)}
    assert len(modules) > 80  # the graph really holds the engine
    cycles = _cycles(graph, modules)
    for cycle in cycles:
        print("import cycle:", " -> ".join(cycle))
    assert not cycles, cycles


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The finder itself, on a small graph with one cycle through a lazy import and one without."""
    graph = grimp.ImportGraph()
    for name in ("a", "a.x", "a.y", "a.z", "a.w"):
        graph.add_module(name)
    graph.add_import(importer="a.x", imported="a.y", line_number=1, line_contents="from a import y")
    graph.add_import(importer="a.y", imported="a.z", line_number=9, line_contents="    from a import z")
    graph.add_import(importer="a.z", imported="a.x", line_number=3, line_contents="from a import x")
    graph.add_import(importer="a.w", imported="a.x", line_number=1, line_contents="from a import x")
    cycles = _cycles(graph, {"a.x", "a.y", "a.z", "a.w"})
    assert cycles == [["a.x", "a.y", "a.z", "a.x"]]
