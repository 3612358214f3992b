"""The package's import graph has no cycles, and the two GUI modes stay apart.

grimp (import-linter's graph builder) reads every `import` in jxdesk, including those
inside functions and under TYPE_CHECKING; a cycle among them is a module that cannot be
understood (or imported) without another that needs it first.
"""

from __future__ import annotations

import grimp
import pytest


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("jxdesk")


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    group.append(m)
                    if m == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    g = grimp.ImportGraph()
    for m in ("a", "b", "c", "d"):
        g.add_module(m)
    g.add_import(importer="a", imported="b")
    g.add_import(importer="b", imported="c")
    g.add_import(importer="c", imported="a")
    g.add_import(importer="c", imported="d")
    assert cycles(g) == [["a", "b", "c"]]


def test_no_module_of_jxdesk_is_in_an_import_cycle(graph: grimp.ImportGraph) -> None:
    inside = [g for g in cycles(graph) if any(m.startswith("jxdesk") for m in g)]
    assert inside == []


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("jxdesk.gui.counter", "jxdesk.gui.kiosk"),
        ("jxdesk.gui.kiosk", "jxdesk.gui.counter"),
    ],
)
def test_the_counter_and_the_kiosk_do_not_import_each_other(
    graph: grimp.ImportGraph, importer: str, imported: str
) -> None:
    chain = graph.find_shortest_chain(importer=importer, imported=imported, as_packages=True)
    assert chain is None, " -> ".join(chain or ())


def test_both_modes_start_from_the_shared_start_up_module(graph: grimp.ImportGraph) -> None:
    assert graph.find_shortest_chain(importer="jxdesk.gui.kiosk", imported="jxdesk.gui.app") is None
    assert graph.direct_import_exists(
        importer="jxdesk.gui.kiosk.run", imported="jxdesk.gui.startup"
    )
