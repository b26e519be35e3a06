"""The doer of a deed of force told in the passive or by its noun acts
first, and an opening "after …" phrase keeps its own sides (extract/doers.py).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


def cast(event: Event) -> list[str]:
    return [f"{a.code or '-'}:{a.agent or ''}" for a in event.actors]


def of_type(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "doer", "done"),  # doer: its agent; done: country and agent
    [
        ("ar", "قُتل شرطيان مصريان برصاص مسلحين في شمال سيناء.", "ASSAULT", ":UAF", "EGY:COP"),
        ("ar", "اعتقل ناشط معارض على يد الشرطة التونسية في صفاقس.", "COERCE", ":COP", "TUN:"),
        (
            "ar",
            "أصيب ثلاثة جنود أتراك في هجوم شنه مسلحون قرب الحدود.",
            "ASSAULT",
            ":UAF",
            "TUR:MIL",
        ),
        ("fa", "دو سرباز عراقی به دست شبه‌نظامیان داعش کشته شدند.", "ASSAULT", ":REB", "IRQ:MIL"),
        ("fa", "یک پلیس افغان در حمله افراد مسلح در قندهار کشته شد.", "ASSAULT", ":UAF", "AFG:COP"),
        ("fa", "سه فعال مدنی از سوی پلیس مصر بازداشت شدند.", "COERCE", ":COP", "EGY:"),
        (
            "en",
            "Two Nigerian soldiers were killed by bandits in Zamfara.",
            "ASSAULT",
            ":CRM",
            "NGA:MIL",
        ),
        (
            "en",
            "A Kenyan journalist was detained by police in Nairobi.",
            "COERCE",
            ":COP",
            "KEN:MED",
        ),
        (
            "en",
            "Three Iraqi policemen were wounded in an attack carried out by militants.",
            "ASSAULT",
            ":REB",
            "IRQ:COP",
        ),
    ],
)
def test_the_marked_doer_acts_first(lang: str, text: str, etype: str, doer: str, done: str) -> None:
    events = of_type(run(text, lang), etype)
    assert events, text
    actors = cast(events[0])
    assert len(actors) >= 2, actors
    assert actors[0].endswith(doer.split(":")[1]) and actors[0] != done, actors
    assert actors[1].startswith(done), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the active voice keeps the subject first; "by" marks no doer here
        ("en", "Syrian troops killed five rebels by the river near Idlib."),
        ("fa", "پلیس ترکیه ده معترض را در آنکارا بازداشت کرد."),
        ("ar", "اعتقلت الشرطة الأردنية خمسة متظاهرين في عمان."),
    ],
)
def test_active_order_is_kept(lang: str, text: str) -> None:
    events = of_type(run(text, lang), "ASSAULT") + of_type(run(text, lang), "COERCE")
    assert events, text
    assert cast(events[0])[0].split(":")[1] in {"MIL", "COP"}, cast(events[0])


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "en",
            "After a Turkish air strike on northern Iraq, Kurdish rebels attacked a Turkish army post.",
            "TUR",
        ),
        (
            "fa",
            "پس از حمله هوایی آمریکا به بغداد، شبه‌نظامیان عراقی به یک پایگاه آمریکا حمله کردند.",
            "USA",
        ),
        ("ar", "إثر قصف روسي لمدينة إدلب، هاجم مسلحون سوريون موقعا للجيش الروسي.", "RUS"),
    ],
)
def test_an_opening_after_phrase_keeps_its_sides(lang: str, text: str, actor: str) -> None:
    """The main clause's attack is by the rebels, not by the state of the
    opening phrase: no attack has that state first with the rebels after."""
    for e in of_type(run(text, lang), "ASSAULT"):
        actors = cast(e)
        if any(a.endswith(("REB", "UAF")) for a in actors):
            assert not actors[0].startswith(actor + ":") or actors[0].endswith(("REB", "UAF")), (
                actors
            )


def test_after_talks_keep_both_sides() -> None:
    """Only a deed of force is cut off from an opening phrase: an agreement
    after talks is still the agreement of both."""
    text = "After talks with Sergei Lavrov in Moscow, Turkey's foreign minister announced an agreement with Russia."
    agreements = of_type(run(text, "en"), "AGREE")
    assert agreements and {a.code for a in agreements[0].actors} >= {"TUR", "RUS"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "پلیس پاکستان پس از حمله شبه‌نظامیان طالبان به یک مدرسه، پنج نفر را در پیشاور بازداشت کرد.",
        ),
        ("ar", "اعتقلت الشرطة الباكستانية خمسة أشخاص في بيشاور بعد هجوم مسلحي طالبان على مدرسة."),
        (
            "en",
            "Pakistani police arrested five people in Peshawar over an attack by Taliban militants.",
        ),
    ],
)
def test_an_attack_noun_marks_no_doer_of_an_arrest(lang: str, text: str) -> None:
    """The doers an attack's noun names are the attack's: the arrest beside
    it is still the police's."""
    arrests = of_type(run(text, lang), "COERCE")
    assert arrests and cast(arrests[0])[0] == "PAK:COP", [cast(e) for e in arrests]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a Persian attack noun whose verb says it goes on reports the attack
        ("fa", "درگیری‌های مسلحانه در شهر بنغازی همچنان ادامه دارد.", True),
        ("fa", "حمله نیروهای روسیه به شهر ماریوپل ادامه یافت.", True),
        # "opened fire on" told with "به گلوله بستن", active and passive
        ("fa", "ماموران پلیس کنیا معترضان را در نایروبی به گلوله بستند.", True),
        ("fa", "خودروی یک مقام محلی در قندهار به گلوله بسته شد.", True),
        # talks that go on are no attack, in any language
        ("fa", "گفتگوهای ایران و عربستان در بغداد ادامه دارد.", False),
        ("ar", "تتواصل المحادثات بين إيران والسعودية في بغداد.", False),
        ("en", "Talks between Iran and Saudi Arabia continue in Baghdad.", False),
        # (Arabic adds no unnamed attacker: the sides are named; "المسلحة" is
        # "armed", no gunmen)
        ("ar", "تتواصل الاشتباكات المسلحة بين الجيش الليبي والمسلحين في مدينة بنغازي.", True),
        ("en", "Armed clashes continue in the city of Benghazi.", True),
    ],
)
def test_force_going_on_and_fire_opened(lang: str, text: str, want: bool) -> None:
    assert bool(of_type(run(text, lang), "ASSAULT")) is want, run(text, lang).events


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "After an investigation by the FBI, a hacker was arrested in Ohio.", "USA"),
        ("fa", "پس از تحقیقات پلیس ترکیه، دو مظنون در آنکارا بازداشت شدند.", "TUR"),
        ("ar", "بعد تحقيقات أجرتها الشرطة التركية، اعتقل مشتبهان في أنقرة.", "TUR"),
    ],
)
def test_an_opening_phrase_with_no_deed_of_force_keeps_its_doer(
    lang: str, text: str, code: str
) -> None:
    """An inquiry told before an arrest is no deed of its own: the police
    named in it still make the arrest."""
    arrests = of_type(run(text, lang), "COERCE")
    assert arrests and cast(arrests[0])[0] == f"{code}:COP", [cast(e) for e in arrests]
