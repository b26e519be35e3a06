"""Sentences that tell no event (round 96, nonevent96; every sentence
written for these tests).

(1) An unreal apodosis after a condition ("لو كان رئيسا …، لقام باستدعاء
السفير", "if he were president, he would have recalled the ambassador"):
the deed is supposed, not done, though a comma stands between the condition
and the deed (``status.APODOSIS_CUES``, ``extract/apodosis.py``).
(2) What a side is known for ("known for his criticism of the government",
"معروف به انتقاد از دولت"; ``status.REPUTATION_CUES``) is a standing trait.
Guards: the same deeds told as done stay.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# (1) an unreal apodosis past a comma: main 97be9986 reads the ar and en
# sentences as a recall (ACCUSE reported; THREATEN planned in English)
SUPPOSED = [
    (
        "ar",
        "وقال النائب إنه لو كان رئيسا للجمهورية بدلا من الرئيس الحالي، لقام باستدعاء السفير في واشنطن.",
    ),
    (
        "ar",
        "وأكد المعارض أنه لو تولى الحكم مكان الحكومة الحالية، لقمنا بطرد السفير الأمريكي فورا.",
    ),
    (
        "en",
        "The deputy said that if he were president instead of the current one, he would have recalled the ambassador.",
    ),
    (
        "en",
        "If the opposition had won the vote last year, it would have expelled the American ambassador.",
    ),
    # already right on main (the verb's mood tells it): a guard for Persian
    ("fa", "نماینده گفت اگر به جای رئیس جمهور فعلی در قدرت بود، سفیر آمریکا را احضار می‌کرد."),
]


@pytest.mark.parametrize(("lang", "text"), SUPPOSED)
def test_unreal_apodosis_tells_no_deed(lang: str, text: str) -> None:
    assert not _types(text, lang)


# guards: a deed told as done beside a condition, and an apodosis head with
# no condition before it (a recall is ACCUSE in ar/fa, SANCTION in en)
TOLD = [
    ("ar", "استدعت وزارة الخارجية السفير الأمريكي أمس، حتى لو كان ذلك مكلفا للعلاقات."),
    ("ar", "وقال الوزير إن بلاده لن تتراجع، لقد قامت الخارجية باستدعاء السفير الأمريكي أمس."),
    ("en", "Egypt recalled its ambassador from Qatar on Monday, even if the move hurts trade."),
    ("en", "Egypt said it recalled its ambassador from Qatar, as the law would have required."),
    ("fa", "وزارت خارجه روز دوشنبه سفیر آمریکا را احضار کرد، حتی اگر این کار به روابط آسیب بزند."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD)
def test_told_recall_stays(lang: str, text: str) -> None:
    assert _types(text, lang) & {"ACCUSE", "SANCTION"}


# (2) a reputation: main 97be9986 reads each as a criticism (ACCUSE reported)
REPUTED = [
    ("en", "The blogger, known for his criticism of the government, died on Sunday in hospital."),
    ("en", "The writer, notorious for attacking the ruling party, left the country on Monday."),
    ("fa", "وبلاگ‌نویس معروف به انتقاد از دولت، روز یکشنبه در بیمارستان درگذشت."),
    ("fa", "این نویسنده مشهور به انتقاد از حزب حاکم، دوشنبه کشور را ترک کرد."),
]


@pytest.mark.parametrize(("lang", "text"), REPUTED)
def test_reputation_tells_no_deed(lang: str, text: str) -> None:
    assert "ACCUSE" not in _types(text, lang)


# guards: the known side's own deed of the day, and a name after "known as";
# Arabic is left as main reads it (measured and not kept in round 96)
KNOWN_DOERS = [
    ("en", "The well-known blogger criticized the government on Sunday."),
    ("en", "The blogger, known for years as a poet, criticized the government on Sunday."),
    ("fa", "وبلاگ‌نویس معروف روز یکشنبه از دولت انتقاد کرد."),
    ("ar", "انتقد المدون المعروف الحكومة أمس الأحد."),
    ("ar", "توفي المدون المعروف بانتقاده للسلطات فجر أمس الأحد."),
]


@pytest.mark.parametrize(("lang", "text"), KNOWN_DOERS)
def test_known_side_deed_stays(lang: str, text: str) -> None:
    assert "ACCUSE" in _types(text, lang)
