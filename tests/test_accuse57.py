"""More words of blame in a description (round 57, accuse57; every sentence
written for these tests).

A side or its deed described, called or held to be illegitimate, brutal,
incompetent, unjust, a farce or a cancer is criticised (PLOVER ACCUSE), the
one who describes first: Persian "را «نامشروع» خواندند", "را بی‌رحمانه
توصیف کرد", "را ناکارآمد دانست"; Arabic "وصف … بالجائر", 'بأنها "ورم
سرطاني"', "بأنه مخيب للآمال"; English "described … as illegitimate",
"branded … incompetent", "as a farce". A wound described as serious
("وصفت حالته بالخطيرة") and a neutral description blame no one.

Tried this round and dropped (kept out of the tests): Persian "X مسئول حمله
… است" with a copula (the side after a speaker's colon was read as the
critic) and Arabic "تقف وراءها X" (one held-out measure fell).
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def _accuse(text: str, lang: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of each ACCUSE event, in order."""
    return casts_in_order(text, lang, "ACCUSE")


# (language, text, critic's code, criticised side's code)
CALLED = [
    ("fa", "دو سناتور آمریکایی طرح دولت ونزوئلا را «نامشروع» خواندند.", "USA", "VEN"),
    ("fa", "وزیر خارجه ایران، دولت آمریکا را ناکارآمد دانست.", "IRN", "USA"),
    ("fa", "وزیر خارجه انگلیس حمله ایران را بی‌رحمانه توصیف کرد.", "GBR", "IRN"),
    ("fa", "رئیس‌جمهور ونزوئلا دولت کلمبیا را بی‌کفایت می‌داند.", "VEN", "COL"),
    ("ar", "وصف الرئيس المصري قرار الحكومة الإثيوبية بالجائر.", "EGY", "ETH"),
    ("ar", 'وصف المرشد الإيراني إسرائيل بأنها "ورم سرطاني".', "IRN", "ISR"),
    ("ar", "وصفت وزارة الخارجية المصرية القرار الإثيوبي بأنه مخيب للآمال.", "EGY", "ETH"),
    ("ar", "وصف وزير الخارجية التركي الحكومة السورية بالمتطرفة.", "TUR", "SYR"),
    (
        "en",
        "Two US senators described the Venezuelan government's plan as illegitimate.",
        "USA",
        "VEN",
    ),
    ("en", "The Iranian minister branded the US government incompetent.", "IRN", "USA"),
    ("en", "The Egyptian president described the Ethiopian vote as a farce.", "EGY", "ETH"),
]


@pytest.mark.parametrize(("lang", "text", "critic", "criticised"), CALLED)
def test_blame_reads_critic_then_criticised(
    lang: str, text: str, critic: str, criticised: str
) -> None:
    events = _accuse(text, lang)
    assert events, f"no ACCUSE in {text!r}"
    first = events[0]
    assert first[0].startswith(critic), (text, events)
    assert any(a.startswith(criticised) for a in first[1:]), (text, events)


NO_BLAME = [
    # a wound described as serious, a visit described as historic
    ("ar", "وصفت حالة اثنين من المصابين بالخطيرة."),
    ("ar", "وصف الرئيس المصري زيارة نظيره الفرنسي بالتاريخية."),
    ("fa", "وزیر خارجه ایران سفر همتای فرانسوی خود را تاریخی خواند."),
    ("en", "The Egyptian president described the French visit as historic."),
    # the words of calling without a word of blame
    ("fa", "رئیس‌جمهور ونزوئلا دولت کلمبیا را همسایه خود می‌داند."),
    ("en", "The minister described the Venezuelan plan in detail."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BLAME)
def test_no_blame(lang: str, text: str) -> None:
    assert not _accuse(text, lang), text
