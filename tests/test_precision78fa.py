"""Persian precision on unseen articles, and the same constructions in
Arabic and English (round 78, precision78fa; every sentence written for
these tests).

Rules of this round:

- a complement clause ("… اعلام کرد که Y …", "said that Y …", "قالت … إن
  Y …") or a clause joined to a finished one ("X آماده است اما Y …") that
  names its own unmarked subject and no other side: that subject did the
  deed, and the side named before the clause comes after it (the teller or
  the other party). Read in the order of mention, the earlier side led.
  Not for a passive ("… که ترکیه تحریم شد", "was sanctioned"), whose
  subject underwent the deed, nor for an object marked as such ("… که
  ترکیه را تحریم کرد").
"""

from __future__ import annotations

import pytest

from casts import first_cast

# (language, sentence, event type, the sides in order)
CLAUSE_SUBJECT_FIRST: list[tuple[str, str, str, list[str]]] = [
    ("fa", "هند اعلام کرد که پاکستان طرح صلح را نپذیرفت.", "REJECT", ["PAK:None", "IND:None"]),
    ("fa", "ژاپن گفت که چین از این توافق حمایت می‌کند.", "SUPPORT", ["CHN:None", "JPN:None"]),
    (
        "fa",
        "آلمان آماده گفت‌وگو بود اما ترکیه این پیشنهاد را رد کرد.",
        "REJECT",
        ["TUR:None", "DEU:None"],
    ),
    ("ar", "قالت الهند إن باكستان رفضت خطة السلام.", "REJECT", ["PAK:None", "IND:None"]),
    ("ar", "قالت اليابان إن الصين تدعم الاتفاق.", "SUPPORT", ["CHN:None", "JPN:None"]),
    ("en", "India said that Pakistan rejected the peace plan.", "REJECT", ["PAK:None", "IND:None"]),
    ("en", "Japan said that China supports the agreement.", "SUPPORT", ["CHN:None", "JPN:None"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), CLAUSE_SUBJECT_FIRST)
def test_the_clause_subject_leads(lang: str, text: str, etype: str, sides: list[str]) -> None:
    assert first_cast(text, lang, etype) == sides


# The passive's subject underwent the deed; a marked object is the target.
CLAUSE_SUBJECT_UNDERGOES: list[tuple[str, str, str, list[str]]] = [
    ("fa", "آلمان اعلام کرد که ترکیه تحریم شد.", "SANCTION", ["DEU:None", "TUR:None"]),
    ("fa", "آلمان اعلام کرد که ترکیه را تحریم کرد.", "SANCTION", ["DEU:None", "TUR:None"]),
    ("ar", "قالت ألمانيا إن تركيا تعرضت لعقوبات.", "SANCTION", ["DEU:None", "TUR:None"]),
    ("en", "Germany said that Turkey was sanctioned.", "SANCTION", ["DEU:None", "TUR:None"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), CLAUSE_SUBJECT_UNDERGOES)
def test_a_passive_or_object_subject_does_not_lead(
    lang: str, text: str, etype: str, sides: list[str]
) -> None:
    assert first_cast(text, lang, etype) == sides
