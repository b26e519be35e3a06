"""Verbs of saying in the perfect, pluperfect and continuous ("گفته‌اند",
"نوشته است", "گزارش داده است") open what is reported, as the simple past
does: the speaker is no party. A deed reported after such a verb whose
clause names no subject is the speaker's own, even when the noun's light
verb stands words away ("اعلام کرد حملاتی … انجام داده است"). Sentences
written for these tests, in fa, with ar and en controls."""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, the speaker's code, the doer's code)
REPORTED = [
    ("fa", "مقام‌های ترکیه گفته‌اند ارتش سوریه به شهر ادلب حمله کرده است.", "TUR", "SYR"),
    (
        "fa",
        "وزیر خارجه فرانسه نوشته است که ارتش روسیه به شهر خارکیف حمله کرده است.",
        "FRA",
        "RUS",
    ),
    (
        "fa",
        "دولت ژاپن گزارش داده است که نیروهای چین به یک کشتی ماهیگیری حمله کرده‌اند.",
        "JPN",
        "CHN",
    ),
    (
        "fa",
        "وزارت دفاع بریتانیا اعلام کرده‌اند که ارتش روسیه یک بیمارستان را بمباران کرد.",
        "GBR",
        "RUS",
    ),
    ("ar", "وقال مسؤولون أتراك إن الجيش السوري هاجم مدينة إدلب.", "TUR", "SYR"),
    ("ar", "وكتب وزير الخارجية الفرنسي أن الجيش الروسي قصف مدينة خاركيف.", "FRA", "RUS"),
    ("en", "Turkish officials have said that the Syrian army attacked Idlib.", "TUR", "SYR"),
    (
        "en",
        "The French foreign minister has said that Russian forces shelled Kharkiv.",
        "FRA",
        "RUS",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "doer"), REPORTED)
def test_speaker_in_other_tenses_is_no_party(lang: str, text: str, speaker: str, doer: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang, "2025-03-10"), "ASSAULT")}
    assert doer in codes
    assert speaker not in codes


# (lang, sentence, the speaker who did the deed)
OWN_DEED = [
    ("fa", "ارتش اسرائیل اعلام کرد حملاتی هوایی علیه اهداف حماس در غزه انجام داده است.", "ISR"),
    ("fa", "روسیه اعلام کرد حمله‌ای موشکی به تاسیسات نظامی اوکراین انجام داده است.", "RUS"),
    ("ar", "وأعلن الجيش الإسرائيلي أنه شن غارات جوية على أهداف لحماس في غزة.", "ISR"),
    ("en", "The Israeli army said it carried out air strikes on Hamas targets in Gaza.", "ISR"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), OWN_DEED)
def test_speaker_of_own_deed_with_distant_light_verb(lang: str, text: str, doer: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang, "2025-03-10"), "ASSAULT")}
    assert doer in codes
