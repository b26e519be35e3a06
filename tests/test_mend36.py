"""Review mends of round 36 (every sentence written for these tests).

- A class in a verb-final language may be the object of the main verb
  ("ایران از کسانی که … ایستاده‌اند حمایت می‌کند"): a preposition before the
  opener tells it, and the stand is the named subject's event.
- Arabic bare "الذين" after a noun is a plain "who" of people named; "من"
  before a verbal noun is the preposition ("حذر من رفض …"): both events.
- An army's campaign launched to target positions strikes them; a campaign
  already named that "targets" a party is one of words.
- Forces protested against may stand one noun after the marker ("احتجاجا
  على ممارسات قوات الأمن", "در اعتراض به رفتار پلیس"), and Persian "اعتراض
  به" is such a marker.
- Persian "از" of a way, a reason, a respect or a time names no addressee of
  "می‌خواهد" (a want, not a request).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from casts import types as _types

KEPT_STANDS = [
    ("Iran supports those who stand against Israel.", "en", "SUPPORT"),
    ("تدعم إيران من يقفون في وجه إسرائيل.", "ar", "SUPPORT"),
    ("ایران از کسانی که در برابر اسرائیل ایستاده\u200cاند حمایت می\u200cکند.", "fa", "SUPPORT"),
    (
        "The minister said the MPs who rejected the deal with Iran lost the election.",
        "en",
        "REJECT",
    ),
    ("قال الوزير إن النواب الذين رفضوا الاتفاق مع إيران خسروا الانتخابات.", "ar", "REJECT"),
    (
        "وزیر گفت نمایندگانی که توافق با ایران را رد کردند در انتخابات شکست خوردند.",
        "fa",
        "REJECT",
    ),
    ("حذر الوزير المصري من رفض إيران للاتفاق.", "ar", "REJECT"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), KEPT_STANDS)
def test_stands_of_people_named_are_events(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Those who support terrorism will be its victims.", "en"),
        ("من يدعمون الإرهاب سيكونون ضحاياه.", "ar"),
        ("کسانی که از تروریسم حمایت می\u200cکنند قربانی آن خواهند شد.", "fa"),
    ],
)
def test_stand_of_whoever_is_no_event(text: str, lang: str) -> None:
    assert not _types(text, lang) & {"SUPPORT", "REJECT"}


@pytest.mark.xfail(
    strict=True,
    reason="the noun of a rejection is no REJECT trigger in English, and Persian reads"
    " 'رد توافق' as an agreement: only Arabic tells the warned-of rejection",
)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Egyptian minister warned against Iran's rejection of the deal.", "en"),
        ("وزیر مصری نسبت به رد توافق از سوی ایران هشدار داد.", "fa"),
    ],
)
def test_warned_of_rejection_known_gap(text: str, lang: str) -> None:
    assert "REJECT" in _types(text, lang)


def test_military_campaign_targeting_strikes() -> None:
    text = "شن الجيش العراقي حملة تستهدف مواقع تنظيم داعش في الموصل."
    assert "ASSAULT" in _types(text, "ar")


def test_campaign_of_words_against_a_party_is_no_strike() -> None:
    assert "ASSAULT" not in _types("حذر الحزب من الحملة التي تستهدف قادته.", "ar")


@pytest.mark.xfail(
    strict=True,
    reason="English 'a campaign targeting' and Persian 'عملیاتی علیه مواضع' have no"
    " ASSAULT trigger yet; Arabic reads the campaign",
)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Iraqi army launched a campaign targeting Islamic State positions in Mosul.", "en"),
        ("ارتش عراق عملیاتی را علیه مواضع داعش در موصل آغاز کرد.", "fa"),
    ],
)
def test_military_campaign_known_gap(text: str, lang: str) -> None:
    assert "ASSAULT" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Thousands demonstrated in Tehran in protest at the police.", "en", "IRN:COP"),
        ("هزاران نفر در تهران در اعتراض به پلیس تظاهرات کردند.", "fa", "IRN:COP"),
        ("هزاران نفر در تهران در اعتراض به رفتار پلیس تظاهرات کردند.", "fa", "IRN:COP"),
        ("تظاهر الآلاف في بغداد احتجاجا على ممارسات قوات الأمن.", "ar", "IRQ:COP"),
        ("Thousands demonstrated in Baghdad against the security forces.", "en", "IRQ:COP"),
    ],
)
def test_forces_protested_against_stay_the_target(text: str, lang: str, want: str) -> None:
    assert _read(text, lang) == {f"PROTEST reported {want[:3]}:CVL {want}"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("آمریکا از طریق دیپلماسی می\u200cخواهد روابط را بهبود دهد.", "fa"),
        ("ایران از این رو می\u200cخواهد روابط خود با عربستان را گسترش دهد.", "fa"),
        ("ترکیه از سوی دیگر می\u200cخواهد نقش بیشتری داشته باشد.", "fa"),
        ("روسیه از ابتدا می\u200cخواست جنگ کوتاه باشد.", "fa"),
        ("The US wants through diplomacy to improve relations.", "en"),
        ("تريد الولايات المتحدة عبر الدبلوماسية تحسين العلاقات.", "ar"),
    ],
)
def test_wanting_by_some_way_is_no_request(text: str, lang: str) -> None:
    assert "REQUEST" not in _types(text, lang)


def test_persian_request_with_its_addressee_stays() -> None:
    text = "وزیر خارجه از سفیران می\u200cخواهد گزارش بدهند."
    assert "REQUEST" in _types(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Palestinian prisoners said they were denied family visits in Israeli jails.", "en"),
        ("Palestinian prisoners complained they were deprived of visits by their families.", "en"),
        ("اشتكى أسرى فلسطينيون من حرمانهم من زيارة عائلاتهم في السجون الإسرائيلية.", "ar"),
        (
            "اسیران فلسطینی از محرومیت از ملاقات با خانواده\u200cهایشان در زندان\u200cهای"
            " اسرائیل شکایت کردند.",
            "fa",
        ),
    ],
)
def test_visits_one_is_deprived_of_are_no_meeting(text: str, lang: str) -> None:
    assert "CONSULT" not in _types(text, lang)
