"""Review mends of round 72's english72 (mendA72; every sentence written for
these tests).

(1) "insisted that" is read beside the cues, not as one: "insisted" stays
the attribution cue that keeps the speaker out of the deed's sides.
(2) A trigger a determiner leads or a finite verb follows is a noun, no
bare verb of a mandative clause ("insisted that the Turkish strike
violated …").
(3) A deed told after a hope's clause has its sides from the word that
closed the clause on, not the hoper; "as long as", "as soon as" open no
told clause.
(4) A bare verb after "but" shares the modal before it: "will host the
talks but reject …" is planned.
(5) A bare town is taken by force only when an armed doer stands in its
clause: not "the photographer captured Baghdad".
(6) "continues to …" is a catenative: the war noun is not told as going on.
"""

from __future__ import annotations

import pytest

from casts import run


def _casts(text: str, lang: str, etype: str) -> list[list[str]]:
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


# (language, sentence, type, the code that must be no side: the speaker or the hoper)
NOT_A_SIDE = [
    ("en", "Turkey insisted that Kurdish militants attacked the post first.", "ASSAULT", "TUR:"),
    ("en", "Russia insisted that the Ukrainian attack was a provocation.", "ASSAULT", "RUS:"),
    ("en", "Jordan insisted that the Israeli attack was illegal.", "ASSAULT", "JOR:"),
    ("en", "Egypt hopes the ceasefire will hold as Israeli jets bombed Rafah.", "ASSAULT", "EGY:"),
    ("en", "Kuwait hoped for calm as Iranian forces seized a tanker.", "COERCE", "KWT:"),
    (
        "en",
        "Oman hoped the dispute would end and Saudi Arabia expelled the Qatari envoy.",
        "SANCTION",
        "OMN:",
    ),
    # guards: read so before
    (
        "ar",
        "أعربت قطر عن أملها في نجاح المحادثات بينما شنت الطائرات الإسرائيلية غارات على غزة.",
        "ASSAULT",
        "QAT:",
    ),
    ("fa", "ایران تأکید کرد که آمریکا به کشتی‌هایش حمله کرده است.", "ASSAULT", "IRN:"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "side"), NOT_A_SIDE)
def test_speaker_or_hoper_is_no_side(lang: str, text: str, etype: str, side: str) -> None:
    found = _casts(text, lang, etype)
    assert found, f"no {etype} in {text}"
    assert all(side not in actors for actors in found)


# (language, sentence, type reported): a noun after "insisted/suggested that"
REPORTED = [
    ("en", "Iraq suggested that the Turkish strike violated its sovereignty.", "ASSAULT"),
    ("en", "Pakistan insisted that India had attacked first.", "ASSAULT"),
    ("ar", "أكدت إيران أن الولايات المتحدة هاجمت سفنها.", "ASSAULT"),
    ("fa", "جنگ میان ارتش سودان و نیروهای واکنش سریع ادامه دارد.", "ASSAULT"),
    ("ar", "تتواصل الحرب بين الجيش السوداني وقوات الدعم السريع في دارفور.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_deed_is_reported(lang: str, text: str, etype: str) -> None:
    assert any(e.type == etype and e.status == "reported" for e in run(text, lang).events)


# (language, sentence, type that must not be reported)
NOT_REPORTED = [
    ("en", "Iran hopes the deal will survive as long as the US lifted sanctions.", "CONCEDE"),
    ("en", "Qatar hopes the talks resume as soon as Israel withdrew its troops.", "RETREAT"),
    ("en", "Egypt will host the talks but reject any Israeli demand.", "REJECT"),
    ("en", "Syria suggested that Israel withdraw from the Golan.", "RETREAT"),
    (
        "en",
        "The war between Armenia and Azerbaijan continues to be a risk, analysts said.",
        "ASSAULT",
    ),
    ("fa", "وزیر امیدوار است روسیه نیروهایش را از مرز خارج کند.", "RETREAT"),
    ("ar", "أعرب الوزير عن أمله في أن تنسحب روسيا من الحدود.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_REPORTED)
def test_deed_is_not_reported(lang: str, text: str, etype: str) -> None:
    assert not any(e.type == etype and e.status == "reported" for e in run(text, lang).events)


def test_bare_verb_after_but_shares_the_plan() -> None:
    events = run("Egypt will host the talks but reject any Israeli demand.", "en").events
    assert any(e.type == "REJECT" and e.status == "planned" for e in events)


# A town captured on camera or in words: no armed doer in its clause.
NOT_TAKEN = [
    ("en", "The photographer captured Baghdad at sunset."),
    ("en", "Kabul was captured on film by a British crew."),
    ("en", "The novel captured Beirut in the summer of 1982."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TAKEN)
def test_town_captured_by_no_armed_doer(lang: str, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in run(text, lang).events)


# An armed doer: an armed agent, a named armed group, a state as a whole.
TAKEN = [
    ("en", "Rebel fighters captured Kunduz on Monday."),
    ("en", "Kunduz was captured by the Taliban in September."),
    ("en", "Russia captured Bakhmut after months of fighting."),
    ("fa", "طالبان شهر قندوز را تصرف کردند."),
    ("ar", "سيطرت حركة طالبان على مدينة قندوز."),
]


@pytest.mark.parametrize(("lang", "text"), TAKEN)
def test_town_taken_by_armed_doer(lang: str, text: str) -> None:
    events = run(text, lang).events
    assert any(e.type == "ASSAULT" and e.mode == "capture" for e in events)
