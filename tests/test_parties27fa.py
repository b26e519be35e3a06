"""Round 27 (parties27fa): the others of a named actor are of his side; the
doer of a passive behind more words for "by".

- An agent noun joined to an actor by "and the other …" ("روحانی و سایر
  اعضای دولت", "وزير الخارجية وبقية المسؤولين", "the minister and other
  officials"; ``context.OTHERS_OF_NAMED``): the others are of his country,
  not of the place named after them ("در وین", "في جنيف"), which made the
  host a side of the talks in place of the partner.
- A passive's doer behind "from the side of" ("از جانب", "من جانب") or a
  joined spelling ("ازجانب", "ازطرف", "بوسیله") acts, as behind "توسط",
  "من قبل", "by" (``context.AGENT_MARKERS``, Arabic ``_BY``); the passive's
  subject is acted on. Arabic names such doers per event type
  (``DOER_MARKERS``), now for SANCTION too ("طُرد … من قبل روسيا").

Sentences written for these tests, in fa, ar and en (parallel triples).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _sides(lang: str, text: str, etype: str) -> set[tuple[str, frozenset[str]]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return {
        (e["status"], frozenset(a["code"] or "-" for a in e["actors"]))
        for e in record["events"]
        if e["type"] == etype
    }


_OTHERS = [
    # an agreement reached in a third country's capital
    (
        "fa",
        "حسن روحانی و سایر اعضای دولت در وین با آمریکا به توافق رسیدند.",
        "AGREE",
        {"IRN", "USA"},
    ),
    (
        "ar",
        "توصل حسن روحاني وسائر أعضاء الحكومة في فيينا إلى اتفاق مع الولايات المتحدة.",
        "AGREE",
        {"IRN", "USA"},
    ),
    (
        "en",
        "Hassan Rouhani and other government officials reached an agreement with the United "
        "States in Vienna.",
        "AGREE",
        {"IRN", "USA"},
    ),
    # talks held in Geneva: "دیگر" before the title, and after the noun
    (
        "fa",
        "وزیر خارجه ایران و دیگر مقامات دولت در ژنو با آمریکا مذاکره کردند.",
        "CONSULT",
        {"IRN", "USA"},
    ),
    (
        "fa",
        "وزیر خارجه ایران و مقامات دیگر در ژنو با آمریکا مذاکره کردند.",
        "CONSULT",
        {"IRN", "USA"},
    ),
    (
        "ar",
        "أجرى وزير الخارجية الإيراني وبقية المسؤولين في جنيف محادثات مع الولايات المتحدة.",
        "CONSULT",
        {"IRN", "USA"},
    ),
    (
        "en",
        "The Iranian foreign minister and other officials held talks with the United States "
        "in Geneva.",
        "CONSULT",
        {"IRN", "USA"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), _OTHERS)
def test_others_of_named_take_his_country(
    lang: str, text: str, etype: str, codes: set[str]
) -> None:
    assert _sides(lang, text, etype) == {("reported", frozenset(codes))}


def test_others_without_named_still_placed() -> None:
    """With no actor before them, the others' country is still unknown:
    the rule reads only "and the other …" after a named actor."""
    sides = _sides("fa", "اعضای دولت در وین با آمریکا به توافق رسیدند.", "AGREE")
    assert ("reported", frozenset({"IRN", "USA"})) not in sides


def _ordered(lang: str, text: str, etype: str) -> set[tuple[str, ...]]:
    """The codes of each event of a type, in the record's order: the doer first."""
    record = process(Document("t", text, lang=lang)).to_dict()
    return {
        tuple(a["code"] or "-" for a in e["actors"]) for e in record["events"] if e["type"] == etype
    }


# The agent of a passive behind "from the side of" ("از جانب", "من جانب")
# and the joined spellings ("ازجانب", "ازطرف", "بوسیله"), as behind "توسط",
# "از سوی", "من قبل", "by" (``context.AGENT_MARKERS``; Arabic ``_BY``): the
# doer, the passive's subject the one acted on, in every tense.
_PASSIVE_BY = [
    ("fa", "یک نفتکش انگلیسی از جانب ایران توقیف شد.", "COERCE", ("IRN", "GBR")),
    ("ar", "احتُجزت ناقلة نفط بريطانية من جانب إيران.", "COERCE", ("IRN", "GBR")),
    ("en", "A British tanker was seized by Iran.", "COERCE", ("IRN", "GBR")),
    ("fa", "یک نفتکش انگلیسی ازطرف ایران توقیف خواهد شد.", "COERCE", ("IRN", "GBR")),
    ("fa", "سه دیپلمات آمریکایی ازجانب روسیه اخراج شدند.", "SANCTION", ("RUS", "USA")),
    ("ar", "طُرد ثلاثة دبلوماسيين أمريكيين من جانب روسيا.", "SANCTION", ("RUS", "USA")),
    ("en", "Three American diplomats were expelled by Russia.", "SANCTION", ("RUS", "USA")),
    ("fa", "تحریم‌هایی از سوی آمریکا علیه ایران اعمال شد.", "SANCTION", ("USA", "IRN")),
    ("ar", "فُرضت عقوبات على إيران من قبل الولايات المتحدة.", "SANCTION", ("USA", "IRN")),
    ("en", "Sanctions were imposed on Iran by the United States.", "SANCTION", ("USA", "IRN")),
    ("fa", "یک خبرنگار آمریکایی بوسیله پلیس ایران بازداشت شده است.", "COERCE", ("IRN", "USA")),
    ("ar", "احتُجز صحفي أمريكي من جانب الشرطة الإيرانية.", "COERCE", ("IRN", "USA")),
    ("en", "An American journalist has been detained by Iranian police.", "COERCE", ("IRN", "USA")),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), _PASSIVE_BY)
def test_agent_of_passive_behind_side_word(
    lang: str, text: str, etype: str, codes: tuple[str, ...]
) -> None:
    assert _ordered(lang, text, etype) == {codes}
