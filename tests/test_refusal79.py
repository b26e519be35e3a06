"""Who refuses in a reported refusal (round 79, refusal79; every sentence
written for these tests).

A complement clause that names its own unmarked subject and no other side
("X said that Y refused …", "قال X إن Y رفض …", "X اعلام کرد که Y … خودداری
کرد"): the subject refused and leads; the teller, who may have asked, comes
after it. Until round 78 a refusal was left in the order of mention (round
31's "the report shows that the bank refused to answer" read the report's
author first), while every other type of deed already read its clause's
subject first (precision78fa).

Two gaps closed so that the three languages agree on it:
- English: a determiner between the opener and the subject ("said that the
  Pakistani army …") opens the subject's noun phrase, for this reading only;
- Persian: "که" after the present "می‌دهد" ("نشان می‌دهد که") opens a
  complement clause as it does after "داد" (``SHOWING_VERBS``).
"""

from __future__ import annotations

import pytest

from casts import first_cast

# (language, sentence, the sides of the refusal in order)
REFUSER_FIRST: list[tuple[str, str, list[str]]] = [
    ("ar", "قالت اليابان إن الصين رفضت الاقتراح.", ["CHN:None", "JPN:None"]),
    ("ar", "أكد الوزير الهندي أن الجيش الباكستاني رفض الانسحاب.", ["PAK:MIL", "IND:GOV"]),
    (
        "ar",
        "ذكر تقرير للخارجية اليابانية أن الحكومة الصينية رفضت التفاوض.",
        ["CHN:GOV", "JPN:GOV"],
    ),
    ("fa", "ژاپن اعلام کرد که چین این پیشنهاد را رد کرد.", ["CHN:None", "JPN:None"]),
    (
        "fa",
        "وزیر هند گفت که ارتش پاکستان از عقب\u200cنشینی خودداری کرد.",
        ["PAK:MIL", "IND:GOV"],
    ),
    (
        "fa",
        "بیانیه وزارت خارجه ژاپن نشان می\u200cدهد که دولت چین از مذاکره خودداری کرده است.",
        ["CHN:GOV", "JPN:GOV"],
    ),
    ("en", "Japan said that China rejected the proposal.", ["CHN:None", "JPN:None"]),
    (
        "en",
        "The Indian minister said that the Pakistani army refused to withdraw.",
        ["PAK:MIL", "IND:GOV"],
    ),
    (
        "en",
        "A statement by the Japanese foreign ministry shows that the Chinese government"
        " refused to negotiate.",
        ["CHN:GOV", "JPN:GOV"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), REFUSER_FIRST)
def test_the_refuser_leads(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "REJECT") == sides


# Who underwent the refusal does not lead: a passive's subject, an explicit
# passive noun, or a proposal refused by an agent named after it.
REFUSED_NOT_FIRST: list[tuple[str, str, list[str]]] = [
    ("fa", "آلمان اعلام کرد که ترکیه رد شد.", ["DEU:None", "TUR:None"]),
    ("fa", "هند اعلام کرد که پیشنهادش توسط پاکستان رد شد.", ["PAK:None", "IND:None"]),
    ("ar", "أعلنت ألمانيا أن تركيا تعرضت للرفض.", ["DEU:None", "TUR:None"]),
    ("en", "India said that its proposal was rejected by Pakistan.", ["PAK:None", "IND:None"]),
]


@pytest.mark.parametrize(("lang", "text", "sides"), REFUSED_NOT_FIRST)
def test_the_refused_does_not_lead(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "REJECT") == sides
