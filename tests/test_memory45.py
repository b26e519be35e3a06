"""Round 45 (memory45): the same readings from less memory (every sentence
written for these tests).

What changed, none of it a rule of language:

- the lexicon stores equal entries, equal lists of them and equal stored
  values once (``lexicon._automaton``), ``Entry`` has slots, guarded rules
  listing the same objects share one ``GuardObjects`` and its written forms
  are interned, the office-name rows are read once per build and not kept;
- ``text/heap.py``: glibc's mmap threshold is pinned before Lingua's models
  and the lexicons load, and what a lexicon build made is frozen out of the
  cyclic collector.

The sentences check, in all three languages, the kinds of entry that are
now shared: agent nouns with a country adjective, office holders' names
(entries of their own), guarded triggers with and without their object.
"""

from __future__ import annotations

import gc
import platform
from types import SimpleNamespace

import pytest

from casts import reading_lines as _read
from diplowatch.extract import lexicon as lx
from diplowatch.extract.guard_objects import GuardObjects, forms_of
from diplowatch.lang import load, offices
from diplowatch.text import heap

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, set[str]]] = [
    # a plain agent noun with a country adjective: one shared entry
    (
        "The Iraqi police arrested ten protesters.",
        "اعتقلت الشرطة العراقية عشرة متظاهرين.",
        "پلیس عراق ده معترض را بازداشت کرد.",
        {"COERCE reported IRQ:COP IRQ:CVL"},
    ),
    # office holders' full names: entries of their own (person ids)
    (
        "Emmanuel Macron met Olaf Scholz in Berlin.",
        "التقى إيمانويل ماكرون أولاف شولتس في برلين.",
        "امانوئل ماکرون با اولاف شولتس در برلین دیدار کرد.",
        {"CONSULT reported FRA:GOV DEU:GOV"},
    ),
    # a guarded trigger with its object: a shared ``GuardObjects``
    (
        "Washington lifted sanctions on Iran.",
        "رفعت واشنطن العقوبات عن إيران.",
        "واشنگتن تحریم‌های ایران را لغو کرد.",
        {"CONCEDE reported USA: IRN:"},
    ),
    # the same guarded trigger without its object: no event
    (
        "Washington lifted the mood in Iran.",
        "رفعت واشنطن معنويات إيران.",
        "واشنگتن جلسه با ایران را لغو کرد.",
        set(),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: set[str]) -> None:
    assert _read(en, "en") == want
    assert _read(ar, "ar") == want
    assert _read(fa, "fa") == want


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_equal_entries_are_stored_once(lang: str) -> None:
    values = [value for _, value in lx.lexicon(lang).automaton.items()]
    entries = [e for _, group, _ in values for e in group]
    assert len({id(e) for e in entries}) == len(set(entries))
    groups = [group for _, group, _ in values]
    assert len({id(g) for g in groups}) == len(set(groups))
    # each stored value is (length of its key, entries, allowed affixes)
    for key, (length, group, allowed) in lx.lexicon(lang).automaton.items():
        assert length == len(key)
        assert tuple(entry for entry, _, _ in allowed) == group


def test_entry_has_no_instance_dict() -> None:
    entry = lx.Entry(lx.ACTOR, "agent", "GOV", "noun")
    assert not hasattr(entry, "__dict__")
    with pytest.raises(AttributeError):
        entry.value = "MIL"  # type: ignore[misc]


def test_rules_listing_the_same_objects_share_their_guard() -> None:
    triggers = SimpleNamespace(
        GUARDED_VERB_TRIGGERS={
            ("CONCEDE", "reported"): [
                (("lifted",), ("sanctions", "embargo")),
                (("eased",), ("sanctions", "embargo")),
                (("raised",), ("tariffs",)),
            ]
        }
    )
    guards = {phrase: entry.extra[1] for phrase, entry in lx._guarded(triggers, forms_of(None))}
    assert isinstance(guards["lifted"], GuardObjects)
    assert guards["lifted"] is guards["eased"]
    assert guards["raised"] is not guards["lifted"]
    assert guards["raised"].long == frozenset({"tariffs"})


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_guard_written_forms_are_interned(lang: str) -> None:
    forms = forms_of(load(lang, "affixes"))
    one = next(iter(forms.endings - {""}))
    first = lx.guard_objects(("abcd",), forms)
    second = lx.guard_objects(("abcd", "efgh"), forms)
    a = next(w for w in first.written if w == "abcd" + one)
    b = next(w for w in second.written if w == "abcd" + one)
    assert a is b


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_office_rows_are_not_kept_by_the_lexicon(lang: str) -> None:
    lx.lexicon(lang)
    assert lx._office_names.cache_info().currsize == 0
    fresh = offices.read_name_rows(lang)
    assert fresh == offices.name_rows(lang)
    assert fresh is not offices.read_name_rows(lang)
    assert fresh, f"{lang} lists office holders' names"


def test_built_lexicon_is_out_of_the_collectors_sight() -> None:
    built = lx.lexicon("en")
    assert gc.get_freeze_count() > 0
    # frozen objects are in no generation the collector walks
    assert all(o is not built for o in gc.get_objects())


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_mmap_threshold_is_pinned_on_glibc() -> None:
    assert heap.fix_mmap_threshold() is True
    assert heap.fix_mmap_threshold() is True  # once per process, then cached


def test_an_unhashable_value_is_kept_as_it_is() -> None:
    seen: dict[object, object] = {}
    first = lx.Entry(lx.CUE, "reporting", "", "fixed", (["listed"],))
    same = lx.Entry(lx.CUE, "reporting", "", "fixed", (["listed"],))
    assert lx._one_of(seen, first) is first
    assert lx._one_of(seen, same) is same
    one = lx.Entry(lx.CUE, "reporting", "", "fixed")
    assert lx._one_of(seen, lx.Entry(lx.CUE, "reporting", "", "fixed")) is not one
    assert lx._one_of(seen, one) is not one  # the equal one met first
