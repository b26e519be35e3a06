"""Trigger words in another sense (round 104, senses104; every sentence
written for these tests).

- A receiving verb whose object is cases, a flight, news or a crowd of
  pilgrims, displaced people or visitors admits or hosts: no meeting
  ("استقبل المستشفى عشر حالات", "the hospital received ten wounded"). A
  delegation, its head or a minister received stays a meeting.
- Arabic "التماس" is a petition, but "التماس كهربائي" is a short circuit and
  "خطوط التماس" the front lines: no request.
- A road cut by rain, torrents or floods is no road block by protesters.
- Arabic "بحث … عن" with the subject between is a search, no talks.
- A nation, a society or its calm held hostage is a figure of speech: no
  abduction ("ملت لبنان را به گروگان گرفته است", "يأخذ الشعب اللبناني رهينة").
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# received cases, flights, news, crowds: main 6dc3e091 reads CONSULT in each
RECEIVED_THINGS = [
    (
        "ar",
        "استقبل المستشفى العسكري بتونس العاصمة عشر حالات من الجنود التونسيين المصابين في الهجوم.",
    ),
    ("ar", "وقال وزير الحج السعودي إن المملكة تستقبل الأسبوع المقبل أول فوج من حجاج إندونيسيا."),
    ("ar", "وقالت وزارة الحج السعودية إنها استقبلت ما يزيد عن مليون معتمر من باكستان هذا العام."),
    ("ar", "وقصفت طائرات الجيش النيجيري بلدة ران التي تستقبل آلاف النازحين من الكاميرون."),
    ("ar", "واستقبلت النقابة التونسية نبأ اعتقال رئيسها في ليبيا بصدمة كبيرة."),
    ("en", "The King Fahd hospital in Riyadh received ten wounded Saudi soldiers."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED_THINGS)
def test_received_things_are_no_meeting(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


# guards: a guest received stays a meeting, even beside a flight, a hospital
# or pilgrims named after him
RECEIVED_GUESTS = [
    ("ar", "استقبل الرئيس التونسي وزير الخارجية الجزائري الذي وصل على متن رحلة خاصة."),
    ("ar", "استقبل وزير الصحة التونسي مدير المستشفى العسكري الفرنسي بمكتبه."),
    ("ar", "واستقبل الملك سلمان وفدا من الحجاج الإندونيسيين في قصره بمنى."),
    ("fa", "رئیس جمهور ایران وزیر خارجه الجزایر را به حضور پذیرفت."),
    (
        "en",
        "The president of Tunisia received the Algerian foreign minister, who came on a special flight.",
    ),
    ("en", "King Salman received a delegation of Indonesian pilgrims in Mina."),
    ("en", "King Salman received the Indonesian ambassador, who led a delegation of pilgrims."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED_GUESTS)
def test_received_guests_stay_meetings(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


# Persian admitting and hosting words are no triggers on main either (guards)
@pytest.mark.parametrize(
    "text",
    [
        "بیمارستان امام خمینی ده مجروح عراقی حادثه را پذیرش کرد.",
        "ایران میزبان هزاران پناهجوی افغانستانی است.",
    ],
)
def test_persian_admitting_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text, "fa")


# a short circuit and the front lines: main reads REQUEST in the Arabic ones
CONTACTS = [
    (
        "ar",
        "وأوضح المتحدث باسم الدفاع المدني السعودي أن التماسا كهربائيا في مكيف المطبخ تسبب في الحريق الذي أصاب ثلاثة من رجال الأمن.",
    ),
    ("ar", "وأرجع مدير الشرطة التونسية سبب الحريق إلى التماس كهربائي في مخزن الوزارة."),
    ("ar", "وقال الجيش اللبناني إنه يسيطر على خطوط التماس مع مقاتلي تنظيم داعش."),
    ("fa", "علت آتش‌سوزی در سفارت عراق در تهران اتصال برق اعلام شد."),
    ("fa", "ارتش لبنان کنترل خطوط تماس با داعش را در دست دارد."),
    ("en", "A short circuit caused the fire at the Iraqi embassy in Tehran."),
    ("en", "The Lebanese army holds the line of contact with Islamic State fighters."),
]


@pytest.mark.parametrize(("lang", "text"), CONTACTS)
def test_short_circuits_and_front_lines_ask_nothing(lang: str, text: str) -> None:
    assert "REQUEST" not in _types(text, lang)


def test_a_petition_stays_a_request() -> None:
    text = "وقدم محامو المعارضة التونسية التماسا إلى المحكمة الإدارية لإلغاء قرار الحكومة."
    assert "REQUEST" in _types(text, "ar")


# roads cut by rain or floods: main reads PROTEST in the Arabic ones
WEATHER_CUTS = [
    (
        "ar",
        "وتسببت الأمطار الغزيرة في منطقة جازان في قطع الطرق وانقطاع الكهرباء عن المواطنين السعوديين.",
    ),
    ("ar", "وغمرت السيول أحياء مدينة صنعاء اليمنية وقطعت الطرق لساعات."),
    ("fa", "باران شدید جاده‌های روستایی استان گیلان را مسدود کرد."),
    ("en", "Heavy rains and floods cut roads across Yemen on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), WEATHER_CUTS)
def test_roads_cut_by_weather_are_no_protest(lang: str, text: str) -> None:
    assert "PROTEST" not in _types(text, lang)


# guards: protesters who cut a road in the rain protest
PROTESTER_CUTS = [
    ("ar", "وقطع محتجون تونسيون الطريق الرئيسية في القصرين رغم الأمطار احتجاجا على البطالة."),
    ("ar", "ورغم الأمطار الغزيرة قطع المحتجون الطريق أمام مقر الولاية في تطاوين."),
    ("fa", "معترضان جاده اهواز را بستند."),
    ("en", "Tunisian protesters blocked the main road in Kasserine."),
]


@pytest.mark.parametrize(("lang", "text"), PROTESTER_CUTS)
def test_protesters_cutting_roads_protest(lang: str, text: str) -> None:
    assert "PROTEST" in _types(text, lang)


# searching for something: main reads CONSULT in the Arabic ones
SEARCHES = [
    ("ar", "وعلى مدى عقود بحثت أجهزة المخابرات الأمريكية والروسية عن طرق لاختراق الهواتف."),
    ("ar", "وتبحث الحكومة الفرنسية منذ شهور عن شريك ألماني لشراء الشركة."),
    ("fa", "سازمان‌های جاسوسی آمریکا سال‌ها به دنبال راهی برای نفوذ به تلفن‌های روسی بودند."),
    ("en", "American and Russian spy agencies have searched for years for ways to tap phones."),
]


@pytest.mark.parametrize(("lang", "text"), SEARCHES)
def test_searches_are_no_talks(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


# guards: talks with a partner named before "عن", and "فضلا عن"
TALKS = [
    "وتبحث سوريا مع روسيا عن حل سياسي للأزمة.",
    "بحث وزير الخارجية التونسي مع نظيره الجزائري عن قرب سبل تعزيز التعاون.",
    "وبحث وزير الخارجية المصري مع نظيره الأردني فضلا عن العلاقات الثنائية الأوضاع في سوريا.",
]


@pytest.mark.parametrize("text", TALKS)
def test_talks_stay_talks(text: str) -> None:
    assert "CONSULT" in _types(text, "ar")


# a people or its calm held hostage: main reads ASSAULT in the Persian and
# Arabic ones; English "holds … hostage" is no trigger (guard)
FIGURATIVE_HOSTAGES = [
    ("fa", "دولت ایران در برابر کسانی که آرامش جامعه را به گروگان گرفتند خواهد ایستاد."),
    ("fa", "نخست وزیر اسرائیل گفت حزب الله ملت لبنان را به گروگان گرفته است."),
    (
        "fa",
        "نخست وزیر اسرائیل گفت حزب الله شهروندان لبنان را به خاطر منافع ایران به گروگان گرفته است.",
    ),
    ("ar", "وقال رئيس الوزراء الإسرائيلي إن حزب الله يأخذ الشعب اللبناني رهينة لمصالح إيران."),
    ("en", "The Israeli prime minister said Hezbollah holds the Lebanese people hostage for Iran."),
]


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE_HOSTAGES)
def test_a_people_held_hostage_is_no_abduction(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


# guards: hostages a group takes stay an abduction
REAL_HOSTAGES = [
    ("fa", "گروه تروریستی جیش الظلم دو مرزبان ایرانی را به گروگان گرفت."),
    ("ar", "واحتجز مسلحون من تنظيم داعش عشرات المواطنين العراقيين رهائن في الموصل."),
    ("en", "Islamic State gunmen took twelve Iraqi workers hostage in Mosul."),
]


@pytest.mark.parametrize(("lang", "text"), REAL_HOSTAGES)
def test_hostages_taken_stay_abductions(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)
