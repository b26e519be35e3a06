"""A bare name, held, is the civilian side of the arrest when the document
names the same person after an honorific elsewhere (round 69; sentences
written for these tests).

- Persian: "… آقای ملکوتیان … ملکوتیان را دیروز بازداشت کردند": the
  honorific elsewhere shows the word is a person's name;
- not a bare word the document never names after an honorific (a common
  noun or an unknown word: "قاچاقچیان را", "ملکوتیان را" alone), nor a
  name that is the complement of a noun of arrest or execution ("اعدام
  کامران ملکوتیان را محکوم کرد": the deed is condemned, not the man);
- Arabic and English write no object marker: the family has no safe form
  there, and a smugglers' arrest keeps no civilian side.
"""

from __future__ import annotations

import pytest

from casts import run

_BIO = "روزنامه‌نگار کامران ملکوتیان از منتقدان دولت است. آقای ملکوتیان پیش‌تر در پاریس زندگی می‌کرد. "


def _agents(text: str, lang: str, kind: str = "COERCE") -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {a.agent for e in found for a in e.actors}


@pytest.mark.parametrize(
    "text",
    [
        _BIO + "نیروهای امنیتی ملکوتیان را دیروز بازداشت کردند.",
        _BIO + "پلیس کامران ملکوتیان را روز ۱۲ مهر ۱۳۹۹ در خانه‌اش دستگیر کرد.",
        "خانم نیک‌سرشت معلم است. ماموران اطلاعات نیک‌سرشت را هفته گذشته بازداشت کردند.",
    ],
)
def test_a_bare_name_honoured_elsewhere_is_held(text: str) -> None:
    agents = _agents(text, "fa")
    assert "CVL" in agents
    assert len(agents) >= 2


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("نیروهای امنیتی ملکوتیان را دیروز بازداشت کردند.", "fa", "COERCE"),
        (_BIO + "پلیس قاچاقچیان را دیروز بازداشت کرد.", "fa", "COERCE"),
        (_BIO + "ملکوتیان گفت که پلیس، قاچاقچیان را بازداشت کرد.", "fa", "COERCE"),
        (_BIO + "سازمان عفو بین‌الملل اعدام کامران ملکوتیان را محکوم کرد.", "fa", "ACCUSE"),
        (
            "Mr. Malakutian spoke on Monday. Police arrested the smugglers in the port.",
            "en",
            "COERCE",
        ),
        ("تحدث السيد الملكوتي يوم الاثنين. اعتقلت الشرطة المهربين في الميناء.", "ar", "COERCE"),
    ],
)
def test_no_bare_name_side_without_proof(text: str, lang: str, kind: str) -> None:
    assert "CVL" not in _agents(text, lang, kind)
