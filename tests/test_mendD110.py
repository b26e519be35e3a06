"""Mends of reportpool110's deeds told in a report between people of no
country, after review110d (round 110, mendD110; every sentence written for
these tests).

``extract/reported_doers`` took the wrong force as the doer and read deeds
sought, stopped or told of the dead as done. Each case reads a sentence
after a first one that gives the article a main pair of countries, and
lists a reading that must not come out.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

_PAIR = {
    "ar": "بحث وزير خارجية مصر مع نظيره الأردني العلاقات بين مصر والأردن. ",
    "fa": "وزیر خارجه ایران با همتای ترکیه درباره روابط ایران و ترکیه گفتگو کرد. ",
    "en": "The foreign ministers of Egypt and Jordan discussed ties between Egypt and Jordan. ",
}

# 1. the dead or wounded named by the deed's word, or the deed told with no
# object or with its doer after it: the force before it is the victim
VICTIMS: list[tuple[str, str, str]] = [
    (
        "ar",
        "وقال شاهد إن ثلاثة من عناصر الشرطة جرحى بعد هجوم شنه مسلحون على الدورية.",
        "ASSAULT reported -:UAF -:CVL",
    ),
    (
        "ar",
        "وأفاد مصدر طبي بأن الجنود القتلى سقطوا في كمين نصبه مسلحون للقافلة.",
        "ASSAULT reported -:UAF -:CVL",
    ),
    ("ar", "وقال مسؤول محلي إن شرطيين قتلا في اشتباك مع مسلحين.", "ASSAULT reported -:UAF -:COP"),
    (
        "ar",
        "وقال مسؤول محلي إن الجيش شيع ثلاثة جنود قتلوا في اشتباك مع مسلحين.",
        "ASSAULT reported -:UAF -:MIL",
    ),
    (
        "en",
        "A medic said two slain policemen were found after gunmen raided the post.",
        "COERCE reported -:COP -:UAF",
    ),
    (
        "en",
        "A medic said three soldiers were killed by gunmen at the post.",
        "ASSAULT reported -:UAF -:MIL",
    ),
    (
        "en",
        "A local official said the army buried three soldiers killed in a clash with gunmen.",
        "ASSAULT reported -:UAF -:MIL",
    ),
]

# 2. the force named in another clause than the deed's word: a relative,
# an "after" or another deed's verb between them
OTHER_CLAUSE: list[tuple[str, str, str]] = [
    (
        "fa",
        "یک مقام محلی گفت پلیس اجساد روستاییانی را پیدا کرد که افراد مسلح آنها را کشته بودند.",
        "ASSAULT reported -:UAF",
    ),
    (
        "fa",
        "یک مقام محلی گفت پلیس مردی را دستگیر کرد که کودکی را ربوده بود.",
        "ASSAULT reported -:COP -:CVL",
    ),
    (
        "en",
        "A local official said police recovered the bodies of villagers who were killed by gunmen.",
        "ASSAULT reported -:COP -:CVL",
    ),
    (
        "en",
        "A local official said the army evacuated villagers after gunmen attacked the village.",
        "ASSAULT reported -:MIL -:CVL",
    ),
    (
        "en",
        "A local official said police arrested a man who kidnapped a child.",
        "ASSAULT reported -:UAF -:CVL",
    ),
    ("ar", "وقال مسؤول محلي إن الشرطة اعتقلت رجلا خطف طفلا.", "ASSAULT reported -:UAF -:CVL"),
]

# 3. the teller's own agent ("متحدث باسم الشرطة") is the source, not a side
TELLER: list[tuple[str, str, str]] = [
    ("ar", "وأكد متحدث باسم الشرطة إصابة مدنيين في هجوم.", "ASSAULT reported -:UAF -:COP -:CVL"),
]

# 5. a deed sought, not announced or modal; 6. a deed prevented
NOT_DONE: list[tuple[str, str, str]] = [
    (
        "ar",
        "وقال مسؤول محلي إن الشرطة تسعى لاعتقال اللصوص الذين سرقوا المصرف.",
        "COERCE reported -:COP -:CRM",
    ),
    ("ar", "وقال مسؤول محلي إن الجيش لم يعلن عن اعتقال أي مسلح.", "COERCE reported -:MIL -:UAF"),
    (
        "fa",
        "یک مقام محلی گفت پلیس به دنبال دستگیری سارقان بانک است.",
        "COERCE reported -:COP -:CRM",
    ),
    (
        "en",
        "A local official said police are seeking to arrest the bank robbers.",
        "COERCE reported -:COP -:CRM",
    ),
    ("ar", "وقال مسؤول محلي إن الشرطة منعت وقوع هجوم على المصرف.", "ASSAULT reported -:COP -:BUS"),
    (
        "fa",
        "یک مقام محلی گفت پلیس مانع حمله افراد مسلح به بانک شد.",
        "ASSAULT reported -:UAF -:BUS",
    ),
    (
        "en",
        "A local official said police prevented an attack by gunmen on the bank.",
        "ASSAULT reported -:UAF -:COP",
    ),
]

# still read: the force named first does the deed
DONE: list[tuple[str, str, str]] = [
    (
        "ar",
        "وقال شاهد عيان إن مسلحين خطفوا ثلاثة قرويين من منازلهم.",
        "ASSAULT reported -:UAF -:CVL",
    ),
    ("fa", "یک شاهد عینی گفت افراد مسلح سه روستایی را ربودند.", "ASSAULT reported -:UAF -:CVL"),
    (
        "en",
        "A witness said gunmen kidnapped three villagers from their homes.",
        "ASSAULT reported -:UAF -:CVL",
    ),
    (
        "en",
        "A local official said police arrested a man who kidnapped a child.",
        "COERCE reported -:COP -:UAF",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "wrong"), VICTIMS + OTHER_CLAUSE + TELLER + NOT_DONE)
def test_no_wrong_doer_or_undone_deed(lang: str, sentence: str, wrong: str) -> None:
    assert wrong not in _read(_PAIR[lang] + sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "wanted"), DONE)
def test_deed_of_the_force_named_first_still_read(lang: str, sentence: str, wanted: str) -> None:
    assert wanted in _read(_PAIR[lang] + sentence, lang)
