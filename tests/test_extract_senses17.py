"""senses17: words in another sense, and what is no reported deed.

A road junction ("تقاطع") is no boycott; what one has the right to do is not
what one did; declining a post ("اعتذر عن منصب") is a refusal, no apology;
an apology to customers for a delay is courtesy, no concession. Each case
pairs a sentence that must give no such event with one that still must.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    record = process(Document("t", text, lang=lang, published="2024-05-02"))
    return [(e.type, e.status) for e in record.events]


def _types(text: str, lang: str) -> set[str]:
    return {etype for etype, status in _events(text, lang) if status == "reported"}


# ---- a road junction is no boycott ----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وأصيب ثلاثة أشخاص في حادث تصادم عند تقاطع طريق الملك فهد مع شارع العليا."),
        ("ar", "ويشمل المشروع إنشاء جسر تقاطع وادي العقيق بتكلفة 40 مليون ريال."),
        ("ar", "وأغلقت الشرطة تقاطع شارع الجمهورية بعد حادث سير صباح الاثنين."),
        ("fa", "سه نفر در تصادف دو خودرو در تقاطع خیابان ولیعصر و انقلاب زخمی شدند."),
        ("en", "Three people were injured in a collision at the junction of King Fahd Road."),
    ],
)
def test_junction_is_no_boycott(lang: str, text: str) -> None:
    assert not {"PROTEST", "SANCTION"} & _types(text, lang)


def test_boycott_verb_stays() -> None:
    assert {"PROTEST", "SANCTION"} & _types(
        "أعلنت المعارضة أنها تقاطع الانتخابات البرلمانية.", "ar"
    )


# ---- a right or a permission is no deed ----
@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "ar",
            "وقال مسؤول في وزارة الخارجية إن المسؤولين يحق لهم طلب معلومات إضافية من المسافرين.",
            "REQUEST",
        ),
        (
            "en",
            "Officials have the right to request additional information if they decide "
            "it is necessary, a State Department official said.",
            "REQUEST",
        ),
        (
            "en",
            "Under the accord, Iraq is entitled to request the withdrawal of US troops, "
            "the minister said.",
            "REQUEST",
        ),
        ("fa", "سخنگوی وزارت خارجه گفت ایران حق دارد از آمریکا غرامت درخواست کند.", "REQUEST"),
    ],
)
def test_right_is_no_deed(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "طلب وزير الخارجية المصري من إثيوبيا وقف ملء السد.", "REQUEST"),
        ("en", "Iraq requested the withdrawal of US troops on Monday.", "REQUEST"),
        ("fa", "ایران روز دوشنبه از آمریکا غرامت درخواست کرد.", "REQUEST"),
    ],
)
def test_request_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# ---- declining a post is a refusal ----
@pytest.mark.parametrize(
    "text",
    [
        "وأعلن مكتب الرئيس أن اعتذار الوزير محمد علي عن منصب وزير المالية نهائي.",
        "اعتذر وزير الداخلية عن تولي منصب رئيس الحكومة.",
    ],
)
def test_declined_post_is_no_apology(text: str) -> None:
    types = _types(text, "ar")
    assert "CONCEDE" not in types
    assert "REJECT" in types


# ---- an apology to customers is courtesy ----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "واعتذرت شركة الطيران لعملائها عن التأخير في رحلات الثلاثاء."),
        ("ar", "وزارة الكهرباء تعتذر للمواطنين عن الانقطاع المتكرر للتيار."),
        ("fa", "شرکت هواپیمایی ایران‌ایر بابت تأخیر پروازهای روز سه‌شنبه از مسافران عذرخواهی کرد."),
        ("en", "Emirates apologised to passengers for the inconvenience caused by the delays."),
    ],
)
def test_polite_apology_is_no_concession(lang: str, text: str) -> None:
    assert "CONCEDE" not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اعتذر رئيس الوزراء الياباني لكوريا الجنوبية عن جرائم الحرب."),
        ("fa", "نخست‌وزیر ژاپن از کره جنوبی بابت جنایات جنگی عذرخواهی کرد."),
        ("en", "Japan's prime minister apologised to South Korea for wartime abuses."),
    ],
)
def test_apology_between_states_stays(lang: str, text: str) -> None:
    assert "CONCEDE" in _types(text, lang)


# ---- the deed a plan or a proposal is for is its content ----
@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "وناقش الطرفان خطة لنشر قوات حفظ السلام في دارفور.", "MOBILIZE"),
        ("ar", "ورفضت الحكومة مقترحا لتبادل الأسرى مع المتمردين.", "CONCEDE"),
        ("fa", "ایران پیشنهاد مذاکره مستقیم با عربستان را رد کرد.", "CONSULT"),
        (
            "en",
            "The two sides discussed a plan for the deployment of peacekeepers in Darfur.",
            "MOBILIZE",
        ),
        (
            "en",
            "The government rejected a proposal for a prisoner exchange with the rebels.",
            "CONCEDE",
        ),
    ],
)
def test_planned_deed_is_not_reported(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "ونشرت روسيا قوات إضافية في سوريا ضمن خطة أمنية جديدة.", "MOBILIZE"),
        ("fa", "روسیه روز دوشنبه نیروهای بیشتری در سوریه مستقر کرد.", "MOBILIZE"),
        (
            "en",
            "Russia deployed extra troops to Syria on Monday under a new security plan.",
            "MOBILIZE",
        ),
    ],
)
def test_deed_under_a_plan_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
