"""A state, a government or its independence recognised (recognise109).

Recognising another state's statehood or government is PLOVER SUPPORT
(endorse): Persian "… را به رسمیت شناخت" was read so, Arabic "اعترفت …
بدولة …" and English "recognised the State of …" gave no event on main.
The Arabic verb is mostly a confession or an admission ("اعترف المتهم
بجريمته", "اعترف بأن"), the English one an acknowledgement ("recognised
that …"): only with a state, a government, a republic, independence,
sovereignty (mendE109: no longer a bare state's name) as the object is it a recognition. The
verbal noun counts only with its owner ("اعترافها", "its recognition
of"): bare, it was a topic with no doer. Persian needed no new trigger; its
sentences here guard that the three languages agree and that
"شناسایی" (identification) stays no recognition; a recognition refused
("از به رسمیت شناختن … خودداری کرد") was a reported SUPPORT beside the
refusal there, and is now the refusal alone, as in Arabic and English. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, first_codes
from event_statuses import statuses


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # main: no event
        ("اعترفت السويد رسميا بدولة فلسطين يوم الخميس.", "ar", ["SWE", "PSE"]),
        # mendE109: a bare state's name is no object any more (a place, a
        # merit or a list as often, review109d F1-F3): a recall given up
        pytest.param(
            "اعترفت اليابان رسميا بكوسوفو.",
            "ar",
            ["JPN", "XKX"],
            marks=pytest.mark.xfail(strict=True, reason="bare name dropped (mendE109)"),
        ),
        ("اعترفت اليابان رسميا باستقلال كوسوفو.", "ar", ["JPN", "XKX"]),
        # main: no event (the verbal noun with its owner)
        ("أعلنت البرازيل اعترافها بالحكومة الجديدة في ليبيا.", "ar", ["BRA", "LBY"]),
        # main: no event
        ("Sweden recognised the State of Palestine on Thursday.", "en", ["SWE", "PSE"]),
        # main: no event
        pytest.param(
            "Japan formally recognized Kosovo.",
            "en",
            ["JPN", "XKX"],
            marks=pytest.mark.xfail(strict=True, reason="bare name dropped (mendE109)"),
        ),
        ("Japan formally recognized the independence of Kosovo.", "en", ["JPN", "XKX"]),
        # main: no event
        ("Brazil announced its recognition of the new government in Libya.", "en", ["BRA", "LBY"]),
        # main already: the Persian reading the others now share
        ("سوئد به طور رسمی دولت فلسطین را به رسمیت شناخت.", "fa", ["SWE", "PSE"]),
    ],
)
def test_a_state_or_government_recognised_is_support(
    text: str, lang: str, sides: list[str]
) -> None:
    assert first_codes(text, lang, "SUPPORT") == sides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ستعترف فرنسا بدولة فلسطين في سبتمبر المقبل.", "ar"),
        ("Canada will recognise the State of Palestine in September.", "en"),
    ],
)
def test_a_recognition_announced_is_planned(text: str, lang: str) -> None:
    # main: no event
    assert statuses(text, lang, "SUPPORT") == {"planned"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a confession, an admission of a fact or of a difficulty
        ("اعترف المتهم بجريمته أمام المحكمة في الأردن.", "ar"),
        ("اعترفت الحكومة المصرية بأن الأزمة أثرت على الاقتصاد.", "ar"),
        ("اعترف الوزير الفرنسي بصعوبة المحادثات مع إيران.", "ar"),
        # a bare verbal noun named as a cause, with no doer
        ("والسبب الرئيسي للخلاف بين الطرفين هو الاعتراف بدولة فلسطين.", "ar"),
        # a fact or a need acknowledged
        ("The minister recognised that the talks with Iran had stalled.", "en"),
        ("The minister recognised that Iran had complied with the deal.", "en"),
        ("Officials recognise China is a major trading partner.", "en"),
        ("France recognized the need for more food for Sudan.", "en"),
        ("The general recognised the courage of the soldiers.", "en"),
        # "شناسایی" identifies suspects or cases: no recognition
        ("پلیس ترکیه سه مظنون حمله را شناسایی کرد.", "fa"),
    ],
)
def test_an_admission_or_an_identification_is_no_support(text: str, lang: str) -> None:
    assert casts_in_order(text, lang, "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("رفضت صربيا الاعتراف باستقلال كوسوفو.", "ar"),
        ("Serbia refuses to recognize the State of Kosovo.", "en"),
        # main: a reported SUPPORT beside the refusal
        ("صربستان از به رسمیت شناختن استقلال کوزوو خودداری کرد.", "fa"),
        ("صربستان اعلام کرد که از به رسمیت شناختن کوزوو امتناع می کند.", "fa"),
    ],
)
def test_a_refused_recognition_is_a_rejection_only(text: str, lang: str) -> None:
    assert casts_in_order(text, lang, "SUPPORT") == []
    assert casts_in_order(text, lang, "REJECT") == [["SRB:", "XKX:"]]
