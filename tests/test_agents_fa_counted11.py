"""People counted with the singular, a nationality after a number, and the
member of parliament for a town (round 11, Persian agents).

Persian counts with the singular noun ("سه فعال", "ده زائر"); where that
singular is also an adjective or another word ("فعال" active, "متهم کرد"
accused) it names people only right after a number. A country adjective
right after a number is people of that country ("دو آمریکایی"), also in
Arabic ("13 مصريا"); English puts the adjective before its noun, so "two
American soldiers" stay soldiers. "نماینده" before a town is its MP.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run
from diplowatch.extract.counts import counted
from diplowatch.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("پلیس ترکیه سه فعال را در آنکارا بازداشت کرد.", "COERCE", "TUR:OPP"),
        ("پلیس مصر یک فعال زن را در قاهره بازداشت کرد.", "COERCE", "EGY:OPP"),
        ("دادگاهی در مصر ۱۲ متهم را به زندان محکوم کرد.", "COERCE", "EGY:CVL"),
        ("پلیس پاکستان ۳۰ بازداشتی را آزاد کرد.", "CONCEDE", "PAK:CVL"),
        ("نیروهای امنیتی عراق ده‌ها جوان را در بصره بازداشت کردند.", "COERCE", "IRQ:CVL"),
        ("پلیس هند پنج آدم‌ربا را در دهلی بازداشت کرد.", "COERCE", "IND:CRM"),
        ("در انفجار بغداد ۱۲ نظامی عراقی زخمی شدند.", "ASSAULT", "IRQ:MIL"),
        # Arabic ye and kaf, no ZWNJ
        ("پليس ترکيه سه فعال را در آنکارا بازداشت كرد.", "COERCE", "TUR:OPP"),
    ],
)
def test_counted_singulars_are_people(text: str, etype: str, actor: str) -> None:
    assert actor in cast(run(text, "fa"), etype)


def test_uncounted_singular_is_no_person() -> None:
    # "متهم کرد" accuses; "فعال" without a number is "active"
    record = run("وزیر خارجه پاکستان هند را به دخالت متهم کرد.", "fa")
    assert "PAK:CVL" not in cast(record, "ACCUSE")
    assert "IND:CVL" not in cast(record, "ACCUSE")
    record = run("وزیر خارجه ترکیه از نقش فعال قطر در مذاکرات حمایت کرد.", "fa")
    assert not any(a.endswith(":OPP") for a in cast(record, "SUPPORT"))


def test_a_year_does_not_count() -> None:
    text = normalize("در سال ۱۳۹۹ فعال بود").text
    assert not counted(text, text.index("فعال"), "fa")
    text = normalize("سه فعال").text
    assert counted(text, text.index("فعال"), "fa")


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("طالبان دو آمریکایی را در کابل ربودند.", "ASSAULT", "USA:CVL"),
        ("در آن حمله یک بریتانیایی و یک رومانیایی کشته شدند.", "ASSAULT", "ROU:CVL"),
        ("ارتش اسرائیل ۱۲ فلسطینی را در جنین بازداشت کرد.", "COERCE", "PSE:CVL"),
    ],
)
def test_nationality_after_a_number_is_people_fa(text: str, etype: str, actor: str) -> None:
    assert actor in cast(run(text, "fa"), etype)


def test_nationality_after_a_number_is_people_ar() -> None:
    record = run("أعلنت السلطات المصرية الإفراج عن 13 مصريا كانوا مختطفين.", "ar")
    assert "EGY:CVL" in cast(record, "CONCEDE")
    record = run("اعتقلت الشرطة الإسرائيلية 20 فلسطينيا في القدس.", "ar")
    assert "PSE:CVL" in cast(record, "COERCE")


def test_english_adjective_before_its_noun_keeps_the_noun() -> None:
    record = run("Taliban fighters attacked two American soldiers near Kabul.", "en")
    assert "USA:MIL" in cast(record, "ASSAULT")
    assert "USA:CVL" not in cast(record, "ASSAULT")


def test_representative_of_a_town_is_its_mp() -> None:
    record = run("نماینده اصفهان از وزیر نیرو انتقاد کرد.", "fa")
    assert "IRN:LEG" in cast(record, "ACCUSE")
    record = run("نمایندگان تبریز از وزیر کشور انتقاد کردند.", "fa")
    assert "IRN:LEG" in cast(record, "ACCUSE")


def test_representative_of_a_state_or_capital_speaks_for_it() -> None:
    record = run("نماینده ایران در سازمان ملل از اسرائیل انتقاد کرد.", "fa")
    assert "IRN:GOV" in cast(record, "ACCUSE")
    assert "IRN:LEG" not in cast(record, "ACCUSE")
    record = run("نماینده تهران در مذاکرات وین آمریکا را مقصر دانست.", "fa")
    assert "IRN:LEG" not in cast(record, "ACCUSE")


def test_representative_controls_ar_en() -> None:
    record = run("انتقد مندوب إيران لدى الأمم المتحدة إسرائيل.", "ar")
    assert "IRN:LEG" not in cast(record, "ACCUSE")
    # English has no seat titles: the governor of a town stays its governor
    record = run("The governor of Basra criticised the Iraqi oil minister.", "en")
    assert "IRQ:LEG" not in cast(record, "ACCUSE")


def test_firefighters_are_not_police() -> None:
    record = run("بیش از هزار مامور آتش‌نشانی در ازمیر ترکیه مستقر شدند.", "fa")
    assert not any(a.endswith(":COP") for e in record.events for a in cast(record, e.type))
    # the police noun itself still counts
    record = run("مهاجمان چهار مامور پلیس را در موصل کشتند.", "fa")
    assert "IRQ:COP" in cast(record, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "etype", "kept", "dropped"),
    [
        ("کارگران معترض نیشکر در شوش تجمع کردند.", "PROTEST", "IRN:LAB", "IRN:CVL"),
        ("پلیس ترکیه دانشجویان معترض را در آنکارا بازداشت کرد.", "COERCE", "TUR:EDU", "TUR:CVL"),
        ("کارگران اعتصابی پالایشگاه آبادان تجمع کردند.", "PROTEST", "IRN:LAB", "IRN:CVL"),
    ],
)
def test_describing_noun_after_an_agent_is_one_actor(
    text: str, etype: str, kept: str, dropped: str
) -> None:
    actors = cast(run(text, "fa"), etype)
    assert kept in actors
    assert dropped not in actors


def test_agent_then_protesters_stay_two_actors() -> None:
    # a police noun and the protesters it arrests are two actors in fa, ar, en
    assert "IRQ:CVL" in cast(run("پلیس عراق معترضان را در بصره بازداشت کرد.", "fa"), "COERCE")
    record = run("اعتقلت الشرطة العراقية المتظاهرين في البصرة.", "ar")
    assert {"IRQ:COP", "IRQ:CVL"} <= cast(record, "COERCE")
    record = run("Iraqi police arrested protesters in Basra.", "en")
    assert {"IRQ:COP", "IRQ:CVL"} <= cast(record, "COERCE")
