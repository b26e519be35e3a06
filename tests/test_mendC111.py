"""Mends of round 111's partitive counts and held name lists (mendC111,
after review111c; every sentence written for these tests).

partiesfa111 let a count stand between the partitive "of" and the group
("سه نفر از این خبرنگاران"); then a place word that is no state's name ("این
کشور", this country; "5 محافظات", five provinces) took the head's people
away: only a noun of people may be the group a head counts
(``extract/actors._PEOPLE_KINDS``).

target111 held every name of a list; three faults are mended in
``extract/held_persons``: a comma joins names only inside a list a joiner
closes (a clause-initial subject, a comma, then the object is no list); an
Arabic or English object list ends before a last name a finite verb follows
(the next clause's subject); a given name written with a ZWNJ ("روح‌الله"),
two words once normalised, now opens a name.
"""

from __future__ import annotations

from casts import cast, run
from diplowatch.extract.held_persons import held_persons
from diplowatch.text.normalize import normalize_phrase


def _sides(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of the actors of the arrests in ``text``."""
    return cast(run(text, lang), "COERCE")


def _held(text: str, lang: str, verbs: tuple[str, ...] = ()) -> list[str]:
    """The names ``held_persons`` reads as held in ``text``, the words of
    ``verbs`` given as the text's finite verbs."""
    ntext = normalize_phrase(text)
    if not verbs:
        return [ntext[m.start : m.end] for m in held_persons(ntext, [], lang)]
    starts = frozenset(ntext.index(normalize_phrase(v)) for v in verbs)
    return [ntext[m.start : m.end] for m in held_persons(ntext, [], lang, starts)]


def _n(*names: str) -> list[str]:
    return [normalize_phrase(name) for name in names]


# --- (1) a place after the count leaves the head its people -----------------


def test_fa_this_country_after_the_count_keeps_the_civilians() -> None:
    # main: -:COP alone (the home noun "کشور" took the head)
    assert "-:CVL" in _sides("پنج نفر از این کشور در فرودگاه بازداشت شدند.", "fa")


def test_ar_provinces_after_the_count_keep_the_civilians() -> None:
    # main: -:COP alone (the blocker "محافظات" took the head)
    assert "-:CVL" in _sides("اعتقلت الشرطة سبعة أشخاص من 4 محافظات.", "ar")


def test_en_provinces_after_the_count_keep_the_civilians() -> None:
    # guard: English has no place noun in the actor layer here
    assert "-:CVL" in _sides("Police detained four people from 3 provinces.", "en")


def test_fa_people_after_the_count_still_take_the_head() -> None:
    # guard (partiesfa111): journalists are whom the head counts
    sides = _sides("پلیس چهار نفر از این خبرنگاران را بازداشت کرد.", "fa")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


def test_ar_people_after_the_count_still_take_the_head() -> None:
    # guard (partiesfa111): journalists are whom the head counts
    sides = _sides("اعتقلت الشرطة أربعة أشخاص من 12 صحفيا.", "ar")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


# --- (3) a comma joins names only in a list a joiner closes -----------------


def test_fa_subject_comma_object_is_no_list() -> None:
    # main: the judge held with the one he sentenced
    text = "حسن موسوی، کاوه رستمی را به شش سال زندان محکوم کرد."
    assert _held(text, "fa") == _n("کاوه رستمی")


def test_fa_commas_inside_a_closed_list_still_join() -> None:
    # guard (target111): "A، B و C" is one list
    text = "حسن موسوی، کاوه رستمی و سارا نیکو بازداشت شدند."
    assert _held(text, "fa") == _n("حسن موسوی", "کاوه رستمی", "سارا نیکو")


def test_ar_comma_before_a_new_clause_is_no_list() -> None:
    # main: the witness held with the one arrested
    text = "اعتقلت الشرطة أمس خالد سالم، أحمد الزعبي شاهد على ذلك."
    assert _held(text, "ar") == _n("خالد سالم")


def test_ar_comma_inside_a_closed_list_still_joins() -> None:
    # guard (target111)
    text = "اعتقلت الشرطة خالد سالم، أحمد الزعبي وعمر النجار."
    assert _held(text, "ar") == _n("خالد سالم", "أحمد الزعبي", "عمر النجار")


def test_en_comma_before_a_new_clause_is_no_list() -> None:
    # main: the one who told reporters held too
    text = "Police arrested Ali Karimi, Maryam Rezaei told reporters."
    assert _held(text, "en") == ["ali karimi"]


# --- (4) an object list ends before the next clause's subject ---------------


def test_en_object_list_ends_before_a_new_subject() -> None:
    # main: held_persons took no verbs; both names held
    text = "Police arrested Ali Karimi and Maryam Rezaei denounced the arrest."
    assert _held(text, "en", ("denounced",)) == ["ali karimi"]


def test_en_object_list_with_no_verb_after_is_whole() -> None:
    text = "Police arrested Ali Karimi and Maryam Rezaei on Sunday."
    assert _held(text, "en", ("arrested",)) == ["ali karimi", "maryam rezaei"]


def test_ar_object_list_ends_before_a_new_subject() -> None:
    text = "اعتقلت الشرطة خالد سالم وأحمد الزعبي يندد بالاعتقال."
    assert _held(text, "ar", ("يندد",)) == _n("خالد سالم")


def test_ar_verb_with_glued_joiner_is_the_same_doer() -> None:
    # "وأفرجت عنهما": the police released both; the list is whole
    text = "اعتقلت الشرطة خالد سالم وأحمد الزعبي وأفرجت عنهما لاحقا."
    assert _held(text, "ar", ("وأفرجت",)) == _n("خالد سالم", "أحمد الزعبي")


def test_fa_object_list_before_its_marker_is_whole() -> None:
    # guard: a Persian object list ends at "را", the verb after it
    text = "پلیس علی رضایی و مریم کریمی را بازداشت کرد و آنها را به زندان برد."
    assert _held(text, "fa", ("برد",)) == _n("علی رضایی", "مریم کریمی")


# --- (7) a given name with a ZWNJ ------------------------------------------


def test_fa_zwnj_given_name_in_an_object() -> None:
    # main: "روح‌الله" normalised to two words never matched its data key
    assert _held("پلیس روح‌الله کاظمی را بازداشت کرد.", "fa") == _n("روح‌الله کاظمی")


def test_fa_zwnj_given_name_as_passive_subject() -> None:
    text = "حشمت‌الله نوری به پنج سال زندان محکوم شد."
    assert _held(text, "fa") == _n("حشمت‌الله نوری")
    assert "-:CVL" in cast(run(text, "fa"), "COERCE")


def test_fa_zwnj_given_name_opens_a_list() -> None:
    text = "روح‌الله کاظمی و مریم کریمی بازداشت شدند."
    assert _held(text, "fa") == _n("روح‌الله کاظمی", "مریم کریمی")


def test_ar_and_en_one_word_names_unchanged() -> None:
    # guard: no two-word given name in their data; one word opens as before
    assert _held("اعتقلت الشرطة أمس أحمد الزعبي.", "ar") == _n("أحمد الزعبي")
    assert _held("Police arrested Ali Karimi.", "en") == ["ali karimi"]
