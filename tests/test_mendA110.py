"""Mends of clause110's coordinated clauses after review110a (mendA110).

A coordinator closing a list of names opens no clause ("on Iran, Syria,
and Belarus"); a clause naming the other clause's people again by their
noun, or by a pronoun glued to a preposition ("بالإفراج عنها"), is not set
apart; a noun right after a demonstrative ("این دیدار") is the other
clause's event; an Arabic deed verb with no subject ending before a noun
of people ("وقتل جنود") may be a passive, whose people are the victims; a
later clause naming too few sides for its event and no one else keeps the
sentence's ("…, and Qatar hosted the ceremony"). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def _codes(text: str, lang: str, etype: str) -> list[set[str]]:
    """The codes of the actors of each event of ``etype`` in ``text``."""
    return [{c.split(":")[0] for c in cast} for cast in casts_in_order(text, lang, etype)]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "named"),
    [
        # F1: ", and" closing a list of names joins the last one to the list
        (
            "The European Union imposed sanctions on Iran, Syria, and Belarus over rights abuses.",
            "en",
            "SANCTION",
            "BLR",
        ),
        (
            "Iran blamed Israel, the United States, and Britain for bombing the pipeline.",
            "en",
            "ACCUSE",
            "GBR",
        ),
        ("فرضت فرنسا عقوبات على إيران، وسوريا، وبيلاروس بسبب انتهاكات.", "ar", "SANCTION", "BLR"),
        (
            "فرانسه ایران، سوریه و بلاروس را به دلیل نقض حقوق بشر تحریم کرد.",
            "fa",
            "SANCTION",
            "BLR",
        ),
    ],
)
def test_a_list_closed_by_and_stays_one_list(text: str, lang: str, etype: str, named: str) -> None:
    assert any(named in codes and len(codes) > 1 for codes in _codes(text, lang, etype))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # F2: the freed are the first clause's people, named again by their noun
        ("دزدان دریایی ملوانان هندی را ربودند و سومالی ملوانان را آزاد کرد.", "fa"),
        ("Pirates seized Indian sailors, and Somalia freed the sailors.", "en"),
        ("اختطف قراصنة بحارة هنودا، وأطلقت الصومال سراح البحارة الهنود.", "ar"),
    ],
)
def test_the_people_named_again_keep_their_state(text: str, lang: str) -> None:
    assert any("IND" in codes for codes in _codes(text, lang, "CONCEDE"))


def test_a_title_after_a_name_names_no_one_again() -> None:
    """ "رئیس" of a title set off after a name is no person named again."""
    text = (
        "علی رضایی، رئیس قوه قضاییه، به دادستان کل کشور دستور داد پرونده را بررسی کند"
        " و محمدباقر قالیباف، رئیس مجلس، از نمایندگان خواست گزارش بدهند."
    )
    assert any(cast == ["IRN:LEG"] for cast in casts_in_order(text, "fa", "REQUEST"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # F3: "this meeting" is the other clause's meeting: no meeting of the welcomer alone
        ("مصر و اردن روز شنبه دیدار کردند و کویت از این دیدار استقبال کرد.", "fa"),
        ("Egypt and Jordan met on Saturday, and Kuwait welcomed this meeting.", "en"),
        ("اجتمعت مصر والأردن يوم السبت، ورحبت الكويت بهذا الاجتماع.", "ar"),
    ],
)
def test_a_meeting_pointed_back_to_is_no_meeting_of_the_welcomer(text: str, lang: str) -> None:
    assert {"KWT"} not in _codes(text, lang, "CONSULT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # F4: "وقتل جنود سوريون" is a passive: the soldiers are the attack's victims
        ("هاجم مسلحو القاعدة قاعدة عسكرية، وقتل جنود سوريون في الهجوم.", "ar"),
        ("مسلحان به کاروان ارتش سوریه حمله کردند و سربازان سوری در این حمله کشته شدند.", "fa"),
        (
            "Gunmen attacked a Syrian army convoy, and Syrian soldiers were killed in the attack.",
            "en",
        ),
    ],
)
def test_the_killed_of_a_passive_clause_are_the_attack_s_victims(text: str, lang: str) -> None:
    assert any("SYR" in codes for codes in _codes(text, lang, "ASSAULT"))


def test_a_meeting_verb_with_no_ending_still_opens_its_clause() -> None:
    text = "قصفت القوات الإسرائيلية مواقع في لبنان، والتقى وزير الخارجية اللبناني بالسفير الفرنسي."
    assert all("ISR" not in codes for codes in _codes(text, "ar", "CONSULT"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # F5: the host of the signing hosts its signers
        ("Sudan and Chad signed a border deal in Doha, and Qatar hosted the ceremony.", "en"),
        ("وقعت السودان وتشاد اتفاقا حدوديا في الدوحة، واستضافت قطر الحفل.", "ar"),
        ("سودان و چاد در دوحه توافق مرزی امضا کردند و قطر میزبان این مراسم بود.", "fa"),
    ],
)
def test_the_host_clause_keeps_the_signers(text: str, lang: str) -> None:
    assert any({"QAT", "TCD"} <= codes for codes in _codes(text, lang, "CONSULT"))


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # F5: a pronoun glued to a preposition points back to the other clause
        ("صادرت روسيا سفينة أوكرانية، وطالبت أوكرانيا بالإفراج عنها.", "ar", "REQUEST"),
        # F5: one side in a later clause whose event needs two
        (
            "Egypt received the Turkish foreign minister, and Turkey agreed to reopen its consulate.",
            "en",
            "AGREE",
        ),
        ("روسیه یک کشتی اوکراینی را توقیف کرد و اوکراین خواستار آزادی آن شد.", "fa", "REQUEST"),
    ],
)
def test_a_clause_with_one_side_keeps_its_event(text: str, lang: str, etype: str) -> None:
    assert any(len(codes) > 1 for codes in _codes(text, lang, etype))
