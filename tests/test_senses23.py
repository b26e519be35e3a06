"""Round 23 (senses23): words read in another sense.

- "On the eve of" a meeting, "عشية", "در آستانه": the meeting is still to
  come (``status.AHEAD_CUES``); Arabic "عشية الجمعة" is Friday's evening and
  Persian "در آستانه فاجعه" the verge of a state of things (``NOT_CUES``).
- Arabic "البحرية"/"البحري" after the noun it qualifies is "maritime"
  ("الحدود البحرية", "التجارة البحرية", "النزاع البحري"), not the navy
  (``agents.NOT_AGENTS``).

Sentences written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(lang: str, text: str) -> list[dict]:
    return list(process(Document("t", text, lang=lang)).to_dict()["events"])


def _agents(event: dict) -> list[str]:
    return [f"{a['code'] or '-'}:{a['agent'] or ''}" for a in event["actors"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "عشية اجتماع وزراء خارجية مصر والأردن، قال شكري إن مصر مستعدة للتعاون."),
        ("fa", "در آستانه نشست وزیران خارجه ایران و ترکیه، ظریف گفت که ایران آماده همکاری است."),
        (
            "en",
            "On the eve of a meeting between the foreign ministers of Egypt and Jordan, "
            "Shoukry said Egypt was ready to cooperate.",
        ),
        ("ar", "قال الوزير عشية زيارة العاهل الأردني إلى القاهرة إن العلاقات قوية."),
        ("fa", "وزیر در آستانه سفر پادشاه اردن به قاهره گفت که روابط قوی است."),
        (
            "en",
            "On the eve of the Jordanian king's visit to Cairo, the minister said ties were strong.",
        ),
    ],
)
def test_meeting_on_whose_eve_something_is_said_is_planned(lang: str, text: str) -> None:
    consults = [e for e in _events(lang, text) if e["type"] == "CONSULT"]
    assert consults
    assert all(e["status"] == "planned" for e in consults)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أجرى الرئيس التونسي عشية الجمعة مكالمة هاتفية مع الرئيس الليبي."),
        ("fa", "رئیس‌جمهور تونس عصر جمعه با رئیس‌جمهور لیبی تلفنی گفتگو کرد."),
        (
            "en",
            "The Tunisian president spoke by phone with the Libyan president on Friday evening.",
        ),
    ],
)
def test_a_days_evening_is_no_eve(lang: str, text: str) -> None:
    consults = [e for e in _events(lang, text) if e["type"] == "CONSULT"]
    assert consults
    assert all(e["status"] == "reported" for e in consults)


def test_verge_of_a_disaster_is_no_eve() -> None:
    text = "جنگ یمن این منطقه را در آستانه فاجعه قرار داد و به حملاتی علیه عربستان انجامید."
    assaults = [e for e in _events("fa", text) if e["type"] == "ASSAULT"]
    assert all(e["status"] != "planned" for e in assaults)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اتفقت مصر واليونان على ترسيم الحدود البحرية بينهما."),
        ("fa", "مصر و یونان بر سر تعیین مرزهای دریایی توافق کردند."),
        ("en", "Egypt and Greece agreed to demarcate their maritime borders."),
        ("ar", "وقعت مصر وقبرص اتفاقا لتعزيز التجارة البحرية."),
        ("fa", "مصر و قبرس توافقی برای تقویت تجارت دریایی امضا کردند."),
        ("en", "Egypt and Cyprus signed an agreement to boost maritime trade."),
        ("ar", "اتهمت تركيا اليونان بانتهاك الحدود البحرية."),
        ("fa", "ترکیه یونان را به نقض مرزهای دریایی متهم کرد."),
        ("en", "Turkey accused Greece of violating the maritime borders."),
        ("ar", "بحث الرئيس المصري مع نظيره القبرصي النزاع البحري وتعزيز النقل البحري."),
        ("fa", "رئیس‌جمهور مصر با همتای قبرسی خود درباره اختلاف دریایی گفتگو کرد."),
        (
            "en",
            "The Egyptian president discussed the maritime dispute with his Cypriot counterpart.",
        ),
    ],
)
def test_maritime_is_no_navy(lang: str, text: str) -> None:
    events = _events(lang, text)
    assert events
    assert all(not a.endswith(":MIL") for e in events for a in _agents(e))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أعلنت القوات البحرية الأمريكية نشر حاملة طائرات في الخليج."),
        ("fa", "نیروی دریایی آمریکا از استقرار یک ناو هواپیمابر در خلیج فارس خبر داد."),
        ("en", "The US Navy deployed an aircraft carrier to the Gulf."),
    ],
)
def test_the_navy_stays_armed_forces(lang: str, text: str) -> None:
    events = _events(lang, text)
    assert any("USA:MIL" in _agents(e) for e in events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اقتحم محتجون مبنى البرلمان في بغداد."),
        ("fa", "معترضان به ساختمان پارلمان در بغداد یورش بردند."),
        ("en", "Protesters stormed the parliament building in Baghdad."),
    ],
)
def test_a_crowd_that_storms_acts_alone(lang: str, text: str) -> None:
    events = [e for e in _events(lang, text) if e["type"] in ("ASSAULT", "COERCE")]
    assert events
    agents = [a for e in events for a in _agents(e)]
    assert "IRQ:CVL" in agents
    assert not any(a.endswith((":COP", ":UAF")) for a in agents)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "داهمت الشرطة المصرية منزل ناشط في القاهرة."),
        ("fa", "پلیس مصر به خانه یک فعال در قاهره یورش برد."),
        ("en", "Egyptian police raided the home of an activist in Cairo."),
    ],
)
def test_a_police_raid_stays_coercion(lang: str, text: str) -> None:
    events = _events(lang, text)
    assert any(e["type"] == "COERCE" and "EGY:COP" in _agents(e) for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "التقى وزير الدولة لشؤون المجتمع المدني المغربي بالسفير الفرنسي.", "MAR"),
        ("fa", "وزیر امور جامعه مدنی عراق با سفیر فرانسه دیدار کرد.", "IRQ"),
        ("en", "Morocco's minister of civil society met the French ambassador.", "MAR"),
        ("ar", "التقى وزير المجتمع المدني العراقي بالسفير الفرنسي.", "IRQ"),
        ("fa", "وزیر جامعه مدنی عراق با سفیر فرانسه دیدار کرد.", "IRQ"),
        ("en", "The Iraqi civil society minister met the French ambassador.", "IRQ"),
    ],
)
def test_minister_of_civil_society_is_no_ngo(lang: str, text: str, code: str) -> None:
    consults = [e for e in _events(lang, text) if e["type"] == "CONSULT"]
    assert consults
    agents = [a for e in consults for a in _agents(e)]
    assert f"{code}:GOV" in agents
    assert not any(a.endswith(":NGO") for a in agents)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اتهم رئيس هيئة الانتخابات التونسية الحكومة بالتدخل في عملها."),
        ("ar", "التقى رئيس اتحاد الكرة المصري بالسفير الفرنسي."),
        ("fa", "رئیس کمیسیون انتخابات تونس دولت را به دخالت در کار آن متهم کرد."),
        ("en", "The head of Tunisia's election commission accused the government of interfering."),
    ],
)
def test_head_of_an_unknown_body_is_no_head_of_state(lang: str, text: str) -> None:
    roles = [a.get("role") for e in _events(lang, text) for a in e["actors"]]
    assert "head_of_state" not in roles


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "التقى رئيس مصر بالسفير الفرنسي.", "EGY"),
        ("ar", "استقبل رئيس الجمهورية التونسية السفير الفرنسي.", "TUN"),
        ("fa", "رئیس‌جمهور مصر با سفیر فرانسه دیدار کرد.", "EGY"),
        ("en", "The president of Egypt met the French ambassador.", "EGY"),
    ],
)
def test_head_of_a_state_stays_head_of_state(lang: str, text: str, code: str) -> None:
    actors = [a for e in _events(lang, text) for a in e["actors"]]
    assert any(a["code"] == code and a.get("role") == "head_of_state" for a in actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "بنت در آغاز نشست کابینه دولت اسرائیل روز یکشنبه گفت کشورش این پیام را به "
            "ایران خواهد فهماند.",
        ),
        ("fa", "نشست امروز کمیسیون امنیت ملی مجلس با دستور کار بررسی بودجه برگزار شد."),
        (
            "ar",
            "قال بينيت في مستهل جلسة الحكومة الإسرائيلية إن بلاده ستوصل الرسالة إلى إيران.",
        ),
        (
            "en",
            "Opening the Israeli cabinet session, Bennett said his country would convey "
            "the message to Iran.",
        ),
    ],
)
def test_a_bodys_own_session_consults_no_one(lang: str, text: str) -> None:
    assert not [e for e in _events(lang, text) if e["type"] == "CONSULT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نشست وزیران خارجه ایران و ترکیه در تهران برگزار شد."),
        ("fa", "نشست کمیسیون امنیت ملی مجلس با حضور وزیر خارجه برگزار شد."),
        ("ar", "اجتمع وزراء خارجية مصر والأردن في القاهرة."),
        ("en", "The foreign ministers of Egypt and Jordan held a meeting in Cairo."),
    ],
)
def test_a_session_of_two_sides_stays_a_meeting(lang: str, text: str) -> None:
    assert [e for e in _events(lang, text) if e["type"] == "CONSULT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انسحب ثلاثة مرشحين من الانتخابات الرئاسية في إيران."),
        ("fa", "سه نامزد از انتخابات ریاست جمهوری ایران کناره گیری کردند."),
        ("en", "Three candidates withdrew from Iran's presidential election."),
        ("en", "The opposition leader withdrew from the race on Monday."),
    ],
)
def test_a_candidate_who_withdraws_is_no_retreat(lang: str, text: str) -> None:
    assert not [e for e in _events(lang, text) if e["type"] == "RETREAT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "سحبت روسيا قواتها من الحدود."),
        ("fa", "روسیه نیروهایش را از مرز خارج کرد."),
        ("en", "Russia withdrew its troops from the border."),
    ],
)
def test_troops_withdrawn_still_retreat(lang: str, text: str) -> None:
    assert [e for e in _events(lang, text) if e["type"] == "RETREAT"]
