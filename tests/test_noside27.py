"""Words that only look like an actor name no side (round 27; sentences
written for these tests, the same event told in Arabic, Persian and English).

1. A language is no state: "بالفرنسية", "باللغة الفرنسية", "به زبان
   فرانسوی", "به انگلیسی", "a speech in French", "French-language" name the
   tongue of what is said, never a side nor the country of the speaker or of
   the bare agents of the sentence (``agents.NOT_AGENTS``).
2. The media adjective of an activity ("تعتيم إعلامي", "الحملة الإعلامية",
   "خاموشی رسانه‌ای", "media blackout", "the media campaign") says the thing
   is done in the media: no journalist and no outlet is a side. Journalists
   and outlets themselves stay media.
3. The medium a statement is told to ("قال مسؤول لوكالة الصحافة الفرنسية
   إن …", "به خبرگزاری فرانسه گفت", "told Agence France-Presse that …") is the
   channel of the report (``sources.addressed_media``): no side, and its
   country is no country of the bare agents the report names.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, a country no actor may have)
LANGUAGE = [
    ("ar", "انتقد الوزير باللغة الفرنسية قرار الحكومة.", "FRA"),
    ("fa", "وزیر به زبان فرانسوی از تصمیم دولت انتقاد کرد.", "FRA"),
    ("en", "In a speech in French, the minister criticised the government's decision.", "FRA"),
    ("ar", "وقال الرئيس بالإنجليزية إنه ينتقد الحكومة.", "GBR"),
    ("fa", "رئیس جمهور به انگلیسی گفت که از دولت انتقاد می‌کند.", "GBR"),
    ("en", "The president said in English that he criticised the government.", "GBR"),
    ("ar", "وانتقد الوزير في كلمة بالروسية قرار الحكومة.", "RUS"),
    ("fa", "وزیر در سخنرانی به زبان روسی از تصمیم دولت انتقاد کرد.", "RUS"),
    ("en", "The minister said in Russian that he criticised the government's decision.", "RUS"),
]


def _codes(text: str, lang: str) -> set[str | None]:
    return {a.code for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(("lang", "text", "code"), LANGUAGE)
def test_a_language_is_no_state(lang: str, text: str, code: str) -> None:
    assert run(text, lang).events
    assert code not in _codes(text, lang)


# (lang, sentence, the countries its actors have): a state's adjective of a
# person or a body still names that state
STATE_ADJECTIVES = [
    ("ar", "انتقد الوزير الفرنسي الحكومة الروسية.", {"FRA", "RUS"}),
    ("fa", "وزیر فرانسوی از دولت روسیه انتقاد کرد.", {"FRA", "RUS"}),
    ("en", "The French minister criticised the Russian government.", {"FRA", "RUS"}),
]


@pytest.mark.parametrize(("lang", "text", "codes"), STATE_ADJECTIVES)
def test_a_state_adjective_stays_a_state(lang: str, text: str, codes: set[str]) -> None:
    assert _codes(text, lang) == codes


# (lang, sentence, type): the media adjective of an activity is no medium
MEDIA_ADJECTIVE = [
    ("ar", "وأعلنت الحكومة فرض تعتيم إعلامي واعتقال كل من ينشر الأخبار.", "COERCE"),
    (
        "fa",
        "دولت خاموشی رسانه‌ای اعمال کرد و هر کسی را که خبرها را منتشر کرد بازداشت کرد.",
        "COERCE",
    ),
    (
        "en",
        "The government imposed a media blackout and arrested anyone who published the news.",
        "COERCE",
    ),
    ("ar", "انتقدت الحكومة الحملة الإعلامية ضد الجيش.", "ACCUSE"),
    ("fa", "دولت از کارزار رسانه‌ای علیه ارتش انتقاد کرد.", "ACCUSE"),
    ("en", "The government criticised the media campaign against the army.", "ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), MEDIA_ADJECTIVE)
def test_the_media_adjective_names_no_medium(lang: str, text: str, etype: str) -> None:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events
    assert all(a.agent != "MED" for e in events for a in e.actors)


# (lang, sentence): journalists are media
JOURNALISTS = [
    ("ar", "اعتقلت الشرطة ثلاثة صحفيين."),
    ("fa", "پلیس سه روزنامه‌نگار را بازداشت کرد."),
    ("en", "Police arrested three journalists."),
]


@pytest.mark.parametrize(("lang", "text"), JOURNALISTS)
def test_journalists_stay_media(lang: str, text: str) -> None:
    agents = {a.agent for e in run(text, lang).events if e.type == "COERCE" for a in e.actors}
    assert agents == {"COP", "MED"}


# (lang, sentence, type, the cast of that type's events): the medium told is
# no side and lends no country
TOLD_MEDIUM = [
    (
        "ar",
        "وقال مسؤول محلي لوكالة الصحافة الفرنسية إن مسلحين قتلوا خمسة مدنيين.",
        "ASSAULT",
        {"-:UAF", "-:CVL"},
    ),
    (
        "fa",
        "یک مقام محلی به خبرگزاری فرانسه گفت افراد مسلح پنج غیرنظامی را کشتند.",
        "ASSAULT",
        {"-:UAF", "-:CVL"},
    ),
    (
        "en",
        "A local official told Agence France-Presse that gunmen killed five civilians.",
        "ASSAULT",
        {"-:UAF", "-:CVL"},
    ),
    (
        "ar",
        "وقال مسؤول أمني لصحيفة الغارديان البريطانية إن الشرطة اعتقلت عشرة متظاهرين.",
        "COERCE",
        {"-:COP", "-:CVL"},
    ),
    (
        "fa",
        "یک مقام امنیتی به روزنامه گاردین بریتانیا گفت پلیس ده معترض را بازداشت کرد.",
        "COERCE",
        {"-:COP", "-:CVL"},
    ),
    (
        "en",
        "A security official told Britain's Guardian newspaper that police arrested ten protesters.",
        "COERCE",
        {"-:COP", "-:CVL"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), TOLD_MEDIUM)
def test_the_medium_told_is_no_side(lang: str, text: str, etype: str, actors: set[str]) -> None:
    assert cast(run(text, lang), etype) == actors


# (lang, sentence, a country the bare agents must take): a place the report
# names still places them
TOLD_MEDIUM_PLACED = [
    ("ar", "وقال مسؤول محلي لوكالة الصحافة الفرنسية إن مسلحين قتلوا خمسة مدنيين في كابول.", "AFG"),
    ("fa", "یک مقام محلی به خبرگزاری فرانسه گفت افراد مسلح پنج غیرنظامی را در کابل کشتند.", "AFG"),
    (
        "en",
        "A local official told Agence France-Presse that gunmen killed five civilians in Kabul.",
        "AFG",
    ),
]


@pytest.mark.parametrize(("lang", "text", "code"), TOLD_MEDIUM_PLACED)
def test_the_medium_told_leaves_the_place(lang: str, text: str, code: str) -> None:
    assert _codes(text, lang) == {code}
