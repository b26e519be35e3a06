"""A third party said to take part in talks or a deal whose noun names its
two sides is a side too (round 91, missing91; every sentence written for
these tests).

A deal's or meeting's noun followed by its two sides ("مذاکرات ایران و
روسیه", "talks between Iran and Russia") keeps those sides alone
(``meeting_sides._sides_named``), so a state written after a word of taking part
("با مشارکت", "بمشاركة", "with the participation of", "with China's
participation") was dropped as a bystander (``extract/taking_part``).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, event type, its sides). main read each with the two
# sides after the noun alone: the third party was missing.
THIRD_PARTY: list[tuple[str, str, str, set[str]]] = [
    (
        "fa",
        "گفت‌وگوهای ترکیه و عراق با مشارکت قطر در دوحه برگزار شد.",
        "CONSULT",
        {"TUR:", "IRQ:", "QAT:"},
    ),
    (
        "fa",
        "مذاکرات ارمنستان و آذربایجان در مسکو با مشارکت روسیه ادامه یافت.",
        "CONSULT",
        {"ARM:", "AZE:", "RUS:"},
    ),
    (
        "fa",
        "توافق سودان و اتیوپی با مشارکت مصر و امارات به دست آمد.",
        "AGREE",
        {"SDN:", "ETH:", "EGY:", "ARE:"},
    ),
    (
        "ar",
        "انتهت مفاوضات تركيا والعراق بمشاركة قطر دون نتيجة.",
        "CONSULT",
        {"TUR:", "IRQ:", "QAT:"},
    ),
    (
        "ar",
        "جرت محادثات بين أرمينيا وأذربيجان في موسكو بمشاركة روسيا.",
        "CONSULT",
        {"ARM:", "AZE:", "RUS:"},
    ),
    (
        "ar",
        "وقع اتفاق بين السودان وإثيوبيا بمشاركة مصر والإمارات.",
        "AGREE",
        {"SDN:", "ETH:", "EGY:", "ARE:"},
    ),
    (
        "en",
        "Talks between Turkey and Iraq, with the participation of Qatar, ended.",
        "CONSULT",
        {"TUR:", "IRQ:", "QAT:"},
    ),
    (
        "en",
        "Talks between Armenia and Azerbaijan were held in Moscow with Russia's participation.",
        "CONSULT",
        {"ARM:", "AZE:", "RUS:"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), THIRD_PARTY)
def test_a_party_taking_part_is_a_side(lang: str, text: str, etype: str, sides: set[str]) -> None:
    assert cast(run(text, lang), etype) == sides


# Guards, read right on main too: people with no country taking part are no
# side; a word of taking part in the next sentence names no party of these
# talks; talks with no word of taking part keep their two sides; the verb's
# own reading of a participant ("held talks … with the participation of")
# is unchanged, as is the signing verb's ("امضا شد", which reads the
# signers and the parties taking part).
KEPT: list[tuple[str, str, str, set[str]]] = [
    ("fa", "مذاکرات ترکیه و عراق با مشارکت کارشناسان برگزار شد.", "CONSULT", {"TUR:", "IRQ:"}),
    ("fa", "مذاکرات ترکیه و عراق در بغداد پایان یافت.", "CONSULT", {"TUR:", "IRQ:"}),
    ("fa", "ترکیه و عراق با مشارکت قطر در دوحه مذاکره کردند.", "CONSULT", {"TUR:", "IRQ:", "QAT:"}),
    (
        "fa",
        "توافق سودان و اتیوپی با مشارکت مصر و امارات امضا شد.",
        "AGREE",
        {"SDN:", "ETH:", "EGY:", "ARE:"},
    ),
    ("ar", "انتهت مفاوضات تركيا والعراق بمشاركة خبراء دون نتيجة.", "CONSULT", {"TUR:", "IRQ:"}),
    (
        "ar",
        "عقدت تركيا والعراق محادثات في الدوحة بمشاركة قطر.",
        "CONSULT",
        {"TUR:", "IRQ:", "QAT:"},
    ),
    (
        "en",
        "Talks between Turkey and Iraq ended. With the participation of Qatar, a new round is planned.",
        "CONSULT",
        {"TUR:", "IRQ:"},
    ),
    (
        "en",
        "Talks between Turkey and Iraq were held with the participation of experts.",
        "CONSULT",
        {"TUR:", "IRQ:"},
    ),
    (
        "en",
        "Turkey and Iraq held talks in Doha with the participation of Qatar.",
        "CONSULT",
        {"TUR:", "IRQ:", "QAT:"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), KEPT)
def test_no_party_taking_part_adds_no_side(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), etype) == sides
