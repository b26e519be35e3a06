"""Who acts inside a state, round 7: a bare title takes the country of the
bodies of one state its sentence names; the people's deputies are members
of parliament, not civilians; clerical ranks before a name are clerics;
Persian agent nouns carry possessive clitics. Sentences written for these
tests, in Arabic, Persian and English (the other languages show that
language-specific data does not misfire)."""

from __future__ import annotations

import pytest

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import DocFacts, FillKnobs, fill_codes
from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event ('-' for no code)."""
    return {
        f"{a.code or '-'}:{a.agent}"
        for e in process(Document("t", text, lang=lang)).events
        for a in e.actors
    }


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "A member of the Jordanian parliament criticised the finance minister over prices.",
            "en",
            {"JOR:LEG", "JOR:GOV"},
        ),
        (
            "انتقد عضو مجلس النواب الأردني وزير المالية بسبب ارتفاع الأسعار.",
            "ar",
            {"JOR:LEG", "JOR:GOV"},
        ),
        (
            "اعتقلت الشرطة التركية صحفيين في أنقرة بأمر من وزير الداخلية.",
            "ar",
            {"TUR:COP", "TUR:MED"},
        ),
        (
            "Protesters in Basra demanded the resignation of the electricity minister.",
            "en",
            {"IRQ:CVL", "IRQ:GOV"},
        ),
        ("معترضان در بصره خواستار استعفای وزیر برق شدند.", "fa", {"IRQ:CVL", "IRQ:GOV"}),
    ],
)
def test_a_bare_title_takes_the_country_of_the_bodies_named(
    text: str, lang: str, want: set[str]
) -> None:
    got = agents(text, lang)
    assert want <= got
    assert "-:GOV" not in got


def _mention(
    start: int, code: str, agent: str | None, kind: str = "agent", role: str | None = None
) -> Mention:
    return Mention(start, start + 5, code, kind, True, role=role, agent=agent)


def test_bodies_of_two_states_or_only_diplomats_tell_a_title_nothing() -> None:
    # an ambassador (GOV) acts abroad for his state: the minister he meets is not his
    minister = _mention(0, "", "GOV", role="minister")
    envoy = _mention(20, "KOR", "GOV", role="ambassador")
    fill_codes([minister, envoy], DocFacts())
    assert minister.code == ""
    # police of one state, protesters of another: no one country
    minister = _mention(0, "", "GOV", role="minister")
    police = _mention(20, "TUR", "COP")
    crowd = _mention(40, "SYR", "CVL")
    fill_codes([minister, police, crowd], DocFacts())
    assert minister.code == ""
    # an armed movement fights across borders and has leaders of its own
    leader = _mention(0, "", "GOV", role="head_of_state")
    movement = _mention(20, "YEM", "REB", kind="group")
    fill_codes([leader, movement], DocFacts())
    assert leader.code == ""
    # a parliament's country is the minister's
    minister = _mention(0, "", "GOV", role="minister")
    house = _mention(20, "JOR", "LEG", kind="state_adj")
    fill_codes([minister, house], DocFacts())
    assert minister.code == "JOR"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انتقد نواب الشعب وزير النفط العراقي.", "ar"),
        ("انتقد ممثلو الشعب في البرلمان العراقي وزير النفط.", "ar"),
        ("نمایندگان ملت از وزیر نفت عراق انتقاد کردند.", "fa"),
        ("The people's representatives criticised the Iraqi oil minister.", "en"),
    ],
)
def test_the_peoples_deputies_are_legislators_not_civilians(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert "IRQ:LEG" in got or "-:LEG" in got
    assert not any(a.endswith(":CVL") for a in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("یک نماینده اصولگرای مجلس ایران از وزیر نفت انتقاد کرد.", "fa"),
        ("نمایندگان اصلاح‌طلب مجلس ایران از دولت انتقاد کردند.", "fa"),
    ],
)
def test_persian_mps_named_by_faction_are_legislators(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert "IRN:LEG" in got
    assert "IRN:CVL" not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("آیت‌الله سیستانی حمله به معترضان در بغداد را محکوم کرد.", "fa"),
        ("أدان آية الله السيستاني الهجوم على المتظاهرين في بغداد.", "ar"),
        ("Grand Ayatollah Ali al-Sistani condemned the attack on protesters in Baghdad.", "en"),
    ],
)
def test_a_clerical_rank_before_a_name_is_a_cleric(text: str, lang: str) -> None:
    assert any(a.endswith(":REL") for a in agents(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هاجم مسلحون ضريح آية الله في كربلاء وقتلوا خمسة زوار.", "ar"),
        ("مهاجمان به حرم آیت‌الله در کربلا حمله کردند و پنج زائر را کشتند.", "fa"),
    ],
)
def test_a_shrine_named_after_a_cleric_is_no_cleric(text: str, lang: str) -> None:
    assert not any(a.endswith(":REL") for a in agents(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلنت الحكومة العراقية مسؤوليتها عن حماية المتظاهرين في بغداد.", "ar"),
        ("تتحمل الشرطة العراقية المسؤولية عن قتل المتظاهرين في البصرة.", "ar"),
    ],
)
def test_arabic_responsibility_is_no_official(text: str, lang: str) -> None:
    doc = process(Document("t", text, lang=lang))
    assert not any(a.role == "official" for e in doc.events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ارتش پاکستان اعلام کرد سربازانش در درگیری با شبه‌نظامیان در وزیرستان کشته شدند.", "fa"),
        ("ارتش پاکستان گفت نیروهایش شش شبه‌نظامی را در وزیرستان کشتند.", "fa"),
        ("أعلن الجيش الباكستاني مقتل جنوده في اشتباكات مع مسلحين في وزيرستان.", "ar"),
        ("The Pakistani army said its soldiers killed six militants in Waziristan.", "en"),
    ],
)
def test_soldiers_with_a_possessive_are_soldiers(text: str, lang: str) -> None:
    assert "PAK:MIL" in agents(text, lang)


def test_persian_possessive_clitics_only_on_agent_nouns() -> None:
    from diplowatch.extract.lexicon import lexicon
    from diplowatch.extract.scan import scan
    from diplowatch.text.normalize import normalize

    lex = lexicon("fa")
    text = normalize("سربازانش و نیروهایشان آمدند").text
    found = {
        text[h.start : h.end]: h.entry.value for h in scan(text, lex) if h.entry.kind == "agent"
    }
    assert set(found.values()) >= {"MIL"}
    assert any(w.endswith("ش") for w in found)
    # a trigger noun takes no possessive clitic through the agent class
    assert all(h.entry.affix != "agent" for h in scan(text, lex) if h.entry.kind == "trigger")


@pytest.mark.parametrize(
    ("text", "lang", "want", "unwanted"),
    [
        # a movement's own forces are the movement, not a state's army
        (
            "رهبری طالبان به نیروهایش دستور داد ولایت پنجشیر را تصرف کنند.",
            "fa",
            "AFG:REB",
            "AFG:MIL",
        ),
        (
            "The Taliban withdrew its fighters from Panjshir province.",
            "en",
            "AFG:REB",
            "AFG:MIL",
        ),
        # a state's forces are its military, wherever they go
        ("روسیه نیروهایش را از خرسون خارج کرد.", "fa", "RUS:MIL", "UKR:MIL"),
        ("Russia pulled its forces out of Kherson.", "en", "RUS:MIL", "UKR:MIL"),
        ("سحبت روسيا قواتها من خيرسون.", "ar", "RUS:MIL", "UKR:MIL"),
    ],
)
def test_forces_with_a_possessive_belong_to_their_owner(
    text: str, lang: str, want: str, unwanted: str
) -> None:
    got = agents(text, lang)
    assert want in got
    assert unwanted not in got


def test_a_title_of_a_body_with_no_country_keeps_none() -> None:
    director = _mention(0, "", "NGO", role="official")
    court = _mention(20, "IRN", "JUD")
    fill_codes([director, court], DocFacts(), FillKnobs(stateless=frozenset({"NGO"})))
    assert director.code == ""


def test_an_ambassador_is_not_the_host_countrys() -> None:
    # "the UAE said its ambassador was wounded with civilians in Kabul"
    envoy = _mention(0, "", "GOV", role="ambassador")
    crowd = _mention(20, "AFG", "CVL")
    fill_codes([envoy, crowd], DocFacts())
    assert envoy.code == ""
