"""To claim something of oneself is no accusation: Arabic "ادعى/ادعت" ("he
claimed he was persecuted") made ACCUSE events of self-descriptions; the
accusing verbs stay ACCUSE. Sentences written for these tests, in Arabic,
Persian and English."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ادعى المهاجر المصري أمام الشرطة الإيطالية أنه لاجئ من سوريا.", "ar"),
        ("ادعت الشركة التركية أن منتجاتها الأفضل في السوق الليبية.", "ar"),
        ("مهاجر افغان به پلیس آلمان ادعا کرد که اهل سوریه است.", "fa"),
        ("The Egyptian migrant claimed to Italian police that he was a Syrian refugee.", "en"),
    ],
)
def test_a_claim_about_oneself_is_no_accusation(text: str, lang: str) -> None:
    assert "ACCUSE" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اتهمت مصر إثيوبيا بعرقلة المفاوضات حول السد.", "ar"),
        ("مصر اتیوپی را به کارشکنی در مذاکرات سد متهم کرد.", "fa"),
        ("Egypt accused Ethiopia of stalling the dam talks.", "en"),
    ],
)
def test_accusing_verbs_stay(text: str, lang: str) -> None:
    assert "ACCUSE" in types(text, lang)
