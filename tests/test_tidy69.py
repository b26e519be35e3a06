"""Tidy69: shared helpers and groups that replace copies kept in several rules.

``text.breaks.clause_end`` replaced a step per character to a clause break
that ``referred``, ``reacted``, ``sources`` and ``participants`` each wrote
out; ``first_break`` replaced the ``next(...)`` copies of ``release_asked``,
``attributed`` and ``result_clause``. The tests compare each with the loop
it replaced, written here once, on sentences of the three languages.
The groups of agent codes several rules read live in ``extract/agent_groups``;
a test keeps other modules from writing their own copy again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from diplowatch.extract import agent_groups
from diplowatch.text.breaks import clause_end, first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS

_TEXTS = [
    "الوزير قال، في مؤتمر صحفي: إن المحادثات (في جنيف) ستستمر",
    "وزیر گفت، در نشستی خبری: مذاکرات (در ژنو) ادامه می‌یابد",
    "The minister said, at a press conference: talks (in Geneva) go on",
    "no break at all in this one",
    "",
]


def _step_on(text: str, pos: int, limit: int) -> int:
    """The loop the rules spelled out before ``clause_end``."""
    while pos < limit and text[pos] not in CLAUSE_BREAKS:
        pos += 1
    return pos


def _next_break(text: str, start: int, end: int) -> int:
    """The ``next(...)`` copy the rules spelled out before ``first_break``."""
    return next((i for i in range(start, end) if text[i] in CLAUSE_BREAKS), end)


@pytest.mark.parametrize("text", _TEXTS)
def test_clause_end_as_the_loop(text: str) -> None:
    for pos in range(len(text) + 1):
        for limit in range(len(text) + 1):
            assert clause_end(text, pos, limit, CLAUSE_BREAKS) == _step_on(text, pos, limit)


@pytest.mark.parametrize("text", _TEXTS)
def test_first_break_as_the_next_copy(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(len(text) + 1):
            assert first_break(text, start, end, CLAUSE_BREAKS) == _next_break(text, start, end)


def test_clause_end_stops_at_the_first_break() -> None:
    text = "The minister said, at a press conference: talks go on"
    assert clause_end(text, 4, len(text), CLAUSE_BREAKS) == text.index(",")
    assert clause_end(text, text.index(",") + 1, len(text), CLAUSE_BREAKS) == text.index(":")
    assert clause_end(text, 30, 10, CLAUSE_BREAKS) == 30  # not before the limit: where it is


def _constant_value(node: ast.expr) -> object:
    """The value of a module constant written as a string or a set of
    strings (``frozenset({...})`` too), else None."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "frozenset" and node.args:
        node = node.args[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Set | ast.Tuple) and all(
        isinstance(e, ast.Constant) for e in node.elts
    ):
        return frozenset(e.value for e in node.elts if isinstance(e, ast.Constant))
    return None


def test_agent_groups_have_one_home() -> None:
    """No extract module writes its own copy of a group of agent codes that
    ``extract/agent_groups`` holds (parties.py, split by another helper in
    this round, is left for later)."""
    homes = {
        value: name
        for name, value in vars(agent_groups).items()
        if name.isupper() and isinstance(value, str | frozenset)
    }
    copies = []
    for path in sorted(Path(agent_groups.__file__).parent.glob("*.py")):
        if path.name in ("agent_groups.py", "parties.py"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                value = _constant_value(node.value)
                if value in homes:
                    copies.append(f"{path.name}:{node.lineno} copies {homes[value]}")
    assert not copies
