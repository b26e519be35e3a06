"""Which side comes first in deeds the audit of Arabic events found swapped
(prec25ar).

* Victims killed by a weapon told with the relative clause of who fired,
  planted or set it off ("ألغام زرعها الحوثيون", "صواريخ أطلقها المتمردون",
  "مین‌هایی که شورشیان کار گذاشته بودند"): that clause's subject is the
  doer (``context.DOER_MARKERS``), the victims what it struck.
* A subject told before its verb with only the verb's particle between
  ("وكانت السلطات قد اعتقلت …"): the group after the verb is the object, not
  the subject of a verb-first clause (``split_sides.local_split``), and a
  country named as the place is no side.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import sides as _sides

# --- a weapon's relative clause names the doer ---


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        (
            "ar",
            "قتل ستة مدنيين جراء انفجار ألغام زرعها المتمردون الحوثيون في محافظة تعز اليمنية.",
            ("YEM", "CVL"),
        ),
        (
            "fa",
            "شش غیرنظامی بر اثر انفجار مین‌هایی که شورشیان حوثی در استان تعز یمن کار گذاشته بودند کشته شدند.",
            ("YEM", "CVL"),
        ),
        (
            "en",
            "Six civilians were killed by mines planted by Houthi rebels in Yemen's Taiz province.",
            ("YEM", "CVL"),
        ),
        (
            "ar",
            "قتل أربعة مدنيين سعوديين بعد سقوط صواريخ أطلقها المتمردون الحوثيون على مدينة جازان.",
            ("SAU", "CVL"),
        ),
        (
            "fa",
            "چهار غیرنظامی سعودی پس از اصابت موشک‌هایی که شورشیان حوثی به شهر جازان شلیک کردند کشته شدند.",
            ("SAU", "CVL"),
        ),
        (
            "en",
            "Four Saudi civilians were killed by rockets fired by Houthi rebels at the city of Jazan.",
            ("SAU", "CVL"),
        ),
    ],
)
def test_weapon_relative_clause_names_the_doer(
    lang: str, text: str, victim: tuple[str, str]
) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0] == ("YEM", "REB") and victim in s[1:] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل جنديان أفغانيان في انفجار قنبلة زرعها مسلحو طالبان على طريق في ولاية قندهار."),
        (
            "fa",
            "دو سرباز افغان بر اثر انفجار بمبی که طالبان در کنار جاده‌ای در قندهار کار گذاشته بود کشته شدند.",
        ),
        (
            "en",
            "Two Afghan soldiers were killed by a bomb planted by the Taliban on a road in Kandahar.",
        ),
    ],
)
def test_bomb_planters_strike_soldiers(lang: str, text: str) -> None:
    """Armed victims are still the struck side."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][1] == "REB" and ("AFG", "MIL") in s[1:] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقتل مسلحو طالبان جنديين أفغانيين في هجوم على حاجز في ولاية قندهار."),
        ("fa", "شبه‌نظامیان طالبان در حمله به یک ایست بازرسی در قندهار دو سرباز افغان را کشتند."),
        (
            "en",
            "Taliban militants killed two Afghan soldiers in an attack on a checkpoint in Kandahar.",
        ),
    ],
)
def test_plain_attackers_stay_first(lang: str, text: str) -> None:
    """With no weapon clause the verb's own subject is the doer still."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][1] == "REB" and ("AFG", "MIL") in s[1:] for s in sides), sides


# --- the subject told before its verb's particle ---


@pytest.mark.parametrize(
    ("lang", "text", "doer", "target"),
    [
        (
            "ar",
            "وكانت السلطات قد ألقت القبض على صحفيين اثنين الأحد في جنوب تركيا.",
            ("TUR", "GOV"),
            ("TUR", "MED"),
        ),
        (
            "fa",
            "مقامات ترکیه روز یکشنبه دو روزنامه‌نگار را در جنوب ترکیه بازداشت کرده بودند.",
            ("TUR", "GOV"),
            ("TUR", "MED"),
        ),
        (
            "en",
            "Turkish authorities had arrested two journalists in southern Turkey on Sunday.",
            ("TUR", "GOV"),
            ("TUR", "MED"),
        ),
        (
            "ar",
            "وكانت الشرطة قد اعتقلت رجلا وامرأة أمس في شمال ألمانيا.",
            ("DEU", "COP"),
            ("DEU", "CVL"),
        ),
        (
            "fa",
            "پلیس آلمان دیروز یک مرد و یک زن را در شمال آلمان بازداشت کرده بود.",
            ("DEU", "COP"),
            ("DEU", "CVL"),
        ),
        (
            "en",
            "German police had arrested a man and a woman in northern Germany on Tuesday.",
            ("DEU", "COP"),
            ("DEU", "CVL"),
        ),
        (
            "ar",
            "وكانت قوات الأمن قد اعتقلت ناشطين اثنين أمس في جنوب العراق.",
            ("IRQ", "COP"),
            ("IRQ", "OPP"),
        ),
        (
            "fa",
            "نیروهای امنیتی عراق دیروز دو فعال را در جنوب عراق بازداشت کرده بودند.",
            ("IRQ", "COP"),
            ("IRQ", "OPP"),
        ),
        (
            "en",
            "Iraqi security forces had arrested two activists in southern Iraq on Monday.",
            ("IRQ", "COP"),
            ("IRQ", "OPP"),
        ),
    ],
)
def test_subject_before_particle_is_the_doer(
    lang: str, text: str, doer: tuple[str, str], target: tuple[str, str]
) -> None:
    sides = _sides(text, lang, "COERCE")
    assert sides, text
    assert all(s[0][0] == doer[0] and s[0][1] == doer[1] for s in sides), sides
    assert all(target in s[1:] and len(s) == 2 for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقد اعتقلت الشرطة المصرية رجلين أمس في شمال مصر."),
        ("fa", "پلیس مصر دیروز دو مرد را در شمال مصر بازداشت کرد."),
        ("en", "Egyptian police arrested two men in northern Egypt yesterday."),
    ],
)
def test_particle_first_keeps_subject_after_verb(lang: str, text: str) -> None:
    """A particle opening the clause has no subject before it: the group
    after the verb is still the subject."""
    sides = _sides(text, lang, "COERCE")
    assert sides, text
    assert all(s[0] == ("EGY", "COP") and ("EGY", "CVL") in s[1:] for s in sides), sides


# --- a deed talked about behind a light head noun ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وأشار إلى تقرير منظمة العفو الدولية حول عمليات التعذيب في السجون التونسية."),
        ("fa", "او به گزارش سازمان عفو بین‌الملل درباره عملیات شکنجه در زندان‌های تونس اشاره کرد."),
        ("en", "He cited the Amnesty International report on acts of torture in Tunisian prisons."),
        ("ar", "نشرت منظمة هيومن رايتس ووتش تقريرا حول حملات الاعتقال في مصر."),
        ("fa", "دیده‌بان حقوق بشر گزارشی درباره موج بازداشت‌ها در مصر منتشر کرد."),
        ("en", "Human Rights Watch published a report regarding arrest campaigns in Egypt."),
    ],
)
def test_topic_behind_light_head_is_no_event(lang: str, text: str) -> None:
    """A report on a kind of deed tells no deed of its own (the auditors'
    general accounts of torture or arrests)."""
    found = [t for t in ("ASSAULT", "COERCE") if _sides(text, lang, t)]
    assert not found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اعتقلت القوات العراقية عشرين شخصا في عملية واسعة في الموصل."),
        ("fa", "نیروهای عراقی در موصل بیست نفر را در عملیاتی گسترده بازداشت کردند."),
        ("en", "Iraqi forces arrested twenty people in a wide operation in Mosul."),
    ],
)
def test_deed_in_an_operation_is_kept(lang: str, text: str) -> None:
    """An arrest told in an operation is a deed still."""
    sides = _sides(text, lang, "COERCE")
    assert sides and all(s[0] == ("IRQ", "MIL") for s in sides), sides


# --- unidentified attackers before the unarmed they struck ---


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        (
            "ar",
            "نتج عن الهجوم إصابة صحفي عراقي بجروح، وفر المسلحون المجهولون من المكان.",
            ("IRQ", "MED"),
        ),
        (
            "fa",
            "این حمله به زخمی شدن یک روزنامه‌نگار عراقی انجامید و افراد مسلح ناشناس از محل گریختند.",
            ("IRQ", "MED"),
        ),
        (
            "en",
            "The attack left an Iraqi journalist wounded, and the unidentified gunmen fled the scene.",
            ("IRQ", "MED"),
        ),
        (
            "ar",
            "نتج عن الاعتداء إصابة الطبيب السعودي بكسور، وفر المعتدي المسلح من المكان.",
            ("SAU", "HLH"),
        ),
        (
            "fa",
            "این حمله به زخمی شدن پزشک سعودی انجامید و فرد مسلح مهاجم از محل گریخت.",
            ("SAU", "HLH"),
        ),
        (
            "en",
            "A Saudi doctor was wounded in an attack by an unidentified gunman in Jeddah.",
            ("SAU", "HLH"),
        ),
    ],
)
def test_unidentified_attackers_come_first(lang: str, text: str, victim: tuple[str, str]) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][1] == "UAF" and victim in s[1:] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتلت الشرطة العراقية مسلحين مجهولين في بغداد."),
        ("fa", "پلیس عراق افراد مسلح ناشناس را در بغداد کشت."),
        ("en", "Iraqi police killed unidentified gunmen in Baghdad."),
    ],
)
def test_armed_doer_keeps_first_place(lang: str, text: str) -> None:
    """Police who shot gunmen stay the doers: only the unarmed give way."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides and all(s[0] == ("IRQ", "COP") for s in sides), sides


# --- accidents: no attack ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أنقذت الحماية المدنية التونسية رجلا أصيب بجروح بعد سقوطه في بئر مهجورة."),
        ("fa", "امدادگران تونسی مردی را که پس از سقوط در یک چاه متروکه زخمی شده بود نجات دادند."),
        (
            "en",
            "Tunisian civil protection rescued a man who was injured after falling into an abandoned well.",
        ),
        ("ar", "قتل بائع سمك مغربي طحنا داخل شاحنة نفايات في مدينة الحسيمة."),
        ("fa", "یک کارگر مراکشی در شهر حسیمه بر اثر سقوط در چاه کشته شد."),
        ("en", "A Moroccan fish seller was crushed to death inside a garbage truck in Al Hoceima."),
    ],
)
def test_accident_is_no_attack(lang: str, text: str) -> None:
    assert not _sides(text, lang, "ASSAULT"), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل مسلحون مجهولون بائع سمك مغربيا في مدينة الحسيمة."),
        ("fa", "افراد مسلح ناشناس یک ماهی‌فروش مراکشی را در شهر حسیمه کشتند."),
        ("en", "Unidentified gunmen killed a Moroccan fish seller in Al Hoceima."),
    ],
)
def test_killing_by_gunmen_is_an_attack(lang: str, text: str) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides and all(s[0][1] == "UAF" for s in sides), sides


# --- sanctions and the relative clause of who imposed them ---


@pytest.mark.parametrize(
    ("lang", "text", "imposer", "target"),
    [
        (
            "ar",
            "يعاني قادة الحوثيين من العقوبات التي فرضتها الأمم المتحدة.",
            ("UN", None),
            ("YEM", "REB"),
        ),
        (
            "fa",
            "رهبران حوثی از تحریم‌هایی که سازمان ملل علیه آنان وضع کرده است رنج می‌برند.",
            ("UN", None),
            ("YEM", "REB"),
        ),
        (
            "en",
            "Houthi leaders suffer from the sanctions imposed by the United Nations.",
            ("UN", None),
            ("YEM", "REB"),
        ),
        (
            "ar",
            "تأثر المصرف المركزي السوري بالعقوبات التي أقرها الاتحاد الأوروبي.",
            ("EU", None),
            ("SYR", "GOV"),
        ),
        (
            "fa",
            "بانک مرکزی سوریه از تحریم‌هایی که اتحادیه اروپا تصویب کرد آسیب دید.",
            ("EU", None),
            ("SYR", "GOV"),
        ),
        (
            "en",
            "The Syrian central bank was hurt by the sanctions adopted by the European Union.",
            ("EU", None),
            ("SYR", "GOV"),
        ),
    ],
)
def test_sanctions_imposer_comes_first(
    lang: str, text: str, imposer: tuple[str, None], target: tuple[str, str]
) -> None:
    sides = _sides(text, lang, "SANCTION")
    assert sides, text
    assert all(s[0][0] == imposer[0] and target in s[1:] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "فرضت الأمم المتحدة عقوبات على قادة الحوثيين."),
        ("fa", "سازمان ملل علیه رهبران حوثی تحریم وضع کرد."),
        ("en", "The United Nations imposed sanctions on Houthi leaders."),
    ],
)
def test_sanctions_told_actively_keep_their_subject(lang: str, text: str) -> None:
    sides = _sides(text, lang, "SANCTION")
    assert sides and all(s[0][0] == "UN" and ("YEM", "REB") in s[1:] for s in sides), sides
