"""People who only deal with an attack are no sides of it (bystander84).

* A speaker telling a bombing's toll ("أعلنت الشرطة ارتفاع حصيلة ضحايا
  التفجير", "police said the death toll from the blast rose") only tells it
  (``announcers._bombing``, ``context.ANNOUNCED_TOLLS``): the count, not the
  bombing, is the deed's word, and the police were read as the bombers.
* A host who receives the wounded of a bombing ("استقبل الملك مصابي
  التفجير") visits them, and an Arabic caller of a victim's kin ("اتصل
  الرئيس بأسرة الجندي") speaks to them (``context.VISIT_VERBS``,
  ``VISITED_NOUNS``): neither is a side of the deed.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # main read the police (and the medics) as the bombers
        ("ar", "أعلنت الشرطة المصرية ومسعفون ارتفاع حصيلة ضحايا الانفجار في القاهرة إلى 15 قتيلا."),
        (
            "ar",
            "أعلن الأمن المصري ومسعفون، مساء السبت عن ارتفاع ضحايا الانفجارين في القاهرة إلى 40 قتيلا.",
        ),
        # guards: main reads these right already
        ("fa", "پلیس مصر از افزایش شمار کشته‌شدگان انفجار قاهره به ۱۵ نفر خبر داد."),
        ("en", "Egyptian police said the death toll from the bombing in Cairo rose to 15."),
    ],
)
def test_toll_tellers_are_no_bombers(lang: str, text: str) -> None:
    events = casts_in_order(text, lang, "ASSAULT")
    assert events, text
    for actors in events:
        assert not any(a.endswith((":COP", ":HLH")) for a in actors), actors
        assert actors[0].endswith(":UAF"), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: an army's own clashes keep the army (no bombing named)
        ("ar", "أعلن الجيش الباكستاني مقتل ستة مسلحين في اشتباكات في وزيرستان."),
        ("fa", "ارتش پاکستان از کشته شدن شش شبه‌نظامی در درگیری‌های وزیرستان خبر داد."),
        ("en", "The Pakistani army said it killed six militants in clashes in Waziristan."),
    ],
)
def test_army_tolls_of_its_clashes_keep_it(lang: str, text: str) -> None:
    events = casts_in_order(text, lang, "ASSAULT")
    assert any("PAK:MIL" in actors for actors in events), events


@pytest.mark.parametrize(
    ("lang", "text", "host"),
    [
        # main read the king (the prime minister) as the bomber
        ("ar", "استقبل العاهل الأردني في عمان مصابي حادث التفجير في بغداد.", "JOR:GOV"),
        ("ar", "استقبل رئيس الوزراء اللبناني جرحى الهجوم الإرهابي في المستشفى.", "LBN:GOV"),
        # guards: main reads these right already (no attacker named)
        (
            "fa",
            "رئیس‌جمهور ایران مجروحان حمله تروریستی اهواز را در بیمارستان ملاقات کرد.",
            "IRN:GOV",
        ),
        (
            "en",
            "The Jordanian king received the wounded of the blast in Baghdad in Amman.",
            "JOR:GOV",
        ),
    ],
)
def test_host_of_the_wounded_is_no_bomber(lang: str, text: str, host: str) -> None:
    for actors in casts_in_order(text, lang, "ASSAULT"):
        assert host not in actors, actors
        assert actors[0].endswith(":UAF"), actors


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # guards: a reception of a guest stays a meeting
        ("ar", "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.", ["EGY:GOV", "USA:GOV"]),
        (
            "fa",
            "رئیس‌جمهور مصر وزیر خارجه آمریکا را در قاهره به حضور پذیرفت.",
            ["EGY:GOV", "USA:GOV"],
        ),
        (
            "en",
            "The Egyptian president received the US secretary of state in Cairo.",
            ["EGY:GOV", "USA:GOV"],
        ),
    ],
)
def test_reception_of_a_guest_stays(lang: str, text: str, pair: list[str]) -> None:
    assert pair in casts_in_order(text, lang, "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text", "caller"),
    [
        # main read the caller as the killer (the wounded man's second side)
        ("ar", "اتصل العاهل الأردني هاتفيا بأسرة الجندي الذي قتل في التفجير.", "JOR:GOV"),
        ("ar", "اتصل الرئيس الفلسطيني بعائلة الشاب الذي أصيب في الهجوم.", "PSE:GOV"),
        # guard: main reads this right already
        (
            "en",
            "The Palestinian president called the family of the young man wounded in the attack.",
            "PSE:GOV",
        ),
    ],
)
def test_caller_of_the_kin_is_no_side(lang: str, text: str, caller: str) -> None:
    events = casts_in_order(text, lang, "ASSAULT")
    assert events, text
    for actors in events:
        assert caller not in actors, actors
        assert actors[0].endswith(":UAF"), actors


# Seen and left (bystander84): Persian and English read a caller whose
# victim's deed is told by a verb as the killer ("با خانواده سربازی که در
# انفجار کشته شد تلفنی گفتگو کرد", "phoned the family of a soldier killed in
# the bombing"): ``visitors`` reads deeds told by a noun only.
