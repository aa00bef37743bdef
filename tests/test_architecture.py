"""The layers hold: no module imports one that (directly or not) imports it back.

import-linter's contracts (pyproject.toml, `lint-imports` in `make test`) check the layers and
sibling cycles package by package; this test looks at the whole module graph at once, imports
inside functions included, so a cycle across packages cannot hide between two contracts.
"""

from __future__ import annotations

import grimp

PACKAGES = ("crawler", "spiders", "pipelines", "archive", "replica")
# The replica web serves the demo and the tests; of the product only these commands use it.
REPLICA_USERS = {"crawler.commands.demo", "crawler.commands.serve"}


def strongly_connected(graph) -> list[set[str]]:
    """Tarjan's algorithm over grimp's graph: the groups of modules that import each other."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = [0]

    def visit(module: str) -> None:
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            groups.append(group)

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_of_the_project_sits_in_an_import_cycle():
    graph = grimp.build_graph(*PACKAGES)
    cycles = [sorted(group) for group in strongly_connected(graph) if len(group) > 1]
    assert cycles == []


def test_the_packages_import_each_other_one_way():
    graph = grimp.build_graph(*PACKAGES)
    edges = {
        (importer.split(".")[0], imported.split(".")[0])
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if importer.split(".")[0] != imported.split(".")[0]
    }
    assert not {(a, b) for a, b in edges if (b, a) in edges}
    assert edges <= {
        ("crawler", "spiders"),
        ("crawler", "archive"),
        ("crawler", "pipelines"),
        ("spiders", "pipelines"),
        ("archive", "pipelines"),
        ("crawler", "replica"),
    }


def test_only_demo_and_serve_samples_import_the_replica_web_which_imports_nothing_of_the_product():
    graph = grimp.build_graph(*PACKAGES)
    replica = {m for m in graph.modules if m.split(".")[0] == "replica"}
    importers = {
        importer
        for module in replica
        for importer in graph.find_modules_that_directly_import(module)
        if importer.split(".")[0] != "replica"
    }
    assert importers == REPLICA_USERS
    imported = {
        other.split(".")[0] for module in replica for other in graph.find_modules_directly_imported_by(module)
    }
    assert imported & set(PACKAGES) == {"replica"}
