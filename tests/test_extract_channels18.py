"""faextra18: mentions that are no party to the event.

The medium a speaker talks through ("in an interview with CNN", "در گفت‌وگو
با روزنامه …", "في حديث لصحيفة …") is the channel of the statement, not a
party to what is said; media acted upon (a newspaper closed, a journalist
arrested) stay parties. The Persian idiom "سرباز زدن" (to refuse) names no
soldier.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _agents(text: str, lang: str) -> set[str]:
    record = process(Document("t", text, lang=lang, published="2024-05-02"))
    return {f"{a.code or '-'}:{a.agent}" for e in record.events for a in e.actors if a.agent}


def _types(text: str, lang: str) -> set[str]:
    record = process(Document("t", text, lang=lang, published="2024-05-02"))
    return {e.type for e in record.events}


# ---- the medium of an interview or report is no party ----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "وزیر امور خارجه ایران در گفت‌وگو با روزنامه «ایران» گفت که تهران و بغداد "
            "بر سر گسترش تجارت مرزی توافق کردند.",
        ),
        (
            "fa",
            "سخنگوی دولت عراق در مصاحبه با شبکه الجزیره گفت که بغداد از تهران در "
            "برابر تحریم‌ها حمایت می‌کند.",
        ),
        (
            "fa",
            "معاون وزیر بهداشت در گفتگو با خبرگزاری ایسنا از وزارت اقتصاد انتقاد کرد "
            "و گفت بودجه واکسن هنوز پرداخت نشده است.",
        ),
        (
            "en",
            "Iran's foreign minister said in an interview with the newspaper Iran that "
            "Tehran and Baghdad had agreed to expand border trade.",
        ),
        (
            "en",
            "Iraq's government spokesman, speaking to Al Jazeera, said Baghdad supports "
            "Tehran against the sanctions.",
        ),
        (
            "ar",
            "وقال وزير الخارجية الإيراني في حديث لصحيفة الشرق الأوسط إن طهران وبغداد "
            "اتفقتا على توسيع التجارة الحدودية.",
        ),
        (
            "ar",
            "وأكد المتحدث باسم الحكومة العراقية في مقابلة مع قناة الجزيرة أن بغداد "
            "تدعم طهران في مواجهة العقوبات.",
        ),
    ],
)
def test_interview_medium_is_no_party(lang: str, text: str) -> None:
    agents = _agents(text, lang)
    assert _types(text, lang)
    assert not any(a.endswith(":MED") for a in agents)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دادستانی تهران روزنامه «آرمان» را به دلیل انتشار یک گزارش توقیف کرد."),
        ("fa", "ماموران امنیتی خبرنگار روزنامه شرق را در تهران بازداشت کردند."),
        ("en", "Iranian security forces arrested a reporter of the newspaper Shargh in Tehran."),
        ("ar", "اعتقلت قوات الأمن الإيرانية صحفيا من صحيفة شرق في طهران."),
    ],
)
def test_media_acted_upon_stay(lang: str, text: str) -> None:
    assert any(a.endswith(":MED") for a in _agents(text, lang))


# ---- "سرباز زدن" (to refuse) is no soldier ----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "مقامات آمریکا تاکنون از اجرای تعهدات خود در توافق هسته‌ای سرباز زده‌اند."),
        ("fa", "دولت عراق از تحویل متهمان به ترکیه سرباز زد."),
        ("fa", "طالبان از مذاکره با دولت افغانستان سرباز می‌زنند."),
        (
            "en",
            "US officials have so far refused to meet their commitments under the nuclear deal.",
        ),
        ("ar", "رفض المسؤولون الأمريكيون حتى الآن الوفاء بالتزاماتهم في الاتفاق النووي."),
    ],
)
def test_refusal_idiom_names_no_soldier(lang: str, text: str) -> None:
    assert _types(text, lang)
    assert not any(a.endswith(":MIL") for a in _agents(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سه سرباز آمریکایی در حمله راکتی به پایگاهی در عراق زخمی شدند."),
        ("en", "Three American soldiers were wounded in a rocket attack on a base in Iraq."),
        ("ar", "أصيب ثلاثة جنود أمريكيين في هجوم صاروخي على قاعدة في العراق."),
    ],
)
def test_soldiers_stay(lang: str, text: str) -> None:
    assert "USA:MIL" in _agents(text, lang)


# ---- a medium that reports is the source, no party ----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "رسانه‌های محلی از وقوع یک انفجار مهیب در نزدیکی فرودگاه کابل خبر دادند."),
        (
            "fa",
            "رسانه‌های داخل ایران گزارش داده‌اند که ماموران پلیس ده معترض را در اهواز بازداشت کردند.",
        ),
        (
            "fa",
            "روزنامه گاردین گزارش داد که وزیر خارجه بریتانیا در نیویورک با وزیر خارجه "
            "ایران دیدار کرد.",
        ),
        ("en", "Local media reported that police arrested ten protesters in Ahvaz."),
        (
            "en",
            "The Guardian reported that Britain's foreign secretary met Iran's foreign "
            "minister in New York.",
        ),
        ("ar", "وذكرت وسائل إعلام محلية أن الشرطة اعتقلت عشرة متظاهرين في الأهواز."),
    ],
)
def test_reporting_medium_is_no_party(lang: str, text: str) -> None:
    assert _types(text, lang)
    assert not any(a.endswith(":MED") for a in _agents(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "روزنامه کیهان از دولت روحانی به شدت انتقاد کرد و نوشت که مذاکره بی‌فایده است."),
        ("fa", "روزنامه کیهان از دولت روحانی به شدت انتقاد کرد."),
    ],
)
def test_medium_own_deed_stays(lang: str, text: str) -> None:
    assert any(a.endswith(":MED") for a in _agents(text, lang))


# ---- "terrorist" describing a deed names no militant ----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "سخنگوی وزارت خارجه افزود: اینکه رژیم صهیونیستی هر وقت بخواهد به کشورهای "
            "منطقه حمله کند یا اقدامات تروریستی انجام بدهد و کسی جلوی آن را نگیرد قابل "
            "قبول نیست.",
        ),
        # aragents101: people held on the charge are militants; journalists
        # keep their own agent, and the adjective still names no militant
        ("fa", "پلیس ترکیه ده روزنامه‌نگار را به اتهام فعالیت‌های تروریستی در استانبول بازداشت کرد."),
        (
            "en",
            "Iran's foreign ministry condemned Israel's terrorist acts against Iranian scientists.",
        ),
        (
            "ar",
            "قضت محكمة الثورة في طهران بسجن ناشطين اثنين عشر سنوات بتهمة القيام بأنشطة إرهابية.",
        ),
    ],
)
def test_terrorist_deed_names_no_militant(lang: str, text: str) -> None:
    assert _types(text, lang)
    assert not any(a.endswith(":REB") for a in _agents(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "گروه‌های تروریستی به یک پاسگاه مرزی در سیستان و بلوچستان حمله کردند."),
        ("en", "Militants attacked a border post in Iran's Sistan and Baluchestan province."),
        ("ar", "هاجم مسلحون من جماعة جيش العدل مركزا حدوديا في محافظة سيستان وبلوشستان الإيرانية."),
    ],
)
def test_militant_groups_stay(lang: str, text: str) -> None:
    assert any(a.endswith(":REB") for a in _agents(text, lang))
