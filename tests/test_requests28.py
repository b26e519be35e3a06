"""Replies and deals read alike in Arabic, Persian and English (round 28;
sentences written for these tests).

- a request or an invitation refused is a refusal (PLOVER REJECT), one
  accepted is an agreement (AGREE); the request answered, made before, is no
  event of its own unless its maker is stated after it ("a request by
  France"). Arabic "قبلت … طلب", "استجابت لطلب", "لبى دعوة" are acceptances;
- agreeing to a concession ("agreed to lift sanctions", "وافقت على رفع
  العقوبات", "با لغو تحریم‌ها موافقت کرد") is the concession (CONCEDE) alone;
- sides close to an agreement ("are close to an agreement", "قريبتان من
  التوصل إلى اتفاق", "به توافق نزدیک شده‌اند") have not reached it: planned.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


def _statuses(text: str, lang: str, etype: str) -> set[str]:
    return {e.status for e in run(text, lang).events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "lang", "types"),
    [
        # a request refused
        ("عراق درخواست ایران را رد کرد.", "fa", {"REJECT"}),
        ("رفض العراق طلب إيران.", "ar", {"REJECT"}),
        ("Iraq rejected Iran's request.", "en", {"REJECT"}),
        (
            "دادگاه عالی فرانسه درخواست توقیف و فروش اموال سفارت عراق برای پرداخت خسارت را رد کرد.",
            "fa",
            {"REJECT"},
        ),
        (
            "رفضت المحكمة العليا الفرنسية طلب حجز وبيع أملاك السفارة العراقية لدفع التعويضات.",
            "ar",
            {"REJECT"},
        ),
        (
            "France's supreme court rejected a request to seize and sell the Iraqi"
            " embassy's property to pay damages.",
            "en",
            {"REJECT"},
        ),
        # a request accepted
        ("عراق درخواست ایران را پذیرفت.", "fa", {"AGREE"}),
        ("قبلت بغداد طلب طهران.", "ar", {"AGREE"}),
        ("Iraq accepted Iran's request.", "en", {"AGREE"}),
        ("عراق با درخواست ایران موافقت کرد.", "fa", {"AGREE"}),
        ("وافق العراق على طلب إيران.", "ar", {"AGREE"}),
        ("Iraq agreed to Iran's request.", "en", {"AGREE"}),
        ("عراق درخواست استرداد متهمان را پذیرفت.", "fa", {"AGREE"}),
        ("استجابت الحكومة العراقية لطلب إيران تسليم المتهمين.", "ar", {"AGREE"}),
        ("Iraq accepted the request to extradite the suspects.", "en", {"AGREE"}),
        # an invitation accepted
        ("رئیس‌جمهور عراق دعوت همتای ایرانی خود را پذیرفت.", "fa", {"AGREE"}),
        ("لبى الرئيس العراقي دعوة نظيره الإيراني.", "ar", {"AGREE"}),
        (
            "The Iraqi president accepted the invitation of his Iranian counterpart.",
            "en",
            {"AGREE"},
        ),
        # the maker stated after the request: the request is told
        (
            "Iraq accepted a request by Iran to extradite the suspects.",
            "en",
            {"AGREE", "REQUEST"},
        ),
        # agreeing to a concession is the concession
        ("آمریکا با لغو تحریم‌های ایران موافقت کرد.", "fa", {"CONCEDE"}),
        ("وافقت الولايات المتحدة على رفع العقوبات عن إيران.", "ar", {"CONCEDE"}),
        ("The United States agreed to lift sanctions on Iran.", "en", {"CONCEDE"}),
        ("وزارت خارجه آمریکا با لغو بخشی از تحریم‌های ایران موافقت کرده است.", "fa", {"CONCEDE"}),
        ("وافقت الخارجية الأمريكية على رفع بعض العقوبات المفروضة على إيران.", "ar", {"CONCEDE"}),
        ("The State Department agreed to lift some of the sanctions on Iran.", "en", {"CONCEDE"}),
        ("وافقت الحكومة العراقية على الإفراج عن السجناء الإيرانيين.", "ar", {"CONCEDE"}),
        ("The Iraqi government agreed to release the Iranian prisoners.", "en", {"CONCEDE"}),
    ],
)
def test_reply_types(text: str, lang: str, types: set[str]) -> None:
    assert _types(text, lang) == types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ایران و عراق به توافق نزدیک شده‌اند.", "fa"),
        ("إيران والعراق قريبتان من التوصل إلى اتفاق.", "ar"),
        ("Iran and Iraq are close to an agreement.", "en"),
        ("ایران و عراق به امضای توافق نزدیک هستند.", "fa"),
        ("باتت إيران والعراق قريبتين من توقيع اتفاق.", "ar"),
        ("Iran and Iraq moved closer to a deal.", "en"),
    ],
)
def test_close_to_agreement_is_planned(text: str, lang: str) -> None:
    assert _statuses(text, lang, "AGREE") == {"planned"}


@pytest.mark.parametrize(
    ("text", "lang", "types"),
    [
        # a deal reached stays reported; a person close to someone plans nothing
        ("ایران و عراق به توافق رسیدند.", "fa", {"AGREE"}),
        ("توصلت إيران والعراق إلى اتفاق.", "ar", {"AGREE"}),
        ("Iran and Iraq reached an agreement.", "en", {"AGREE"}),
    ],
)
def test_agreement_reached_stays_reported(text: str, lang: str, types: set[str]) -> None:
    assert _types(text, lang) == types
    assert _statuses(text, lang, "AGREE") == {"reported"}


def test_person_close_to_leader_plans_nothing() -> None:
    text = "A businessman close to the Iraqi president met Iran's foreign minister."
    assert _statuses(text, "en", "CONSULT") == {"reported"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تخلى الرئيس الإيراني عن خطة سفره إلى بغداد.", "ar"),
        ("The Iranian president dropped his plan to visit Baghdad.", "en"),
        pytest.param(
            "رئیس‌جمهور ایران از سفر به بغداد منصرف شد.",
            "fa",
            marks=pytest.mark.xfail(strict=True, reason="a trip given up still reads as RETREAT"),
        ),
    ],
)
def test_trip_given_up_is_no_retreat(text: str, lang: str) -> None:
    assert "RETREAT" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تخلت الحكومة عن خطة رفع أسعار الوقود.", "ar"),
        ("دولت از افزایش قیمت سوخت منصرف شد.", "fa"),
        ("The government backed down from its plan to raise fuel prices.", "en"),
    ],
)
def test_plan_given_up_is_retreat(text: str, lang: str) -> None:
    assert _types(text, lang) == {"RETREAT"}
