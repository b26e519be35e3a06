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
from types import SimpleNamespace

import pytest

from diplowatch.extract import (
    agent_groups,
    history,
    may_clause,
    named_topic,
    predicates,
    spoken_through,
    syntax,
)
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.mention import Mention
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
    ``extract/agent_groups`` holds (the modules split from parties.py
    included: their three copies were mended at the merge)."""
    homes = {
        value: name
        for name, value in vars(agent_groups).items()
        if name.isupper() and isinstance(value, str | frozenset)
    }
    copies = []
    for path in sorted(Path(agent_groups.__file__).parent.glob("*.py")):
        if path.name == "agent_groups.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                value = _constant_value(node.value)
                if value in homes:
                    copies.append(f"{path.name}:{node.lineno} copies {homes[value]}")
    assert not copies


# -- item 1: letters and words moved from extract/ code to lang/ data --------


@pytest.mark.parametrize(
    ("lang", "text", "word", "opens"),
    [
        # a conjunction glued to the phrase's first word leaves it opening its clause
        ("ar", "أثارت الجدل، وخلال السنوات الماضية واجهت", "خلال", True),
        ("ar", "أثارت الجدل، خلال السنوات الماضية", "خلال", True),
        # Persian and English glue no conjunction: the letter before is a word's
        ("fa", "این جدل را برانگیخت، وطی سال‌های گذشته", "طی", False),
        ("fa", "این جدل را برانگیخت، طی سال‌های گذشته", "طی", True),
        ("en", "It stirred debate, and over the years faced", "over", False),
        ("en", "It stirred debate, over the years faced", "over", True),
    ],
)
def test_glued_conjunction_read_from_the_language(
    lang: str, text: str, word: str, opens: bool
) -> None:
    assert history._opens_at(text.index(word), text, lang) is opens


@pytest.mark.parametrize(
    ("lang", "text", "topic", "noun", "joined"),
    [
        ("ar", "ملف حقوق الانسان والاعتقالات", "الانسان", "والاعتقالات", True),
        ("ar", "ملف حقوق الانسان اعتقالات", "الانسان", "اعتقالات", False),
        ("fa", "مسئله اعتراضات و اعتصاب‌ها", "اعتراضات", "اعتصاب‌ها", True),
        ("en", "the issue of protests and strikes", "protests", "strikes", True),
        ("en", "the issue of protests strikes", "protests", "strikes", False),
    ],
)
def test_topic_joins_glued_as_the_language_lists(
    lang: str, text: str, topic: str, noun: str, joined: bool
) -> None:
    joins = phrase_set(lang, "context", "TOPIC_JOINS")
    glued = phrase_tuple(lang, "context", "TOPIC_GLUED_JOINS")
    end = text.index(topic) + len(topic)
    assert predicates.joins_topic(text, end, text.index(noun), joins, glued) is joined


def test_glued_and_only_where_listed() -> None:
    """Without the language's glued conjunction a "و" on the noun joins nothing."""
    text = "ملف حقوق الانسان والاعتقالات"
    end = text.index("الانسان") + len("الانسان")
    joins = phrase_set("ar", "context", "TOPIC_JOINS")
    assert not predicates.joins_topic(text, end, text.index("والاعتقالات"), joins, ())
    assert named_topic._glued_in("والوفد", ("و",), frozenset({"الوفد"}))
    assert not named_topic._glued_in("والوفد", (), frozenset({"الوفد"}))


@pytest.mark.parametrize(("lang", "lead"), [("ar", ("ل", 4)), ("fa", ("", 0)), ("en", ("", 0))])
def test_may_outcome_lead_is_data(lang: str, lead: tuple[str, int]) -> None:
    assert may_clause._glued_lead(lang) == lead


@pytest.mark.parametrize(
    ("lang", "negated"),
    [("fa", frozenset({"نکرد", "نمی"})), ("ar", frozenset()), ("en", frozenset())],
)
def test_negated_light_verbs_are_data(lang: str, negated: frozenset[str]) -> None:
    ctx = SimpleNamespace(negation_follows=True, lang=lang)
    assert predicates._negated_breaks(frozenset({"کرد"}), lang, ctx) == negated
    off = SimpleNamespace(negation_follows=False, lang=lang)
    assert predicates._negated_breaks(frozenset({"کرد"}), lang, off) == frozenset()


@pytest.mark.parametrize(("lang", "letters"), [("ar", "وف"), ("fa", ""), ("en", "")])
def test_state_clitic_conjunctions_are_data(lang: str, letters: str) -> None:
    """The conjunctions taken off a state's clitic before its mark is read
    ("وبتونس"): the language's ``punctuation.PROCLITICS``."""
    assert "".join(phrase_tuple(lang, "punctuation", "PROCLITICS")) == letters
    state = Mention(0, 6, "TUN", "state", True, prefix="وب")
    links = spoken_through.StatementLinks(object_marks=frozenset({"ب"}), conjunctions=letters)
    assert spoken_through._state_as_object(state, "وبتونس", links) is (lang == "ar")


@pytest.mark.parametrize(
    ("lang", "endings"),
    [("en", (("", "s"), ("ly",))), ("ar", (("",), ())), ("fa", (("",), ()))],
)
def test_verb_or_noun_endings_are_data(
    lang: str, endings: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert syntax._verb_reading_endings(lang) == endings


@pytest.mark.parametrize(
    ("lang", "text", "verb"),
    [
        ("en", "iran strongly condemns the attack", True),  # an adverb before: a verb
        ("en", "iran then condemns the attack", False),
        ("ar", "ايران بشدة تدين الهجوم", False),  # no Arabic word ends in a marker
        ("fa", "ایران به شدت محکوم می کند", False),
    ],
)
def test_adverb_ending_marks_a_verb(lang: str, text: str, verb: bool) -> None:
    words = text.split()
    pos = text.index(words[2])
    _, markers = syntax._verb_reading_endings(lang)
    plain = SimpleNamespace(verb_markers=frozenset())
    assert syntax._verb_context(text, pos, plain, frozenset(), markers) is verb  # type: ignore[arg-type]
