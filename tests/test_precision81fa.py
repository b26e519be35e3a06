"""Persian precision on unseen articles, and the same construction in
Arabic and English (round 81, precision81fa; every sentence written for
these tests).

Rule of this round: a listed surname that is also an ordinary word
("ظریف", delicate; "الأسد", the lion) names the person where it opens its
clause (a sentence's end, a colon or an opening quotation mark before it,
a closing one read past) and the document named that person in full
before ("محمدجواد ظریف", "بشار الأسد"): news names a man in full once and
by his surname after, in frames no list of verbs can hold ("ظریف پس از
…", "ظریف در این سفر …"). Not the word's own use ("نکته ظریف"), not the
last name of a list ("زاکانی، رضایی و جلیلی"), not a sentence read alone
with no full name before it. English lists no such surname.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run

# (language, text, event type, the sides in order of the first such event)
NAMED_AGAIN: list[tuple[str, str, str, list[str]]] = [
    (
        "fa",
        "محمدجواد ظریف، وزیر امور خارجه ایران، دیروز وارد توکیو شد. ظریف در این"
        " سفر از ژاپن خواست دارایی‌های بلوکه‌شده ایران را آزاد کند.",
        "REQUEST",
        ["IRN:GOV", "JPN:None"],
    ),
    (
        "fa",
        "محمدجواد ظریف دیروز وارد توکیو شد. وی گفت: «ما آماده‌ایم.» ظریف پس از"
        " دیدار با وزیر خارجه ژاپن از این کشور خواست دارایی‌های ایران را آزاد کند.",
        "REQUEST",
        ["IRN:GOV", "JPN:GOV"],
    ),
    (
        "ar",
        "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى طوكيو أمس. ظريف طالب"
        " اليابان بالإفراج عن الأصول الإيرانية المجمدة.",
        "REQUEST",
        ["IRN:GOV", "JPN:None"],
    ),
    (
        "ar",
        "زار الرئيس السوري بشار الأسد موسكو أمس. الأسد بحث مع بوتين الأوضاع في سوريا.",
        "CONSULT",
        ["SYR:GOV", "RUS:None"],
    ),
    (
        # English lists no surname that is also a word: it read so already
        "en",
        "Iranian Foreign Minister Mohammad Javad Zarif arrived in Tokyo on Sunday."
        " Zarif asked Japan to release Iran's frozen assets.",
        "REQUEST",
        ["IRN:GOV", "JPN:None"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), NAMED_AGAIN)
def test_a_surname_named_again_is_the_person(
    lang: str, text: str, etype: str, sides: list[str]
) -> None:
    assert first_cast(text, lang, etype) == sides


# The Arabic "بحث" read after the surname: the Syrian president leads.
def test_the_named_again_head_leads_the_meeting() -> None:
    text = "زار الرئيس السوري بشار الأسد موسكو أمس. الأسد بحث مع بوتين الأوضاع في سوريا."
    sides = [[f"{a.code}:{a.agent}" for a in e.actors] for e in run(text, "ar").events]
    assert ["SYR:GOV", "RUS:GOV"] in sides


# Where the word is no one's name, or no full name came before, or it
# closes a list, nobody is added.
NOT_NAMED: list[tuple[str, str]] = [
    # "a delicate point": the word's own use
    (
        "fa",
        "محمدجواد ظریف دیروز وارد توکیو شد. نکته ظریف این است که ژاپن از"
        " آمریکا خواست تحریم‌ها را لغو کند.",
    ),
    # a sentence read alone: no full name to learn the surname from
    ("fa", "ظریف در این سفر از ژاپن خواست دارایی‌های بلوکه‌شده ایران را آزاد کند."),
    # the last of a list, after "و": no clause opens there
    (
        "fa",
        "سعید جلیلی دیروز نامزد انتخابات شد. هفته گذشته زاکانی، رضایی و جلیلی از دولت انتقاد کردند.",
    ),
    ("ar", "ظريف طالب اليابان بالإفراج عن الأصول الإيرانية المجمدة."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NAMED)
def test_no_person_without_a_full_name_before_or_an_opening(lang: str, text: str) -> None:
    actors = [a for e in run(text, lang).events for a in e.actors]
    assert not any(a.code == "IRN" and a.agent == "GOV" for a in actors)


# Second rule of this round: prices or capacities set free are an economy's
# reform, no captive released to another side (PLOVER CONCEDE); a captive
# freed stays a release. Arabic "تحرير الأسعار" gave no release already.
NOT_RELEASED: list[tuple[str, str]] = [
    ("fa", "دولت مصر از آزادسازی قیمت سوخت خبر داد."),
    ("fa", "وزیر ایرانی گفت از آزاد کردن ظرفیت‌های کشور سخن گفته است."),
    ("en", "The Egyptian government announced it freed prices of fuel."),
    ("en", "The Iranian minister said the reform freed up capacity in the ports."),
    ("ar", "أعلنت الحكومة المصرية تحرير أسعار الوقود."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RELEASED)
def test_prices_and_capacities_set_free_are_no_release(lang: str, text: str) -> None:
    assert "CONCEDE" not in {e.type for e in run(text, lang).events}


RELEASED: list[tuple[str, str]] = [
    ("fa", "ایران دو ملوان بریتانیایی را آزاد کرد."),
    ("en", "Iran freed two British sailors."),
]


@pytest.mark.parametrize(("lang", "text"), RELEASED)
def test_a_captive_freed_stays_a_release(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE") == ["IRN:None", "GBR:CVL"]
