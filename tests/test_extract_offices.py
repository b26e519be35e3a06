"""Office-holders named alone resolve by the article's date (issue 11, point 1).

Sentences written for this test; the people and their terms are public facts.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Actor, Document, Record
from diplowatch.pipeline import process


def actors(text: str, lang: str, published: str | None) -> list[Actor]:
    record: Record = process(Document("o", text, lang=lang, published=published))
    return [a for e in record.events for a in e.actors]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ar", "استقبل عبد الفتاح السيسي ويليام روتو في القاهرة.", {"EGY", "KEN"}),
        ("fa", "صدر جاپاروف با شوکت میرضیایف در بیشکک دیدار کرد.", {"KGZ", "UZB"}),
        ("en", "Cyril Ramaphosa met Bola Tinubu in Pretoria.", {"ZAF", "NGA"}),
    ],
)
def test_heads_of_state_named_alone_give_an_event(lang: str, text: str, want: set[str]) -> None:
    found = actors(text, lang, "2024-05-02")
    assert {a.code for a in found} == want
    assert all(a.agent == "GOV" and a.role and not a.former for a in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Erdogan met Putin in Sochi."),
        ("ar", "التقى أردوغان بوتين في سوتشي."),
        ("fa", "اردوغان با پوتین در سوچی دیدار کرد."),
    ],
)
def test_the_office_held_on_the_article_date(lang: str, text: str) -> None:
    def role_of(published: str) -> str | None:
        return next(a.role for a in actors(text, lang, published) if a.code == "TUR")

    assert role_of("2012-05-01") == "head_of_government"
    assert role_of("2021-05-01") == "head_of_state"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hassan Rouhani criticised the United States on Monday."),
        ("ar", "انتقد حسن روحاني الولايات المتحدة يوم الاثنين."),
        ("fa", "حسن روحانی روز دوشنبه آمریکا را محکوم کرد."),
    ],
)
def test_a_former_leader_keeps_his_role_but_is_not_the_state(lang: str, text: str) -> None:
    then = [a for a in actors(text, lang, "2016-05-01") if a.code == "IRN"]
    later = [a for a in actors(text, lang, "2024-05-01") if a.code == "IRN"]
    assert then and not then[0].former and then[0].agent == "GOV"
    assert later and later[0].former and later[0].agent is None and later[0].role
    record = process(Document("o", text, lang=lang, published="2024-05-01"))
    assert any(a.get("former") for e in record.to_dict()["events"] for a in e["actors"])


def test_an_undated_article_names_people_in_office() -> None:
    [iran] = [
        a
        for a in actors("Hassan Rouhani criticised the United States.", "en", None)
        if a.code == "IRN"
    ]
    assert not iran.former and iran.agent == "GOV"


@pytest.mark.parametrize(
    ("lang", "word_text", "titled_text"),
    [
        (
            "ar",
            "انتقد رجل ظريف الولايات المتحدة في مقال.",
            "انتقد الوزير ظريف الولايات المتحدة.",
        ),
    ],
)
def test_a_name_that_is_also_a_word_counts_only_after_a_title(
    lang: str, word_text: str, titled_text: str
) -> None:
    assert "IRN" not in {a.code for a in actors(word_text, lang, "2016-05-01")}
    assert "IRN" in {a.code for a in actors(titled_text, lang, "2016-05-01")}
