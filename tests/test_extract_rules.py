"""Shared extraction rules (``src/diplowatch/extract``), in Arabic, Persian and
English, on sentences written for these tests.

Each rule is exercised through the pipeline where the language's data
already uses it, and through the function itself with the language's text
where a language has not (yet) switched the rule's knob on.
"""

from __future__ import annotations

import re

import pytest

from casts import types
from diplowatch.extract.actors import Mention
from diplowatch.extract.lexicon import CUE, EVENT, Entry
from diplowatch.extract.scan import Hit, guard_ok
from diplowatch.extract.sources import without_sources
from diplowatch.extract.split_sides import local_split
from diplowatch.extract.vetoes import vetoed
from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize, normalize_phrase


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


def units(event: Event) -> set[str]:
    return {f"{a.code or '-'}:{a.agent or ''}" for a in event.actors}


def hit_of(text: str, phrase: str, entry: Entry) -> Hit:
    """A hit on ``phrase`` as a whole word (or words) of ``text``."""
    found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)
    assert found, phrase
    start = found.start()
    return Hit(start, start + len(phrase), start, start + len(phrase), entry, "")


# ---------------------------------------------------------------- guarded triggers


@pytest.mark.parametrize(
    ("text", "word", "objects", "ok"),
    [
        ("نشرت روسيا قوات اضافيه على الحدود", "نشرت", ("قوات",), True),
        ("نشرت صحيفه روسيه خبرا عن الحدود", "نشرت", ("قوات",), False),
        ("russia deployed more troops to the border", "deployed", ("troops",), True),
        ("the company deployed a new website", "deployed", ("troops",), False),
        ("روسيه نيروهاي بيشتري به مرز فرستاد", "فرستاد", ("نيروهاي",), True),
        ("روسيه پيامي به مرز فرستاد", "فرستاد", ("نيروهاي",), False),
    ],
)
def test_a_guarded_trigger_needs_its_object_nearby(
    text: str, word: str, objects: tuple[str, ...], ok: bool
) -> None:
    entry = Entry(EVENT, "trigger", "MOBILIZE", "verb", ("deploy", objects))
    hit = hit_of(text, word, entry)
    # Persian puts the object before the verb: search there
    window = (4, 0) if word == "فرستاد" else (0, 4)
    assert guard_ok(text, hit, window) is ok


def test_arabic_guards_in_the_pipeline() -> None:
    assert types("نشرت وزارة الدفاع الروسية قوات على الحدود مع أوكرانيا.", "ar") == {"MOBILIZE"}
    assert types("نشرت صحيفة روسية خبرا عن الحدود مع أوكرانيا.", "ar") == set()


# ---------------------------------------------------------------- veto words


@pytest.mark.parametrize(
    ("lang", "sentence", "word"),
    [
        ("ar", "لقي شخصان مصرعهما غرقا في الفيضانات", "فيضانات"),
        ("fa", "دو نفر در سیل جان باختند", "سیل"),
        ("en", "two people were killed in the floods", "floods"),
    ],
)
def test_veto_words_cancel_a_trigger_of_their_sentence(lang: str, sentence: str, word: str) -> None:
    del lang
    text = normalize(sentence).text
    kill = Hit(0, 1, 0, 1, Entry(EVENT, "trigger", "ASSAULT", "verb", ("kill",)), "")
    vetoes = {("ASSAULT", "kill"): (normalize_phrase(word),)}
    assert vetoed(kill, text, vetoes)
    assert not vetoed(kill, text, {("ASSAULT", "kill"): ("زلزال", "زلزله", "earthquake")})
    # a (type, "*") veto covers every mode of the type
    assert vetoed(kill, text, {("ASSAULT", "*"): (normalize_phrase(word),)})


# ---------------------------------------------------------------- names are no triggers


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("ar", "أكد حزب نداء تونس مشاركته في الانتخابات وهاجمت الشرطة التونسية مقره.", "REQUEST"),
        ("en", "The Rapid Support Forces attacked a village in Darfur on Monday.", "SUPPORT"),
        ("fa", "سازمان همکاری اسلامی حمله به غزه را محکوم کرد.", "COOPERATE"),
    ],
)
def test_a_trigger_word_inside_a_name_is_no_trigger(lang: str, text: str, absent: str) -> None:
    assert absent not in types(text, lang)


# ---------------------------------------------------------------- reactions and their objects


@pytest.mark.parametrize(
    ("lang", "text", "kept", "dropped"),
    [
        ("ar", "دعت فرنسا إيران إلى وقف الهجمات على السفن التجارية.", "REQUEST", "ASSAULT"),
        (
            "en",
            "The Egyptian foreign minister urged Israel to halt the air strikes.",
            "REQUEST",
            "ASSAULT",
        ),
        ("fa", "ایران توقف حملات هوایی به یمن را خواستار شد.", "REQUEST", "ASSAULT"),
    ],
)
def test_what_is_asked_is_no_event(lang: str, text: str, kept: str, dropped: str) -> None:
    found = types(text, lang)
    assert kept in found and dropped not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أدانت الجامعة العربية الهجوم الذي استهدف مسجدا في باكستان."),
        ("en", "The Arab League condemned the attack on a mosque in Pakistan."),
    ],
)
def test_who_condemns_an_attack_is_not_its_author(lang: str, text: str) -> None:
    for e in run(text, lang).events:
        if e.type == "ASSAULT":
            assert "ARABLEAGUE" not in {a.code for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "تظاهر مئات الأتراك في أنقرة ودعوا الحكومة إلى الاستقالة."),
        ("en", "Thousands protested in Tel Aviv and urged the government to resign."),
        # typesfa85: Persian "خواستار … شدند" is a request of its own beside the
        # protest (tests/test_typesfa85.py), as the labels and the challenge read it
    ],
)
def test_protesters_demands_are_the_protest(lang: str, text: str) -> None:
    assert types(text, lang) == {"PROTEST"}


# ---------------------------------------------------------------- one-sided and planned


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرجت إيران عن عشرين سجينا يوم الأحد."),
        ("en", "Iran released 20 prisoners on Sunday."),
        ("fa", "ایران ۲۰ زندانی را آزاد کرد."),
    ],
)
def test_a_concession_may_name_one_side(lang: str, text: str) -> None:
    assert "CONCEDE" in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ستفرض دول الاتحاد الأوروبي عقوبات على بيلاروسيا الشهر المقبل."),
        ("en", "The European Union will impose sanctions on Belarus next month."),
        ("fa", "اتحادیه اروپا ماه آینده تحریم‌های جدیدی علیه بلاروس اعمال خواهد کرد."),
    ],
)
def test_sanctions_announced_for_later_are_a_threat(lang: str, text: str) -> None:
    found = types(text, lang)
    assert "THREATEN" in found and "SANCTION" not in found


# ---------------------------------------------------------------- groups


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "هاجم تنظيم داعش نقطة تفتيش في العراق."),
        ("en", "Islamic State gunmen attacked a checkpoint in Iraq."),
        ("fa", "داعش به یک ایست بازرسی در عراق حمله کرد."),
    ],
)
def test_a_movement_of_no_country_is_of_the_place_it_fights(lang: str, text: str) -> None:
    # the spec takes an agent's country from a named place (xx PLACED_GROUP_AGENTS)
    assert any("IRQ:REB" in units(e) for e in run(text, lang).events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أعلن تنظيم داعش مسؤوليته عن الهجوم على نقطة التفتيش."),
        ("en", "Islamic State gunmen attacked a checkpoint."),
    ],
)
def test_a_movement_of_no_country_and_no_place_keeps_a_null_code(lang: str, text: str) -> None:
    assert any("-:REB" in units(e) for e in run(text, lang).events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقعت حركة حماس وحركة الجهاد الإسلامي اتفاقا في القاهرة."),
        ("en", "Hamas and Islamic Jihad signed an agreement in Cairo."),
        ("fa", "حماس و جهاد اسلامی در قاهره توافقنامه‌ای امضا کردند."),
    ],
)
def test_two_named_groups_of_one_country_are_two_sides(lang: str, text: str) -> None:
    agree = [e for e in run(text, lang).events if e.type == "AGREE"]
    assert agree and len(agree[0].actors) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "هدد الأمين العام لحزب الله إسرائيل بحرب جديدة."),
        ("en", "The leader of Hezbollah threatened Israel with a new war."),
    ],
)
def test_a_title_before_a_group_is_the_groups(lang: str, text: str) -> None:
    threat = next(e for e in run(text, lang).events if e.type == "THREATEN")
    assert "LBN:REB" in units(threat)


# ---------------------------------------------------------------- sources


def _cue(text: str, phrase: str, kind: str) -> Hit:
    return hit_of(text, phrase, Entry(CUE, kind, "", "fixed"))


@pytest.mark.parametrize(
    ("sentence", "source", "that", "cited", "party"),
    [
        # the source clause ends at "that" (فإن)
        ("وفق مصادر عراقيه فان الشرطه اعتقلت عشرين متظاهرا", "وفق", "فان", "عراقيه", "الشرطه"),
        # … or at the comma
        (
            "به گزارش خبرگزاري عراقي، پليس بيست معترض را بازداشت كرد",
            "به گزارش",
            None,
            "عراقي",
            "پليس",
        ),
        (
            "according to iraqi officials, police arrested twenty protesters",
            "according to",
            None,
            "iraqi",
            "police",
        ),
    ],
)
def test_actors_after_a_source_cue_are_cited(
    sentence: str, source: str, that: str | None, cited: str, party: str
) -> None:
    from diplowatch.extract.sentence import Sentence

    s = Sentence(0, len(sentence))
    s.cues = [_cue(sentence, source, "source")]
    if that:
        s.cues.append(_cue(sentence, that, "complementizer"))
    a, b = sentence.index(cited), sentence.index(party)
    s.mentions = [
        Mention(a, a + len(cited), "IRQ", "state_adj", True),
        Mention(b, b + len(party), "IRQ", "agent", True, agent="COP"),
    ]
    kept = without_sources(s, sentence, [], frozenset({"MED"}))
    assert [sentence[m.start : m.end] for m in kept] == [party]


@pytest.mark.parametrize(
    ("sentence", "verb", "medium", "country"),
    [
        ("ذكرت صحيفه امريكيه ان الشرطه اعتقلت رجلا", "ذكرت", "صحيفه", "امريكيه"),
        (
            "گزارش داد روزنامه امريكايي كه پليس مردي را بازداشت كرد",
            "گزارش داد",
            "روزنامه",
            "امريكايي",
        ),
        (
            "reported newspapers in america that police arrested a man",
            "reported",
            "newspapers",
            "america",
        ),
    ],
)
def test_a_medium_right_after_a_reporting_verb_is_cited(
    sentence: str, verb: str, medium: str, country: str
) -> None:
    from diplowatch.extract.sentence import Sentence

    s = Sentence(0, len(sentence))
    s.cues = [_cue(sentence, verb, "reporting")]
    paper = hit_of(sentence, medium, Entry("actor", "agent", "MED", "noun"))
    a = sentence.index(country)
    s.mentions = [Mention(a, a + len(country), "USA", "state_adj", True, agent="MED")]
    kept = without_sources(s, sentence, [paper], frozenset({"MED"}))
    assert kept and not kept[0].strong and kept[0].agent is None


# ---------------------------------------------------------------- sides around a trigger


@pytest.mark.parametrize(
    ("sentence", "trigger", "verb", "names", "source", "target"),
    [
        # a noun's source stands before it, its target after it
        (
            "ادانت مصر حكم محكمه اسراييليه بسجن طفل فلسطيني",
            "بسجن",
            False,
            ["مصر", "محكمه", "طفل"],
            "محكمه",
            "طفل",
        ),
        (
            "russia and china vetoed the council resolution on the convoy",
            "vetoed",
            False,
            ["russia", "council", "convoy"],
            "russia",
            "council",
        ),
        # a verb's (or an ezafe noun's) subject follows it
        (
            "ديروز ناتو از حمله روسيه به اوكراين خبر داد",
            "حمله",
            True,
            ["ناتو", "روسيه", "اوكراين"],
            "روسيه",
            "اوكراين",
        ),
    ],
)
def test_local_sides_read_around_the_trigger(
    sentence: str, trigger: str, verb: bool, names: list[str], source: str, target: str
) -> None:
    mentions = []
    for i, name in enumerate(names):
        a = sentence.index(name)
        mentions.append(Mention(a, a + len(name), f"C{i}", "state", True))
    t = sentence.index(trigger)
    sides = local_split(t, t + len(trigger), mentions, sentence, frozenset({"و", "and"}), verb)
    assert sides is not None
    assert {tuple(sentence[m.start : m.end] for m in side) for side in sides} == {(source, target)}


# ---------------------------------------------------------------- agents of unknown country


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ar", "اعتقلت الشرطة ثلاثة مهربين على الحدود.", {"-:COP", "-:CRM"}),
        ("en", "Police arrested three smugglers at the border.", {"-:COP", "-:CRM"}),
    ],
)
def test_agents_of_unknown_country_are_sides(lang: str, text: str, want: set[str]) -> None:
    assert any(want <= units(e) for e in run(text, lang).events)


def test_agents_of_unknown_country_fill_only_a_missing_side() -> None:
    from diplowatch.extract.selected_sides import select

    # "پلیس … قاچاقچی …": two agents, no country written
    police = Mention(0, 5, "", "agent", False, agent="COP")
    smugglers = Mention(8, 15, "", "agent", False, agent="CRM")
    chosen = select([police, smugglers], (), start=0, both_sides=False)
    assert {m.agent for m in chosen} == {"COP", "CRM"}
    # with two known sides, an agent of unknown country is left out
    iran = Mention(20, 24, "IRN", "state", True)
    iraq = Mention(30, 34, "IRQ", "state", True)
    chosen = select([police, iran, iraq], (), start=0, both_sides=False)
    assert police not in chosen


# ---------------------------------------------------------------- speakers, conditions, topics


def test_a_speaker_before_a_bare_that_is_no_party_when_others_are_named() -> None:
    from diplowatch.extract.sentence import Sentence

    for sentence, verb, that, speaker in [
        ("قال مسوولان ايرانيان ان طهران ارسلت طايرات الي قطر", "قال", "ان", "ايرانيان"),
        ("officials said that tehran sent planes to qatar", "said", "that", "officials"),
        ("مقامات گفتند كه تهران هواپيماهايي به قطر فرستاد", "گفتند", "كه", "مقامات"),
    ]:
        s = Sentence(0, len(sentence))
        s.cues = [_cue(sentence, verb, "reporting"), _cue(sentence, that, "complementizer")]
        a = sentence.index(speaker)
        s.mentions = [Mention(a, a + len(speaker), "IRN", "agent", True, agent="GOV")]
        kept = without_sources(s, sentence, [], frozenset({"MED"}))
        assert len(kept) == 1 and not kept[0].strong
        # "that he …" refers back to the speaker: he acts
        s.cues[1] = _cue(sentence, that, "bound_complementizer")
        s.mentions[0].strong = True
        assert without_sources(s, sentence, [], frozenset({"MED"}))[0].strong


@pytest.mark.parametrize(
    ("sentence", "cue", "trigger", "dropped"),
    [
        ("في حال تعرض الموكب الى اطلاق نار", "في حال", "اطلاق نار", True),
        ("if the army attacks the town", "if", "attacks", True),
        ("اگر ارتش به شهر حمله كند", "اگر", "حمله", True),
        ("if, as the army said yesterday, it attacked the town", "if", "attacked", False),
    ],
)
def test_what_a_condition_introduces_is_no_event(
    sentence: str, cue: str, trigger: str, dropped: bool
) -> None:
    from diplowatch.extract.hypothetical import hypothetical
    from diplowatch.extract.sentence import Sentence

    s = Sentence(0, len(sentence))
    s.cues = [_cue(sentence, cue, "conditional")]
    hit = hit_of(sentence, trigger, Entry(EVENT, "trigger", "ASSAULT", "noun", ("attack",)))
    assert hypothetical(hit, s, sentence) is dropped


def test_arabic_conditions_topics_and_references_in_the_pipeline() -> None:
    assert types("حذرت الحكومة من إمكانية فرض عقوبات على الشركات.", "ar") <= {"ACCUSE"}
    assert "ASSAULT" not in types(
        "تواصل الشرطة الفرنسية التحقيق مع منفذي الهجوم على الكنيسة.", "ar"
    )
    assert "ASSAULT" not in types("أفرجت الشرطة الألمانية عن المعتقلين فيما يتعلق بالهجوم.", "ar")
    assert "CONSULT" not in types("انسحب حزب العمال البريطاني من المشاورات مع الحكومة.", "ar")


# ---------------------------------------------------------------- per-language type-by-source


@pytest.mark.parametrize(
    ("lang", "shown"), [("ar", "CONSULT"), ("fa", "MOBILIZE"), ("en", "MOBILIZE")]
)
def test_a_language_may_read_a_common_type_rule_otherwise(lang: str, shown: str) -> None:
    from diplowatch.extract.implied import type_by_source
    from diplowatch.model import Actor

    # a military source "visiting": Persian and English fleets deploy; an
    # Arabic "زيارة" by an army chief stays a visit (ar/agents.TYPE_BY_SOURCE)
    army = [Actor("EGY", agent="MIL"), Actor("SAU")]
    assert type_by_source("CONSULT", "visit", army, lang) == shown


@pytest.mark.parametrize(("lang", "added"), [("ar", False), ("fa", True), ("en", True)])
def test_a_language_may_leave_an_understood_side_unnamed(lang: str, added: bool) -> None:
    from diplowatch.extract.implied import add_implied
    from diplowatch.model import Actor

    # "an attack in Kabul", no side named: the common rule understands
    # unidentified attackers at the place; Arabic data (ar/agents.
    # IMPLIED_AGENTS, rule marker "lone") adds them only beside a named
    # victim ("a bomb killed seven civilians in Kabul"), as all three do
    assert any(a.agent == "UAF" for a in add_implied("ASSAULT", [], "AFG", lang)) is added
    victims = [Actor("AFG", agent="CVL")]
    out = add_implied("ASSAULT", victims, "AFG", lang)
    assert any(a.agent == "UAF" for a in out)
