"""An event's actors are readable in its evidence (extract/events.py, extract/actors.py).

Sentences written for these tests, in ar, fa and en: events of one document
merge only when their participants (country and agent) agree, so an actor
told in another sentence does not join the evidence's event.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def units(record: Record, etype: str) -> list[set[tuple[str | None, str | None]]]:
    return [{(a.code, a.agent) for a in e.actors} for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "اعتقلت الشرطة المصرية عشرة متظاهرين في القاهرة. "
            "واعتقل الجيش المصري ثلاثة طلاب في الإسكندرية.",
        ),
        (
            "en",
            "Egyptian police arrested ten protesters in Cairo. "
            "Egyptian soldiers also arrested three students in Alexandria.",
        ),
        (
            "fa",
            "پلیس مصر ده معترض را در قاهره بازداشت کرد. "
            "ارتش مصر سه دانشجو را در اسکندریه بازداشت کرد.",
        ),
    ],
)
def test_events_with_other_participants_stay_apart(lang: str, text: str) -> None:
    found = units(run(text, lang), "COERCE")
    assert {("EGY", "COP"), ("EGY", "CVL")} in found
    assert {("EGY", "MIL"), ("EGY", "EDU")} in found
    assert not any({("EGY", "COP"), ("EGY", "MIL")} <= u for u in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "وقعت إيران والعراق اتفاقية تجارية يوم الاثنين. ووقعت إيران والعراق الاتفاقية في بغداد.",
        ),
        (
            "en",
            "Iran and Iraq signed a trade agreement on Monday. "
            "Iran and Iraq signed the agreement in Baghdad.",
        ),
        (
            "fa",
            "ایران و عراق روز دوشنبه یک موافقت‌نامه تجاری امضا کردند. "
            "ایران و عراق این موافقت‌نامه را در بغداد امضا کردند.",
        ),
    ],
)
def test_the_same_event_told_twice_is_one(lang: str, text: str) -> None:
    assert units(run(text, lang), "AGREE") == [{("IRN", None), ("IRQ", None)}]


def test_side_by_side_actors_are_subject_and_object_in_arabic() -> None:
    # context.ADJACENT_COORDINATED = False: "الشرطة الفرنسية شابا" is who
    # arrests whom, not one side arresting the topic "داعش" (held on
    # suspicion of belonging to it, the young man is a militant: aragents101)
    [arrest] = run("أوقفت الشرطة الفرنسية شابا يشتبه في انتمائه إلى تنظيم داعش.", "ar").events
    assert {(a.code, a.agent) for a in arrest.actors} == {("FRA", "COP"), ("FRA", "REB")}
    [visit] = run("استقبل الرئيس التونسي السفير الفرنسي في قصر قرطاج.", "ar").events
    assert {a.code for a in visit.actors} == {"TUN", "FRA"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a conjunction glued to the name still joins the list
        ("ar", "قطعت السعودية والإمارات والبحرين علاقاتها الدبلوماسية مع قطر."),
        ("en", "Bahrain, Egypt and Saudi Arabia cut diplomatic ties with Qatar."),
        ("fa", "عربستان سعودی، امارات و بحرین روابط دیپلماتیک خود را با قطر قطع کردند."),
    ],
)
def test_a_list_of_states_acts_together_on_one_target(lang: str, text: str) -> None:
    found = units(run(text, lang), "SANCTION")
    assert len(found) == 3
    assert all(("QAT", None) in u and len(u) == 2 for u in found)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # context.PARTNER_PREPOSITIONS: the partner is not the government's country
        ("ar", "صادقت الحكومة على اتفاقية تعاون مع المغرب.", {(None, "GOV"), ("MAR", None)}),
    ],
)
def test_a_partner_gives_no_country_to_an_agent(lang: str, text: str, want: set) -> None:
    assert units(run(text, lang), "AGREE") == [want]


def test_fill_codes_skips_partners_in_any_language() -> None:
    from diplowatch.extract.actors import Mention
    from diplowatch.extract.participants import DocFacts, FillKnobs, fill_codes

    for text, partner in (
        ("the government signed a deal with Morocco", "with"),
        ("دولت قراردادی با مراکش امضا کرد", "با"),
        ("وقعت الحكومة اتفاقية مع المغرب", "مع"),
    ):
        gov_word = text.split()[1] if text.startswith("the") else text.split()[0]
        if text.startswith("وقعت"):
            gov_word = text.split()[1]
        gov = Mention(text.index(gov_word), text.index(gov_word) + len(gov_word), "", "agent", True)
        gov.agent = "GOV"
        where = text.index(partner) + len(partner) + 1
        state = Mention(where, len(text), "MAR", "state", True)
        kept = fill_codes(
            [gov, state], DocFacts(text=text), FillKnobs(partners=frozenset({partner}))
        )
        assert kept[0].code == ""
        kept = fill_codes([gov, state], DocFacts(text=text))  # without the knob: the one country
        assert kept[0].code == "MAR"


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # context.AGENT_PLACE_PREFIXES: the court of the place glued to "ب"
        ("ar", "أصدرت المحكمة الابتدائية بتونس حكما بسجن رجل أعمال خمس سنوات.", ("TUN", "JUD")),
        (
            "en",
            "The primary court of Tunis sentenced a businessman to five years in prison.",
            ("TUN", "JUD"),
        ),
        ("fa", "دادگاه بدوی تهران یک بازرگان را به پنج سال زندان محکوم کرد.", ("IRN", "JUD")),
    ],
)
def test_a_court_belongs_to_the_place_it_sits_in(lang: str, text: str, want: tuple) -> None:
    found = units(run(text, lang), "COERCE")
    assert any(want in u for u in found)
    assert not any(("TUN", None) in u for u in found)


def test_a_glued_object_marker_stays_the_object_in_arabic() -> None:
    # no describing word between: "بإسرائيل" is what the government condemns
    [accuse] = [e for e in run("نددت الحكومة المصرية بإسرائيل.", "ar").events]
    assert {(a.code, a.agent) for a in accuse.actors} == {("EGY", "GOV"), ("ISR", None)}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a country adjective after a movement and a title is the title's
        ("ar", "انتقد حزب النهضة قرار الحكومة التونسية.", {("TUN", "PTY"), ("TUN", "GOV")}),
        (
            "en",
            "Hamas slammed the Egyptian government on Monday.",
            {("PSE", "REB"), ("EGY", "GOV")},
        ),
        ("fa", "حماس دولت مصر را محکوم کرد.", {("PSE", "REB"), ("EGY", "GOV")}),
    ],
)
def test_a_movement_does_not_take_a_titles_adjective(lang: str, text: str, want: set) -> None:
    assert units(run(text, lang), "ACCUSE") == [want]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a conjunction before a movement joins two actors; it does not make
        # the title before it the movement's
        (
            "ar",
            "اتفقت الحكومة والاتحاد العام التونسي للشغل على الزيادة في الأجور.",
            {("TUN", "GOV"), ("TUN", "LAB")},
        ),
        (
            "en",
            "The Egyptian government and Hamas agreed on a truce.",
            {("EGY", "GOV"), ("PSE", "REB")},
        ),
        ("fa", "دولت مصر و حماس بر سر آتش‌بس توافق کردند.", {("EGY", "GOV"), ("PSE", "REB")}),
    ],
)
def test_a_conjunction_separates_a_title_from_a_movement(lang: str, text: str, want: set) -> None:
    assert want in units(run(text, lang), "AGREE")


def _mentions(text: str, lang: str) -> list:
    from diplowatch.extract.actors import context, find_mentions
    from diplowatch.extract.lexicon import ACTOR, CUE, lexicon
    from diplowatch.extract.scan import resolve, scan
    from diplowatch.text.normalize import normalize

    ntext = normalize(text).text
    lex, ctx = lexicon(lang), context(lang)
    layers = resolve(scan(ntext, lex))
    return find_mentions(ntext, layers.get(ACTOR, []), layers.get(CUE, []), ctx, lex.ambiguous)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the coast in "coast guard" is the title's own word, not a place
        ("ar", "أنقذ خفر السواحل الإيطالي مئات المهاجرين قبالة صقلية."),
        ("en", "The Italian coast guard rescued hundreds of migrants off Sicily."),
        ("fa", "گارد ساحلی ایتالیا صدها مهاجر را در نزدیکی سیسیل نجات داد."),
    ],
)
def test_a_coast_guard_is_no_place(lang: str, text: str) -> None:
    italy = [m for m in _mentions(text, lang) if m.code == "ITA" and m.kind != "city"]
    assert italy and not any(m.location_only for m in italy)


def test_a_border_after_troops_is_still_a_place() -> None:
    [deploy] = run("نشرت مصر قوات على الحدود الليبية.", "ar").events
    assert "LBY" not in {a.code for a in deploy.actors}


def _report_start(text: str, lang: str) -> tuple[str, int | None]:
    from diplowatch.extract.lexicon import CUE, lexicon
    from diplowatch.extract.quote_opening import quote_start
    from diplowatch.extract.scan import resolve, scan
    from diplowatch.text.normalize import normalize

    ntext = normalize(text).text
    cues = resolve(scan(ntext, lexicon(lang))).get(CUE, [])
    return ntext, quote_start(ntext, 0, len(ntext) - 5, cues)


def test_a_report_begins_after_its_bare_that() -> None:
    # Arabic names the speaker after the verb: the report starts at "أن"
    ntext, begin = _report_start("أعلنت الشرطة العراقية أن مسلحين قتلوا عشرة مدنيين.", "ar")
    assert begin is not None and begin >= ntext.index(" ان ") + 3
    # languages without complementizer cues (status.COMPLEMENTIZER_CUES) keep
    # the start at the verb of saying (Persian "اعلام کرد", English "said")
    ntext, begin = _report_start("پلیس عراق اعلام کرد که افراد مسلح ده غیرنظامی را کشتند.", "fa")
    assert begin == ntext.index("كرد") + len("كرد")
    ntext, begin = _report_start("Iraqi police said that gunmen killed ten civilians.", "en")
    assert begin == ntext.index("said") + len("said")
    # a pronoun pointing back to the speaker makes the deed the speaker's own
    ntext, begin = _report_start("Iraqi police said they killed ten gunmen.", "en")
    assert begin is None


def test_the_speaker_after_the_verb_takes_no_part_in_the_deed() -> None:
    [attack] = run("أعلنت الشرطة العراقية أن مسلحين قتلوا عشرة مدنيين في الموصل.", "ar").events
    assert ("IRQ", "COP") not in {(a.code, a.agent) for a in attack.actors}
