"""An event noun after words of aim ("برای برقراری", "به منظور", "in order
to secure") is what is sought, not a deed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang", "kept", "sought"),
    [
        ("قطر از تلاش‌های مصر برای برقراری آتش‌بس در غزه حمایت کرد.", "fa", "SUPPORT", "RETREAT"),
        ("ترکیه از تلاش‌ها به منظور آزادسازی گروگان‌ها حمایت کرد.", "fa", "SUPPORT", "CONCEDE"),
        ("أشادت قطر بجهود مصر من أجل وقف إطلاق النار في غزة.", "ar", "SUPPORT", "RETREAT"),
        (
            "Qatar praised Egypt's efforts to secure a ceasefire in Gaza.",
            "en",
            "SUPPORT",
            "RETREAT",
        ),
    ],
)
def test_what_is_sought_is_no_event(text: str, lang: str, kept: str, sought: str) -> None:
    found = types(text, lang)
    assert kept in found
    assert sought not in found


def test_an_agreement_to_establish_ties_is_still_an_agreement() -> None:
    assert "AGREE" in types("ایران و عربستان برای برقراری روابط دیپلماتیک توافق کردند.", "fa")
