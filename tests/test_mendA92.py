"""mendA92: a state joined by "and"/"و" after a marked list that is the
subject of a new clause is no member of the list (review91a findings 1, 2).

"Talks between A and B began with the participation of C, and D criticised
them": D was read as one more party of the talks (``taking_part``); "X was
attacked by Y, and Z condemned it": Z was read as one more attacker
(``listed_doers``). A comma before the conjunction of a two-member tail, or a
verb right after the conjunct once the clause has its verb, ends the list
(``extract/list_clause.py``). Sentences written for these tests."""

import pytest

from casts import code_pairs, code_sets


# Finding 1: main added the next clause's subject (FRA) to the talks.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Negotiations between Turkey and Iraq began with the participation of Qatar, "
            "and France criticised them.",
            "en",
        ),
        (
            "Talks between Turkey and Iraq were held with the participation of Qatar "
            "and France criticised them.",
            "en",
        ),
        (
            "Negotiations between Turkey and Iraq began with the participation of Qatar, "
            "and the United Kingdom has criticised them.",
            "en",
        ),
        ("بدأت مفاوضات بين تركيا والعراق بمشاركة قطر، وفرنسا تنتقدها.", "ar"),
        ("بدأت مفاوضات بين تركيا والعراق بمشاركة قطر، والولايات المتحدة تنتقدها.", "ar"),
    ],
)
def test_next_subject_is_no_party(text: str, lang: str) -> None:
    assert {"TUR", "IRQ", "QAT"} in code_sets(text, lang, "CONSULT")
    assert not any("FRA" in s for s in code_sets(text, lang, "CONSULT"))


# Guards: lists after a word of taking part stay whole (main reads them right).
@pytest.mark.parametrize(
    ("text", "lang", "parties"),
    [
        (
            "Negotiations between Turkey and Iraq began with the participation of Qatar and Egypt.",
            "en",
            {"TUR", "IRQ", "QAT", "EGY"},
        ),
        (
            "Negotiations between Turkey and Iraq began with the participation of Qatar, "
            "Egypt, and Jordan.",
            "en",
            {"TUR", "IRQ", "QAT", "EGY", "JOR"},
        ),
        ("بدأت مفاوضات بين تركيا والعراق بمشاركة قطر ومصر.", "ar", {"TUR", "IRQ", "QAT", "EGY"}),
        (
            "بدأت مفاوضات بين تركيا والعراق بمشاركة قطر، مصر، والأردن.",
            "ar",
            {"TUR", "IRQ", "QAT", "EGY", "JOR"},
        ),
        ("مذاکرات ترکیه و عراق با مشارکت قطر و مصر آغاز شد.", "fa", {"TUR", "IRQ", "QAT", "EGY"}),
        (
            "مذاکرات ترکیه و عراق با مشارکت قطر، مصر و اردن آغاز شد.",
            "fa",
            {"TUR", "IRQ", "QAT", "EGY", "JOR"},
        ),
        (
            "مذاکرات ترکیه و عراق با مشارکت قطر آغاز شد و فرانسه آن را محکوم کرد.",
            "fa",
            {"TUR", "IRQ", "QAT"},
        ),
    ],
)
def test_participant_lists_stay(text: str, lang: str, parties: set[str]) -> None:
    assert parties in code_sets(text, lang, "CONSULT")


# Left: no verb the lexicon knows before the list ("began"), so the clause is
# not known to be finished; Arabic without a comma likewise.
@pytest.mark.xfail(strict=True, reason="the first clause's verb is no trigger nor clause verb")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Negotiations between Turkey and Iraq began with the participation of Qatar "
            "and France criticised them.",
            "en",
        ),
        ("بدأت مفاوضات بين تركيا والعراق بمشاركة قطر وفرنسا تنتقدها.", "ar"),
    ],
)
def test_next_subject_without_comma_left(text: str, lang: str) -> None:
    assert not any("FRA" in s for s in code_sets(text, lang, "CONSULT"))


# Finding 2: main moved the next clause's subject first, as a doer.
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "wrong"),
    [
        (
            "Lebanon was attacked by Israel, and Iran condemned the strike.",
            "en",
            "ASSAULT",
            "ISR",
            "IRN",
        ),
        (
            "Sanctions were imposed on Belarus by Britain and Russia condemned them.",
            "en",
            "SANCTION",
            "GBR",
            "RUS",
        ),
        ("تعرض لبنان لهجوم من قبل إسرائيل، وإيران تدين الهجوم.", "ar", "ASSAULT", "ISR", "IRN"),
        (
            "فرضت عقوبات على بيلاروسيا من قبل بريطانيا، وروسيا تدينها.",
            "ar",
            "SANCTION",
            "GBR",
            "RUS",
        ),
    ],
)
def test_next_subject_is_no_doer(text: str, lang: str, etype: str, doer: str, wrong: str) -> None:
    pairs = code_pairs(text, lang, etype)
    target = next(t for d, t in pairs if d == doer)
    assert (wrong, target) not in pairs


# Left: "retaliated" is no trigger verb, so no verb is seen after the Houthis.
@pytest.mark.xfail(strict=True, reason="the new clause's verb is no trigger")
def test_next_subject_unknown_verb_left() -> None:
    text = "Oman was struck by the Saudi-led coalition and the Houthis retaliated against Saudi Arabia."
    assert ("YEM", "OMN") not in code_pairs(text, "en", "ASSAULT")


# Guards: marked doer lists stay whole (main reads them right).
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doers", "target"),
    [
        (
            "Lebanon was attacked by Israel, Syria, and Iraq.",
            "en",
            "ASSAULT",
            {"ISR", "SYR", "IRQ"},
            "LBN",
        ),
        ("Lebanon was attacked by Israel and Syria.", "en", "ASSAULT", {"ISR", "SYR"}, "LBN"),
        (
            "Iran was accused by Israel, the United States and Britain of attacking the ship.",
            "en",
            "ACCUSE",
            {"ISR", "USA", "GBR"},
            "IRN",
        ),
        (
            "The strikes by Israel and the United States killed ten people in Iraq.",
            "en",
            "ASSAULT",
            {"ISR", "USA"},
            "IRQ",
        ),
        ("تعرض لبنان لهجوم من قبل إسرائيل وسوريا.", "ar", "ASSAULT", {"ISR", "SYR"}, "LBN"),
        (
            "تعرض لبنان لهجوم من قبل إسرائيل، سوريا، والعراق.",
            "ar",
            "ASSAULT",
            {"ISR", "SYR", "IRQ"},
            "LBN",
        ),
        ("لبنان توسط اسرائیل و سوریه مورد حمله قرار گرفت.", "fa", "ASSAULT", {"ISR", "SYR"}, "LBN"),
        (
            "لبنان توسط اسرائیل، سوریه و عراق مورد حمله قرار گرفت.",
            "fa",
            "ASSAULT",
            {"ISR", "SYR", "IRQ"},
            "LBN",
        ),
        (
            "لبنان توسط اسرائیل مورد حمله قرار گرفت، و ایران این حمله را محکوم کرد.",
            "fa",
            "ASSAULT",
            {"ISR"},
            "LBN",
        ),
    ],
)
def test_doer_lists_stay(text: str, lang: str, etype: str, doers: set[str], target: str) -> None:
    pairs = code_pairs(text, lang, etype)
    assert {d for d, t in pairs if t == target} == doers
