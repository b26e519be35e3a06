"""Agents of round 62 (Persian first; every sentence written for these tests).

A Persian clause joined to one its verb has ended ("… ضعیف است و", "… است
اما", "… است،") names its own subject: an agent noun right after the joiner
does the deed of the new clause's verb, and a state named whole in the
finished clause does not take its place (the agent was dropped as one
participant with that state). A joiner after no verb is a list ("آمریکا و
آلمان"), an object after the joiner ("و آمریکا را") or a preposition's noun
("و از اروپا") leaves the subject shared, and a two-sided deed whose new
clause names one side keeps the other from before. Arabic already reads the
joined clause by its verb; English, a gap here, is read since clauses62ar.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run, sides


@pytest.mark.parametrize(
    "text",
    [
        "اقتصاد ترکیه ضعیف است و پلیس معترضان را بازداشت کرد.",
        "اقتصاد ترکیه ضعیف است اما پلیس معترضان را بازداشت کرد.",
        "اقتصاد ترکیه ضعیف است، پلیس معترضان را بازداشت کرد.",
        "الاقتصاد التركي ضعيف والشرطة اعتقلت المتظاهرين.",
    ],
)
def test_joined_clause_subject_is_the_doer(text: str) -> None:
    lang = "ar" if "الشرطة" in text else "fa"
    assert first_cast(text, lang, "COERCE") == ["TUR:COP", "TUR:CVL"]


def test_finished_clause_state_is_no_threatener() -> None:
    text = "تنش‌ها پس از خروج آمریکا از برجام بالا گرفت و ایران تهدید کرد تنگه هرمز را خواهد بست."
    assert sides(text, "fa", "THREATEN") == [[("IRN", None)]]


def test_finished_clause_state_is_no_withdrawer() -> None:
    text = "ناتو عملیات خود را پایان داده است و دولت آمریکا هم نیروهای خود را از افغانستان خارج کرده است."
    found = sides(text, "fa", "RETREAT")
    assert found and all(s[0] == ("USA", "GOV") for s in found)
    assert not any(("NATO", None) in s for s in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an object after the joiner: the first clause's subject goes on
        ("ایران دیروز بیانیه‌ای صادر کرد و آمریکا را محکوم کرد.", "fa", ["IRN:None", "USA:None"]),
        ("أصدرت إيران بيانا وأدانت الولايات المتحدة.", "ar", ["IRN:None", "USA:None"]),
        (
            "Iran issued a statement and condemned the United States.",
            "en",
            ["IRN:None", "USA:None"],
        ),
    ],
)
def test_object_after_joiner_keeps_shared_subject(
    text: str, lang: str, expected: list[str]
) -> None:
    assert first_cast(text, lang, "ACCUSE") == expected


def test_list_joined_by_va_is_no_clause() -> None:
    # "و" between two states after no verb is a list: the "که" clause keeps
    # its two requesters
    text = "موریسون خبر داد که آمریکا و آلمان از شهروندان خود خواسته‌اند به فرودگاه کابل نروند."
    doers = {s[0] for s in sides(text, "fa", "REQUEST")}
    assert doers == {("USA", None), ("DEU", None)}


def test_one_sided_new_clause_keeps_earlier_partner() -> None:
    # the welcome names one side: the minister of the first clause is the other
    text = "وزیر خارجه ایران به مسکو سفر کرد و روسیه از این سفر استقبال کرد."
    found = sides(text, "fa", "SUPPORT")
    assert found and ("IRN", "GOV") in found[0] and ("RUS", None) in found[0]


def test_english_joined_clause_reads_its_own_subject() -> None:
    # the gap recorded here was closed in round 62 (clauses62ar,
    # extract/joined_clause.py): the police of the second clause arrest
    record = run("Turkey's economy is weak and police arrested the protesters.", "en")
    first = [e for e in record.events if e.type == "COERCE"][0]
    assert (first.actors[0].code, first.actors[0].agent) == ("TUR", "COP")
