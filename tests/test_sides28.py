"""Which side acts and which is acted upon (sides28).

* A deed's noun that is the subject of a verb of striking ("a suicide
  bombing targeted a police station", "تفجير انتحاري استهدف مركزا
  للشرطة", "انفجار انتحاری پاسگاه پلیس را هدف قرار داد"): whom the verb
  names is whom the deed struck, so the police are its victims and the
  unidentified attackers come first (``victims_only._struck_by_deed``,
  ``context.STRIKING_VERBS``). A doer named between the noun and the verb
  ("an Israeli strike targeted …", "غارة إسرائيلية استهدفت …") or as the
  noun's genitive ("حمله اسرائیل …") stays the doer. Armed sides only
  (``agent_groups.ARMED_AGENTS``).
* A preposition of the target ends a title's phrase (``ROLE_BREAK_WORDS``:
  "ضد", "بحق", "علیه", "against"): "محتجون ضد إيران", "معترضان علیه
  ایران" are not Iran's protesters; Iran is the side protested against.
  The body a crowd supports ("أنصار المعارضة", after ``SPONSOR_OPENERS``)
  takes no part, as a state there does: the supporters are one side, so
  the state protested against is not left out as a third.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import sides as _sides


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("ar", "تفجير انتحاري استهدف مركزا للشرطة في بغداد.", ("IRQ", "COP")),
        ("fa", "یک انفجار انتحاری پاسگاه پلیس عراق را در بغداد هدف قرار داد.", ("IRQ", "COP")),
        ("en", "A suicide bombing targeted a police station in Baghdad.", ("IRQ", "COP")),
        ("ar", "هجوم صاروخي ضرب قاعدة للجيش السوري.", ("SYR", "MIL")),
        ("fa", "یک حمله موشکی پایگاه ارتش سوریه را هدف قرار داد.", ("SYR", "MIL")),
        ("en", "A rocket attack struck a Syrian army base.", ("SYR", "MIL")),
        ("ar", "هجمات استهدفت جنودا أتراكا.", ("TUR", "MIL")),
        ("fa", "حملاتی سربازان ترکیه را هدف گرفتند.", ("TUR", "MIL")),
        ("en", "Attacks targeted Turkish soldiers.", ("TUR", "MIL")),
        ("ar", "هجوم بسيارة مفخخة استهدف دورية للشرطة الأفغانية.", ("AFG", "COP")),
        ("fa", "یک حمله با خودروی بمب‌گذاری‌شده گشت پلیس افغانستان را هدف گرفت.", ("AFG", "COP")),
        ("en", "A car bomb attack hit an Afghan police patrol.", ("AFG", "COP")),
    ],
)
def test_struck_by_deed_noun(lang: str, text: str, victim: tuple[str, str]) -> None:
    events = _sides(text, lang, "ASSAULT")
    assert events, text
    for actors in events:
        assert actors[-1] == victim, actors
        assert actors[0][1] == "UAF", actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "غارة إسرائيلية استهدفت مواقع للجيش السوري."),
        ("fa", "حمله اسرائیل مواضع ارتش سوریه را هدف قرار داد."),
        ("en", "An Israeli strike targeted Syrian army positions."),
    ],
)
def test_named_doer_before_striking_verb(lang: str, text: str) -> None:
    """The doer written with the deed's noun stays first."""
    events = _sides(text, lang, "ASSAULT")
    assert events, text
    for actors in events:
        assert actors[0][0] == "ISR", actors
        assert ("SYR", "MIL") in actors[1:], actors


# --- the object of a preposition of the target is no title's country ---


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("ar", "تظاهر محتجون ضد إيران في ستوكهولم.", "IRN"),
        ("fa", "معترضان علیه ایران در استکهلم تظاهرات کردند.", "IRN"),
        ("en", "Protesters demonstrated against Iran in Stockholm.", "IRN"),
        ("ar", "تظاهر آلاف الطلاب ضد الولايات المتحدة في القاهرة.", "USA"),
        ("fa", "هزاران دانشجو علیه آمریکا در قاهره تظاهرات کردند.", "USA"),
        ("en", "Thousands of students protested against the United States in Cairo.", "USA"),
        ("ar", "تظاهر أنصار المعارضة ضد إيران في ستوكهولم.", "IRN"),
        ("fa", "هواداران مخالفان علیه ایران در استکهلم تظاهرات کردند.", "IRN"),
        ("en", "Supporters of the opposition protested against Iran in Stockholm.", "IRN"),
    ],
)
def test_target_after_crowd_is_no_country_of_it(lang: str, text: str, target: str) -> None:
    """ "محتجون ضد إيران": the crowd protests against Iran; it is not Iran's
    crowd, and Iran stays the side protested against, after the crowd."""
    events = _sides(text, lang, "PROTEST")
    assert events, text
    for actors in events:
        assert actors[0][0] != target, actors
        assert target in [code for code, _ in actors[1:]], actors
