"""Round 72 (cleanup72): the Persian "پس گرفت" guard reads its retracted
word only within the verb's own phrase: a comma ends it, so a claim or a
complaint of an earlier clause does not make a town retaken a backing down
(every sentence written for these tests); and the fields of the agents
tables have one home (``lang/agent_fields.py``): a field a language lacks
is its declared default, an undeclared or missing shared one an error."""

from __future__ import annotations

from types import ModuleType

import pytest

from casts import run
from diplowatch import lang
from diplowatch.lang import LanguageDataError, agent_fields
from diplowatch.lang.agent_fields import (
    LANGUAGE_FIELDS,
    SHARED_FIELDS,
    language_field,
    shared_field,
)

# (language, sentence): no RETREAT, the retracted word stands before a comma
NOT_RETRACTED = [
    ("fa", "پس از طرح ادعای خود درباره کشتی، ارتش شهر را از طالبان پس گرفت."),
    ("fa", "ارتش پس از رد درخواست مذاکره، شهر را پس گرفت."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RETRACTED)
def test_word_of_an_earlier_clause_is_not_taken_back(lang: str, text: str) -> None:
    assert "RETREAT" not in {e.type for e in run(text, lang).events}


# (language, sentence): one's own word taken back is still a RETREAT, a comma
# before it in the sentence or not; Arabic and English read the verb's object
# after it and keep it across a comma that follows.
RETRACTED = [
    ("fa", "ایران ادعای خود را پس گرفت."),
    ("fa", "دولت ترکیه پس از اعتراض آنکارا، تهدید خود را پس گرفت."),
    ("fa", "نمایندگان امضای خود را برای طرح سؤال از وزیر پس گرفته‌اند."),
    ("ar", "سحبت روسيا مشروع القرار، بعد اعتراض الصين."),
    ("en", "After the complaint, Russia withdrew its draft resolution."),
]


@pytest.mark.parametrize(("lang", "text"), RETRACTED)
def test_own_word_taken_back_is_retreat(lang: str, text: str) -> None:
    assert "RETREAT" in {e.type for e in run(text, lang).events}


# ---- the agents tables' fields, declared once (lang/agent_fields.py) ----


def test_every_agents_table_holds_only_declared_fields() -> None:
    for code in (*lang.languages(), "xx"):
        table = lang.load(code, "agents")
        if table is None:
            continue
        declared = SHARED_FIELDS if code == "xx" else frozenset(LANGUAGE_FIELDS)
        public = {n for n in vars(table) if n.isupper() and not n.startswith("_")}
        assert public <= declared, f"lang/{code}/agents.py: {sorted(public - declared)}"


def test_shared_table_holds_every_shared_field() -> None:
    for name in SHARED_FIELDS:
        assert shared_field(name) is not None


def test_a_field_a_language_lacks_is_its_declared_default() -> None:
    assert "GROUP_HEADS" not in vars(lang.load("en", "agents"))
    assert language_field("en", "GROUP_HEADS") == {}
    assert "INDEFINITE_DOERS" not in vars(lang.load("fa", "agents"))
    assert language_field("fa", "INDEFINITE_DOERS") == ()
    assert language_field("", "HELD_REACH") == 0  # no language: every default
    assert language_field("fa", "HELD_REACH") == lang.load("fa", "agents").HELD_REACH


def test_an_undeclared_name_is_an_error() -> None:
    with pytest.raises(LanguageDataError, match="HELD_RECH"):
        language_field("ar", "HELD_RECH")
    with pytest.raises(LanguageDataError, match="CAPTIVE_MODE"):
        shared_field("CAPTIVE_MODE")
    with pytest.raises(LanguageDataError, match="no field of the shared"):
        shared_field("HELD_REACH")  # a language's field, not a shared one


def test_a_shared_field_missing_from_xx_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(lang.load("xx", "agents"), "CAPTIVES_MODE")
    with pytest.raises(LanguageDataError, match="holds no CAPTIVES_MODE"):
        shared_field("CAPTIVES_MODE")


def test_a_misspelt_field_in_a_table_is_refused() -> None:
    table = ModuleType("diplowatch.lang.zz.agents")
    table.HELD_VERBS = ("arrested",)  # type: ignore[attr-defined]
    table.HELD_VERB = ("detained",)  # type: ignore[attr-defined]
    with pytest.raises(LanguageDataError, match="HELD_VERB not declared"):
        agent_fields._refuse_stray(table, frozenset(LANGUAGE_FIELDS))
