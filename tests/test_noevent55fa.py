"""noevent55fa: sentences that tell no event at all, found among the false
hits of the readers' labels: an interview told with the speaker's "own"
("گفت‌وگوی خود با شبکه", "گفت‌وگوی خود در شبکه خبر") is a talk with the
press, no meeting. Arabic and English never read such an interview as a
meeting ("في حديثه مع قناة", "in his own interview with a channel"), so
their tests check that nothing fires. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه در گفت‌وگوی خود با شبکه دو سیما گفت که بودجه سال آینده کسری ندارد.", "fa"),
        ("سخنگوی دولت در گفت و گوی اخیر خود با خبرگزاری ایسنا از بودجه سخن گفت.", "fa"),
        ("نماینده مجلس در گفتگوی خود در برنامه تلویزیونی از دولت انتقاد کرد.", "fa"),
        ("وقال الوزير في حديثه مع قناة محلية إن بلاده مستعدة للحوار.", "ar"),
        (
            "The minister said in his own interview with a local channel that talks were possible.",
            "en",
        ),
    ],
)
def test_an_own_interview_is_no_meeting(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه ایران در گفتگوی خود با وزیر خارجه عمان درباره روابط دوجانبه سخن گفت.", "fa"),
        ("رئیس جمهور در سفر به مسکو با رئیس جمهور روسیه دیدار کرد.", "fa"),
        ("التقى وزير الخارجية الإيراني نظيره العماني في مسقط.", "ar"),
        ("Iran's foreign minister met his Omani counterpart in Muscat.", "en"),
    ],
)
def test_meetings_between_officials_stay(text: str, lang: str) -> None:
    assert "CONSULT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("کارشناس این حادثه را مانعی در راه رسیدن به توافق میان ایران و آمریکا می‌داند.", "fa"),
        ("او گفت امکان دستیابی به توافق میان دو کشور هنوز کم است.", "fa"),
        ("ويرى الخبير أن الحادث عقبة في طريق التوصل إلى اتفاق بين إيران والولايات المتحدة.", "ar"),
        ("وقال إن فرصة التوصل إلى اتفاق بين البلدين ما زالت ضئيلة.", "ar"),
        (
            "The expert called the incident an obstacle on the road to an agreement "
            "between Iran and the United States.",
            "en",
        ),
        ("He said the prospects for a deal between the two countries were slim.", "en"),
    ],
)
def test_a_deal_named_as_a_goal_is_no_agreement(text: str, lang: str) -> None:
    assert "AGREE" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ایران و عمان روز دوشنبه درباره مرز دریایی به توافق رسیدند.", "fa"),
        ("توصلت إيران وسلطنة عمان يوم الاثنين إلى اتفاق بشأن الحدود البحرية.", "ar"),
        ("Iran and Oman reached an agreement on their maritime border on Monday.", "en"),
    ],
)
def test_an_agreement_reached_stays(text: str, lang: str) -> None:
    assert "AGREE" in types(text, lang)


def test_the_talks_of_a_deal_named_as_a_goal_stay() -> None:
    """A chance of a deal in talks: the talks stay a meeting, no agreement
    (was a known gap in tests/test_consult34fa.py)."""
    got = types("زادت فرصة التوصل إلى اتفاق في المحادثات بين إيران وسلطنة عمان.", "ar")
    assert "AGREE" not in got
    assert "CONSULT" in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("کشتی گیر ایرانی در دومین دیدار خود برابر حریف ترک پیروز شد و راهی نیمه نهایی شد.", "fa"),
        ("او در دیدار یک چهارم نهایی مقابل نماینده ژاپن با نتیجه سه بر یک برنده شد.", "fa"),
        ("تیم میهمان در دیدار برگشت در تبریز با دو گل پیروز شد.", "fa"),
        # Arabic and English never read a match as a meeting: nothing changes
        ("وفي الدور نصف النهائي التقى المصارع الإيراني منافسه التركي وفاز عليه.", "ar"),
        ("In the semi-final the Iranian wrestler met his Turkish opponent and beat him.", "en"),
    ],
)
def test_a_bout_of_a_tournament_is_no_meeting(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)
