"""A guarded trigger's object is a word of its own, not letters inside another.

"ارسال" (send) is aid only with aid nearby, one of whose words is "آرد"
(flour); "دارد" (has) holds those letters, so a report "sent" to a court
became aid. The object now starts its word, after one of the language's
clitics at most, and may take one of its language's noun endings
(``test_guard_object_endings``).
"""

from __future__ import annotations

import re

import pytest

from casts import types
from diplowatch.extract.guard_objects import forms_of, guard_objects
from diplowatch.extract.lexicon import EVENT, Entry, lexicon
from diplowatch.extract.scan import Hit, guard_ok
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase


def _hit(text: str, word: str, objects: tuple[str, ...], lang: str) -> Hit:
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    assert found, word
    needs = guard_objects(objects, forms_of(load(lang, "affixes")))
    entry = Entry(EVENT, "trigger", "AID", "verb", ("grant", needs))
    return Hit(found.start(), found.end(), found.start(), found.end(), entry, "")


@pytest.mark.parametrize(
    ("lang", "text", "word", "objects", "window", "ok"),
    [
        # the object with a clitic before it and an ending after it
        ("ar", "ونشرت الحكومة للقوات الخاصة مواقع جديدة", "ونشرت", ("قوات",), (0, 4), True),
        ("ar", "أرسلت الكويت والمساعدات الطبية إلى اليمن", "أرسلت", ("مساعدات",), (0, 4), True),
        # the object's letters inside another word
        ("ar", "تسعى لوقف مرور المقاتلين الاجانب عبر الحدود", "لوقف", ("جانب",), (0, 4), False),
        ("fa", "نیروهایش را به مرز فرستاد", "فرستاد", ("نیرو",), (4, 0), True),
        ("fa", "همسایگان اعتراض خود را فرستاد", "فرستاد", ("یگان",), (4, 0), False),
        ("fa", "گزارش را به دادگاه ارسال دارد", "ارسال", ("ارد",), (0, 4), False),
        ("en", "russia sent more forces to the border", "sent", ("forces",), (0, 4), True),
        ("en", "the firm sent new workforces to the region", "sent", ("forces",), (0, 4), False),
    ],
)
def test_a_guard_object_starts_its_word(
    lang: str,
    text: str,
    word: str,
    objects: tuple[str, ...],
    window: tuple[int, int],
    ok: bool,
) -> None:
    text = normalize_phrase(text)
    objects = tuple(normalize_phrase(o) for o in objects)
    hit = _hit(text, normalize_phrase(word), objects, lang)
    assert guard_ok(text, hit, window, lexicon(lang).word_prefixes) is ok


def test_each_language_lists_the_clitics_a_word_may_carry() -> None:
    assert "" in lexicon("en").word_prefixes
    assert {"و", "ال", "وال", "لل"} <= set(lexicon("ar").word_prefixes)
    assert "ب" in lexicon("fa").word_prefixes


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("fa", "ایران باید گزارش خود را تا پایان ماه به سازمان ملل ارسال دارد.", "AID"),
        ("fa", "وزارت کشور پرونده این شرکت را برای بررسی به دادستانی ارسال دارد.", "AID"),
        ("ar", "دعت تركيا إلى وقف تدفق المقاتلين الأجانب عبر حدودها مع سوريا.", "SUPPORT"),
    ],
)
def test_letters_inside_another_word_make_no_event(lang: str, text: str, absent: str) -> None:
    assert absent not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "present"),
    [
        ("fa", "هلال احمر ایران محموله دارو به سوریه ارسال کرد.", "AID"),
        ("fa", "ترکیه نیروهای بیشتری به مرز سوریه اعزام کرد.", "MOBILIZE"),
        ("ar", "ونشرت بريطانيا والقوات الأمريكية وحدات إضافية في العراق.", "MOBILIZE"),
        ("ar", "نشرت فرنسا قواتها على الحدود مع مالي.", "MOBILIZE"),
        ("en", "Iran sent reinforcements to the Syrian border.", "MOBILIZE"),
        ("en", "Russia deployed more forces near the border with Ukraine.", "MOBILIZE"),
    ],
)
def test_objects_with_clitics_and_endings_still_guard(lang: str, text: str, present: str) -> None:
    assert present in types(text, lang)
