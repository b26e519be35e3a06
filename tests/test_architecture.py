"""The house rule of imports: no cycles, and no package imports one above it.

Every module under ``src/diplowatch`` is parsed (``ast``, not imported), and
every import it writes is read: at the top, inside functions, under
``TYPE_CHECKING``, and ``importlib.import_module("diplowatch…")`` with a
literal name. Two rules follow (docs/architecture.md):

* no cycle between modules, however long;
* an import between two units (a package such as ``store``, or a module at
  the top of the package such as ``model.py``) goes to a lower layer of
  ``LAYERS``; units of one layer (``scale`` and ``serve``, ``extract`` and
  ``ingest``) do not import each other.

A new package or top-level module fails ``test_every_unit_has_a_layer``
until it is placed in ``LAYERS`` (and in docs/architecture.md).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "diplowatch"

#: Lowest first. The first layer is the contract between stages and the
#: helpers every stage may use; ``diplowatch`` itself (``diplowatch.open``)
#: is a front door like the command line.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(layer)
    for layer in (
        {"version", "model", "event_types", "pool", "progress"},
        {"valid"},
        {"problems"},
        {"lang"},
        {"text"},
        {"dates"},
        {"extract", "ingest"},
        {"pipeline", "render"},
        {"guard"},
        {"store"},
        {"scale", "serve"},
        {"cli", PACKAGE},
    )
)
RANK = {unit: rank for rank, layer in enumerate(LAYERS) for unit in layer}


def module_files(root: Path = SRC / PACKAGE) -> dict[str, Path]:
    """Dotted module name → file, for every ``.py`` file of the package."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _resolve(name: str, modules: Mapping[str, Path]) -> str | None:
    """The longest known module that ``name`` names (``a.b.func`` → ``a.b``)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _written_imports(node: ast.AST, here: str) -> list[str]:
    """The dotted names one node imports (``from a import b``: ``a.b``, else ``a``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = here.split(".")[: len(here.split(".")) - node.level + 1]
            parent = ".".join([*base, node.module] if node.module else base)
        else:
            parent = node.module or ""
        return [f"{parent}.{alias.name}" for alias in node.names]
    if (
        isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return [node.args[0].value]
    return []


def imports_of(module: str, source: str, modules: Mapping[str, Path]) -> set[str]:
    """The package's modules that ``source`` imports, wherever the import stands."""
    here = module if modules[module].name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        for name in _written_imports(node, here):
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                target = _resolve(name, modules)
                if target is not None and target != module:
                    found.add(target)
    return found


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    return {m: imports_of(m, p.read_text(encoding="utf-8"), modules) for m, p in modules.items()}


def unit(module: str) -> str:
    """``store`` for ``diplowatch.store.db``, ``model`` for ``diplowatch.model``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else PACKAGE


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
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
    return found


def wrong_way(graph: Mapping[str, set[str]], rank: Mapping[str, int]) -> list[str]:
    """Imports that go up the layers or sideways to another unit of the same layer."""
    out = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            a, b = unit(module), unit(target)
            if a != b and a in rank and b in rank and rank[b] >= rank[a]:
                way = "sideways" if rank[b] == rank[a] else "upward"
                out.append(f"{module} imports {target} ({way}: {a} → {b})")
    return out


def test_every_unit_has_a_layer() -> None:
    units = {unit(m) for m in module_files()}
    assert units - set(RANK) == set(), "place these in LAYERS and docs/architecture.md"
    assert set(RANK) - units == set(), "LAYERS names units that no longer exist"


@cache
def _package_graph() -> Mapping[str, set[str]]:
    """The real package's import graph, parsed once for the tests that read it
    (parsing every source file is most of their time; neither test changes it)."""
    return import_graph(module_files())


def test_no_import_cycles() -> None:
    assert cycles(_package_graph()) == []


def test_no_upward_or_sideways_imports() -> None:
    assert wrong_way(_package_graph(), RANK) == []


def test_the_pipeline_order_of_the_brief_holds() -> None:
    order = ["lang", "text", "dates", "extract", "pipeline", "store", "scale", "cli"]
    assert [RANK[u] for u in order] == sorted(RANK[u] for u in order)
    assert len({RANK[u] for u in order}) == len(order)
    assert RANK["scale"] == RANK["serve"]  # siblings: neither may import the other


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    """The reader and both rules, on a made-up package (so they can fail)."""
    root = tmp_path / PACKAGE
    for name, text in {
        "__init__.py": "",
        "model.py": "",
        "store/__init__.py": "",
        "store/db.py": "from diplowatch.store import rows\nfrom diplowatch import model\n",
        "store/rows.py": "def f():\n    from diplowatch.store.db import X\n",
        "lang/__init__.py": (
            "import importlib\nfrom typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from diplowatch.store import db\n"
            "importlib.import_module('diplowatch.model')\n"
        ),
        "serve/__init__.py": "from ..store.db import Store\n",
        "scale/__init__.py": "from diplowatch.serve import app\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    modules = module_files(root)
    graph = import_graph(modules)
    assert graph["diplowatch.store.db"] == {"diplowatch.store.rows", "diplowatch.model"}
    assert graph["diplowatch.lang"] == {"diplowatch.store.db", "diplowatch.model"}
    assert graph["diplowatch.serve"] == {"diplowatch.store.db"}
    assert cycles(graph) == [["diplowatch.store.db", "diplowatch.store.rows"]]
    problems = wrong_way(graph, RANK)
    assert "diplowatch.lang imports diplowatch.store.db (upward: lang → store)" in problems
    assert "diplowatch.scale imports diplowatch.serve (sideways: scale → serve)" in problems
    assert not any(p.startswith("diplowatch.serve ") for p in problems)
