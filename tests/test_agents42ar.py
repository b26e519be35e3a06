"""A government voice speaking of its own state's ties, and Arabic plurals
in both cases (round 42, agents42ar; every sentence written for these tests).

Rules added in this round:

- ``extract/spoken_through.state_reported_by_body``: an official or
  government body of a state who reports a clause in which his own state is
  named as one of the two sides after "between" ("بين", "بین"/"میان",
  "between") speaks for its government: that state is GOV, not the state as
  a whole. Another pair of states in his words, or his state named in a
  later sentence, stays as it is;
- ``lang/ar/agents.py``: a one-word sound masculine plural listed in one
  case is read in the other ("ـون"/"ـين") and, where its people serve no
  body, as a genitive's head ("متشددو الحركة", "معتقلي الاحتجاجات"); staff
  before their employer ("موظفو السفارة", "مهندسي شركة") stay the body's.
  Persian and English have no such cases: their sentences test that the
  three read alike.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Erdogan said there was wide room to expand trade cooperation between Turkey and Malaysia.",
        "قال أردوغان إن هناك مجالا واسعا لتوسيع التعاون التجاري بين تركيا وماليزيا.",
        "اردوغان گفت که همکاری تجاری میان ترکیه و مالزی گسترش خواهد یافت.",
        ("COOPERATE * TUR:GOV MYS:",),
    ),
    (
        "The Moroccan foreign minister said talks between Morocco and Spain would resume next week.",
        "وقال وزير الخارجية المغربي إن المحادثات بين المغرب وإسبانيا ستستأنف الأسبوع المقبل.",
        "وزیر امور خارجه مراکش گفت که مذاکرات بین مراکش و اسپانیا هفته آینده از سر گرفته می‌شود.",
        ("CONSULT planned MAR:GOV ESP:",),
    ),
    (
        "Militants of the movement attacked a village in northern Mali.",
        "هاجم متشددو الحركة قرية في شمال مالي.",
        "شبه‌نظامیان این جنبش به روستایی در شمال مالی حمله کردند.",
        ("ASSAULT * MLI:REB",),
    ),
    (
        "Farmers attacked Jordanian police officers in Irbid.",
        "اعتدى مزارعون على عناصر من الشرطة الأردنية في إربد.",
        "کشاورزان به ماموران پلیس اردن در اربد حمله کردند.",
        ("ASSAULT * JOR:CVL JOR:COP",),
    ),
    (
        "Contractors protested in front of the public works ministry in Kuwait.",
        "تظاهر مقاولون أمام مقر وزارة الأشغال في الكويت.",
        "پیمانکاران مقابل وزارت فواید عامه در کویت تظاهرات کردند.",
        ("PROTEST * KWT:CVL KWT:BUS KWT:GOV",),
    ),
]

# Arabic only: the subject case of a plural listed in the object case.
ONE_LANGUAGE: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "ar",
        "اعتقل الانقلابيون رئيس الوزراء في العاصمة واغادوغو.",
        ("COERCE reported BFA:MIL -:GOV",),
    ),
]

# Not his own state, or not in the clause he reports: no agent is given.
KEPT: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "ar",
        "قال وزير الخارجية المغربي إن المحادثات بين الجزائر وفرنسا ستستأنف الأسبوع المقبل.",
        ("CONSULT planned DZA: FRA:",),
    ),
    (
        "ar",
        "قال وزير الخارجية المغربي. وتستأنف المحادثات بين المغرب وإسبانيا الأسبوع المقبل.",
        ("CONSULT planned MAR: ESP:",),
    ),
    (
        "en",
        "The Moroccan foreign minister said talks between Algeria and France would resume next week.",
        ("CONSULT planned DZA: FRA:",),
    ),
    # staff before the body they serve are that body's, not labour; the town
    # hall they storm is not the embassy's state's (subject50ar: a mission
    # stands abroad, ``Mention.mission``)
    ("ar", "اقتحم موظفو السفارة الأمريكية مبنى البلدية.", ("ASSAULT reported USA:GOV -:GOV",)),
    (
        "ar",
        "خطف مسلحون مجهولون مهندسي شركة صينية في النيجر.",
        ("ASSAULT reported NER:UAF CHN:BUS",),
    ),
]


def _loose(lines: set[str]) -> set[str]:
    """The readings without their status (the tense of the clause differs
    between the three sentences, the agents are what is tested)."""
    return {" ".join([ln.split()[0], "*", *ln.split()[2:]]) for ln in lines}


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    loose = _loose(set(want))
    assert _loose(_read(en, "en")) == loose
    assert _loose(_read(ar, "ar")) == loose
    assert _loose(_read(fa, "fa")) == loose


@pytest.mark.parametrize(("lang", "text", "want"), KEPT)
def test_kept(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


@pytest.mark.parametrize(("lang", "text", "want"), ONE_LANGUAGE)
def test_reading(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


def test_only_sound_plurals_take_the_other_case() -> None:
    """A noun whose "ين" is its stem's ("سجين", a prisoner) gets no "ون"
    form ("سجون" is prisons); a nisba plural gets both cases."""
    from diplowatch.lang.ar.agents import AGENT_NOUNS

    civilians = set(AGENT_NOUNS["CVL"])
    assert "السجين" in civilians and "السجون" not in civilians
    assert {"الانقلابيين", "الانقلابيون"} <= set(AGENT_NOUNS["MIL"])
