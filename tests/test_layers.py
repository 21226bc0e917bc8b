"""The import direction: every module imports only modules of its own layer or of the layers below it, and no
modules import each other in a circle.

Layers, bottom to top (``policykg.__init__`` holds the version only and imports nothing)::

    core < ontology < graph_builder < queries < visualize < corpus < cli

The check reads the source files with ``ast`` (imports inside functions and under ``TYPE_CHECKING`` count too),
maps each file to its module name through the package-dir mapping of pyproject.toml, and fails on an import that
points up a layer or on a cycle between modules (a package's ``__init__`` counts as a module of its own).
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("core", "ontology", "graph_builder", "queries", "visualize", "corpus", "cli")


def package_dirs() -> dict[str, Path]:
    """Import name of each installed package -> its folder."""
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping = setup.get("package-dir", {})
    dirs = {}
    for package in setup["packages"]:
        for parent in sorted(mapping, key=len, reverse=True):
            if package == parent or package.startswith(parent + "."):
                dirs[package] = ROOT / mapping[parent] / Path(*package[len(parent):].split(".")[1:])
                break
        else:
            dirs[package] = ROOT / Path(*package.split("."))
    return dirs


def modules() -> dict[str, Path]:
    """Module name -> source file, for every module the project installs."""
    found = {}
    for package, folder in package_dirs().items():
        for path in sorted(folder.glob("*.py")):
            found[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return found


def layer_of(module: str) -> int:
    """The layer index of a policykg module; -1 for the root package (it may be imported by all)."""
    parts = module.split(".")
    if parts == ["policykg"]:
        return -1
    if parts[1] == "__main__":
        return LAYERS.index("cli")
    return LAYERS.index(parts[1])


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The policykg modules that module ``name`` imports (``from pkg import sub`` counts pkg and pkg.sub)."""
    package = name if path.stem == "__init__" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def test_every_module_has_a_layer():
    for name in modules():
        layer_of(name)   # raises for a package outside the layers


def test_no_import_points_up():
    upward = sorted(f"{name} ({LAYERS[layer_of(name)]}) imports {target} ({LAYERS[layer_of(target)]})"
                    for name, targets in import_graph().items() for target in targets
                    if layer_of(target) > layer_of(name))
    assert not upward, "imports that point up a layer:\n" + "\n".join(upward)


def test_the_root_package_imports_nothing():
    assert not import_graph()["policykg"]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted.

    >>> cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}})
    [['a', 'b']]
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_circles():
    found = cycles(import_graph())
    assert not found, "modules that import each other in a circle:\n" + "\n".join(" <-> ".join(c) for c in found)
