"""request88: whom a requested deed is against is not whom the request
asks. "called for urgent action against Russia", "خواستار اقدام فوری علیه
روسیه شد": Russia is the target of the action asked for, not the side asked
to take it. Where the sentence names the one asked, it stays; in Arabic,
which keeps no request of one side, the state behind "ضد" is already left
out where another side is named. Sentences written for these tests."""

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _requests(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    """The (code, agent) of each REQUEST's actors, in order."""
    events = process(Document("t", text, lang=lang)).events
    return [[(a.code, a.agent) for a in e.actors] for e in events if e.type == "REQUEST"]


# main read Russia as the one asked (POL/UKR → RUS); now the call alone
@pytest.mark.parametrize(
    ("text", "lang", "asker"),
    [
        ("نخست‌وزیر اوکراین خواستار تحریم‌های تازه علیه روسیه شد.", "fa", "UKR"),
        ("وزیر دفاع هلند روز سه‌شنبه خواستار اقدام فوری علیه بلاروس شد.", "fa", "NLD"),
        ("The Polish prime minister called for new sanctions against Russia.", "en", "POL"),
        ("The Dutch defence minister called for urgent action against Belarus.", "en", "NLD"),
    ],
)
def test_state_the_action_is_against_is_not_asked(text: str, lang: str, asker: str) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    assert reqs[0][0][0] == asker
    assert len(reqs[0]) == 1


# guards: the one asked is named, and stays the only other side (main reads
# these right and must keep them)
@pytest.mark.parametrize(
    ("text", "lang", "asker", "asked"),
    [
        ("رئیس جمهور اوکراین از ناتو خواست علیه روسیه اقدام کند.", "fa", "UKR", "NATO"),
        ("وزیر خارجه قطر از شورای امنیت خواست علیه دولت سوریه اقدام کند.", "fa", "QAT", "UN"),
        ("The Ukrainian president urged NATO to act against Russia.", "en", "UKR", "NATO"),
        (
            "Qatar's foreign minister urged the Security Council to act against the Syrian"
            " government.",
            "en",
            "QAT",
            "UN",
        ),
        ("وطالبت الحكومة الأوكرانية حلف الناتو بتحرك عاجل ضد روسيا.", "ar", "UKR", "NATO"),
        ("ودعا وزير الخارجية التركي الأمم المتحدة إلى التحرك ضد النظام السوري.", "ar", "TUR", "UN"),
        (
            "دعا رئيس الوزراء البولندي الاتحاد الأوروبي إلى فرض عقوبات جديدة ضد روسيا.",
            "ar",
            "POL",
            "EU",
        ),
    ],
)
def test_the_one_asked_stays(text: str, lang: str, asker: str, asked: str) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    codes = [code for code, _ in reqs[0]]
    assert codes == [asker, asked]


# guards: a state asked to lift what is against another keeps its place
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دبیرکل سازمان ملل از آمریکا خواست تحریم‌ها علیه ونزوئلا را لغو کند.", "fa"),
        (
            "The UN secretary-general urged the United States to lift sanctions against Venezuela.",
            "en",
        ),
        ("وطالب الأمين العام للأمم المتحدة الولايات المتحدة برفع العقوبات ضد فنزويلا.", "ar"),
    ],
)
def test_state_asked_to_lift_measures_stays(text: str, lang: str) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    codes = [code for code, _ in reqs[0]]
    assert codes[:2] == ["UN", "USA"]
    assert "VEN" not in codes


# Arabic keeps no request of one side: the state behind "ضد" stays where it
# is the only other side (the event would be lost), as main reads it
def test_arabic_lone_target_kept_rather_than_lose_the_call() -> None:
    reqs = _requests("ودعا وزير الدفاع الهولندي إلى تحرك عاجل ضد بيلاروسيا.", "ar")
    assert reqs == [[("NLD", "GOV"), ("BLR", None)]]
