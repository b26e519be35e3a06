"""Round 14 (farecall14): Persian events told in constructions that were
missed — the progressive of a compound verb ("در حال بمباران … است"), a
deed announced by its verbal noun ("از آزادی … خبر داد"), support stated by
stressing it ("بر حمایت … تاکید کرد"), and who was behind a deed of force
("ایران پشت حمله … بوده"; en "was behind the attack", ar "تقف وراء
الهجوم"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


def _types(text: str, lang: str = "fa") -> set[str]:
    return {e.type for e in run(text, lang).events}


# --- the progressive: "در حال" / "مشغول" + verbal noun -----------------------

PROGRESSIVE = [
    ("ارتش اسرائیل در حال بمباران نوار غزه است.", "ASSAULT"),
    ("جنگنده‌های روسیه در حال حمله به مواضع شورشیان در ادلب هستند.", "ASSAULT"),
    ("نیروهای امنیتی بحرین در حال سرکوب معترضان هستند.", "ASSAULT"),
    ("پهپادهای ترکیه در حال شلیک به مواضع پ‌ک‌ک در شمال عراق بودند.", "ASSAULT"),
    ("نیروهای طالبان در حال تیراندازی به سوی معترضان در کابل بودند.", "ASSAULT"),
    ("آمریکا با متحدان اروپایی خود درباره اوکراین در حال مشورت است.", "CONSULT"),
    ("ایران با عراق در حال همکاری برای مبارزه با تروریسم است.", "COOPERATE"),
    ("روسیه در حال تهدید اوکراین به حمله نظامی است.", "THREATEN"),
    ("دولت آمریکا در حال ترغیب کشورهای اروپایی به تحریم روسیه است.", "REQUEST"),
    ("نیروهای اسرائیلی مشغول حمله به روستاهای فلسطینی در اطراف جنین بودند.", "ASSAULT"),
    ("چین از مدت‌ها پیش در حال حمایت از پاکستان در برابر هند است.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "etype"), PROGRESSIVE)
def test_progressive_compound_verbs_report_the_deed(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_progressive_attack_keeps_both_sides() -> None:
    assert {"ISR:MIL", "PSE:"} <= cast(
        run("ارتش اسرائیل در حال بمباران نوار غزه است.", "fa"), "ASSAULT"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a deal being made is not made yet
        "ایران و عربستان در حال توافق بر سر بازگشایی سفارتخانه‌ها هستند.",
        "دو کشور در حال امضای تفاهم‌نامه‌ای برای همکاری اقتصادی هستند.",
    ],
)
def test_progressive_agreement_is_no_agreement(text: str) -> None:
    assert "AGREE" not in _types(text)


def test_progressive_of_other_senses_reports_nothing() -> None:
    # "در حال حاضر" (at present) and a building evacuated are no deeds
    assert not run("در حال حاضر سفارت ژاپن در کابل در حال تخلیه است.", "fa").events


# --- a deed announced by its verbal noun: "از N … خبر داد" -------------------

ANNOUNCED = [
    ("سفیر ایران در بغداد از آزادی هفت زائر ایرانی در عراق خبر داد.", "CONCEDE"),
    ("وزارت خارجه پاکستان از آزادی دو ملوان ایرانی در کراچی خبر داد.", "CONCEDE"),
    ("وزارت خزانه‌داری آمریکا از تحریم ده مقام ارشد روسیه خبر داد.", "SANCTION"),
    ("وزیر نفت عراق از همکاری با ایران برای احداث خط لوله گاز خبر داد.", "COOPERATE"),
    ("وزیر خارجه ترکیه از حمایت آنکارا از طرح صلح سازمان ملل برای لیبی خبر داد.", "SUPPORT"),
    ("رسانه‌های افغانستان از مسلط شدن طالبان بر شهر قندوز خبر دادند.", "COERCE"),
    ("سخنگوی ارتش لبنان از درگیری نیروهای این کشور با شبه‌نظامیان سوری خبر داد.", "ASSAULT"),
    ("عراق از موافقت ایران با طرح آتش‌بس در سوریه خبر داد.", "AGREE"),
    ("منابع محلی از کشته شدن ۱۲ غیرنظامی در حمله هوایی ائتلاف سعودی به صعده خبر دادند.", "ASSAULT"),
    (
        "سخنگوی وزارت خارجه روسیه از خودداری آمریکا از صدور روادید برای دیپلمات‌های روس خبر داد.",
        "REJECT",
    ),
]


@pytest.mark.parametrize(("text", "etype"), ANNOUNCED)
def test_deed_announced_by_its_verbal_noun(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وزیر خارجه قطر از آزادی عمل بیشتر دوحه در سیاست منطقه‌ای خبر داد.",
        "فعالان حقوق بشر از آزادی بیان در ایران سخن گفتند.",
        # no "خبر داد": the noun is an ordinary word
        "نماینده عراق از همکاری با ایران در گذشته سخن گفت.",
    ],
)
def test_other_senses_after_az_are_no_announced_deed(text: str) -> None:
    assert not {"CONCEDE", "COOPERATE"} & _types(text)


# --- support stated by stressing it: "بر حمایت … تاکید کرد" -----------------

STRESSED = [
    "وزیر خارجه آمریکا بر حمایت کشورش از عراق تاکید کرد.",
    "وزیر خارجه روسیه بر ادامه حمایت مسکو از دولت سوریه تاکید کرد.",
    "رئیس‌جمهور چین بر پشتیبانی پکن از پاکستان تاکید کرد.",
    "صدراعظم آلمان بر تداوم حمایت برلین از اوکراین تاکید کرد.",
]


@pytest.mark.parametrize("text", STRESSED)
def test_stressed_support_is_support(text: str) -> None:
    assert "SUPPORT" in _types(text)


def test_stressed_need_for_cooperation_is_no_support() -> None:
    assert "SUPPORT" not in _types(
        "صدراعظم آلمان بر لزوم همکاری برلین و پاریس در حوزه انرژی تاکید کرد."
    )


# --- who was behind a deed of force ----------------------------------------

BEHIND_FA = [
    ("وزیر خارجه بریتانیا اعلام کرد که ایران پشت حمله به این نفتکش بوده است.", "GBR", "IRN"),
    ("نخست وزیر اسرائیل گفت ایران پشت این حمله قرار دارد.", "ISR", "IRN"),
    ("وزیر کشور پاکستان گفت هند پشت انفجار کویته است.", "PAK", "IND"),
    ("سخنگوی دولت افغانستان گفت پاکستان پشت ترورهای اخیر در کابل است.", "AFG", "PAK"),
    ("وزیر خارجه آذربایجان مدعی شد که ارمنستان پشت حملات به گنجه بوده است.", "AZE", "ARM"),
    ("رئیس‌جمهور ونزوئلا گفت کلمبیا پشت سوءقصد به جان او بوده است.", "VEN", "COL"),
    ("دولت اتیوپی اعلام کرد مصر پشت خرابکاری در سد النهضه است.", "ETH", "EGY"),
    ("وزیر دفاع ارمنستان گفت ترکیه پشت حمله پهپادی به مواضع ارتش این کشور است.", "ARM", "TUR"),
    ("وزیر خارجه روسیه گفت اوکراین پشت انفجار پل کریمه بوده است.", "RUS", "UKR"),
    ("سخنگوی وزارت خارجه چین گفت آمریکا پشت حملات سایبری ماه گذشته بوده است.", "CHN", "USA"),
]


@pytest.mark.parametrize(("text", "accuser", "accused"), BEHIND_FA)
def test_fa_behind_a_deed_is_a_blame(text: str, accuser: str, accused: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, "fa"), "ACCUSE")}
    assert {accuser, accused} <= codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پلیس به دنبال کسانی است که پشت این حمله بودند.", "fa"),
        ("مذاکرات ایران و آمریکا پشت درهای بسته در وین برگزار شد.", "fa"),
        ("Police are searching for those who were behind the attack.", "en"),
        ("The talks took place behind closed doors in Geneva.", "en"),
        ("تبحث الشرطة عن الجهة التي تقف وراء الهجوم.", "ar"),
        ("جرت المحادثات خلف أبواب مغلقة في جنيف.", "ar"),
    ],
)
def test_behind_in_other_senses_is_no_blame(text: str, lang: str) -> None:
    assert "ACCUSE" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("British officials said Iran was behind the attack on the tanker.", "GBR", "IRN"),
        ("Israel says Tehran is behind this attack.", "ISR", "IRN"),
        ("Kyiv said Moscow was behind the cyberattack on its ministries.", "UKR", "RUS"),
    ],
)
def test_en_behind_a_deed_is_a_blame(text: str, accuser: str, accused: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, "en"), "ACCUSE")}
    assert {accuser, accused} <= codes


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("قال وزير الخارجية البريطاني إن إيران تقف وراء الهجوم على ناقلة النفط.", "GBR", "IRN"),
        ("قال الرئيس الأفغاني إن باكستان كانت وراء التفجيرات في كابول.", "AFG", "PAK"),
    ],
)
def test_ar_behind_a_deed_is_a_blame(text: str, accuser: str, accused: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, "ar"), "ACCUSE")}
    assert {accuser, accused} <= codes


def test_en_ar_progressive_attacks_already_found() -> None:
    """The progressive needs no Persian-only help in the other languages."""
    assert "ASSAULT" in _types("The Israeli army is bombing the Gaza Strip.", "en")
    assert "ASSAULT" in _types("الجيش الإسرائيلي يقصف قطاع غزة.", "ar")


# --- a gapped pair whose second phrase holds a list ("…، … و … تاکید کرد") ----

GAPPED_LISTS = [
    (
        "وزیر خارجه ترکیه از مواضع قطر قدردانی و بر ضرورت همکاری دو کشور در"
        " زمینه‌های اقتصادی، امنیتی و فرهنگی تاکید کرد.",
        "SUPPORT",
    ),
    ("رئیس‌جمهور مصر از اقدام عربستان استقبال و آن را گامی مثبت، سازنده و مهم خواند.", "SUPPORT"),
    (
        "وزیر خارجه آمریکا از تلاش‌های دولت عراق قدردانی و بر حمایت کشورش از ساختن"
        " عراقی قوی، باثبات و شکوفا تاکید کرد.",
        "SUPPORT",
    ),
    (
        "نخست وزیر پاکستان از کمک‌های چین قدردانی و بر گسترش روابط در حوزه‌های تجارت،"
        " انرژی و حمل و نقل تاکید کرد.",
        "SUPPORT",
    ),
    (
        "اتحادیه اروپا تصمیم روسیه را محکوم و آن را غیرقانونی، خطرناک و تحریک‌آمیز توصیف کرد.",
        "ACCUSE",
    ),
    (
        "رئیس‌جمهور فرانسه از ابتکار الجزایر حمایت و آن را گامی سازنده، واقع‌بینانه و شجاعانه خواند.",
        "SUPPORT",
    ),
    (
        "وزیر خارجه عمان از رویکرد ایران تقدیر و بر ادامه گفتگو میان تهران، ریاض و"
        " ابوظبی تاکید کرد.",
        "SUPPORT",
    ),
    (
        "سخنگوی وزارت خارجه چین اظهارات وزیر دفاع آمریکا را محکوم و آن را نادرست،"
        " غیرمسئولانه و مداخله‌جویانه خواند.",
        "ACCUSE",
    ),
    (
        "وزیر خارجه روسیه از موضع هند تشکر و بر همکاری در زمینه‌های نظامی، هسته‌ای و"
        " فضایی تاکید کرد.",
        "SUPPORT",
    ),
    (
        "رئیس‌جمهور ترکیه از نقش قطر در میانجیگری استقبال و آن را مثبت، ارزشمند و سازنده دانست.",
        "SUPPORT",
    ),
]


@pytest.mark.parametrize(("text", "etype"), GAPPED_LISTS)
def test_gapped_pair_with_a_list_keeps_its_light_verb(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_gapped_noun_before_a_new_clause_after_a_comma_stays_a_noun() -> None:
    # the comma ends the clause: "حمایت و" is no gapped verb here
    text = "حمایت و همکاری ایران، به گفته وزیر خارجه عراق، ادامه خواهد یافت."
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # the other languages have no gapped compounds: lists change nothing
        (
            "Turkey's foreign minister praised Qatar and stressed economic, security"
            " and cultural cooperation.",
            "en",
            "SUPPORT",
        ),
        (
            "أشاد وزير الخارجية التركي بموقف قطر وأكد على التعاون الاقتصادي والأمني والثقافي.",
            "ar",
            "SUPPORT",
        ),
    ],
)
def test_lists_in_other_languages(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


# --- a request named after a preposition is no predicate -------------------
# "موافقت خود را با درخواست ایران … اعلام کرد": the agreement is no object
# of the request (extract/nonevents.object_of, verb-final branch).

AGREED_TO_REQUESTS = [
    "دولت عراق موافقت خود را با درخواست ایران برای افزایش پروازها اعلام کرد.",
    "عراق از موافقت ایران با درخواست سازمان ملل برای آتش‌بس خبر داد.",
    "پاکستان موافقت خود را با درخواست چین برای ساخت بندر گوادر اعلام کرد.",
    "عمان موافقت خود را با درخواست ایران برای میانجیگری اعلام کرد.",
    "مجلس ترکیه موافقت خود را با درخواست سوئد برای عضویت در ناتو اعلام کرد.",
    "وزارت خارجه از موافقت عربستان با درخواست ایران برای بازگشایی کنسولگری خبر داد.",
]


@pytest.mark.parametrize("text", AGREED_TO_REQUESTS)
def test_agreement_to_a_request_is_an_agreement(text: str) -> None:
    assert {"AGREE", "REQUEST"} <= _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("تبادل زندانیان میان ایران و آمریکا به درخواست قطر انجام شد.", "CONCEDE"),
        ("اعزام نیروهای روسیه به قزاقستان به درخواست دولت این کشور صورت گرفت.", "MOBILIZE"),
        ("دیدار رئیسی و پوتین بنا به درخواست طرف روس برگزار شد.", "CONSULT"),
        ("مذاکرات ایران و عربستان به درخواست عراق در بغداد برگزار شد.", "CONSULT"),
    ],
)
def test_deeds_done_at_a_request_stay_events(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_what_a_request_asks_is_still_no_event() -> None:
    # the noun before the demand's own verb is what is asked
    assert "CONCEDE" not in _types("ایران آزادی نفتکش توقیف‌شده را از انگلیس خواستار شد.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey agreed to Sweden's request to join NATO.", "en"),
        ("وافقت تركيا على طلب السويد الانضمام إلى حلف الناتو.", "ar"),
    ],
)
def test_agreement_to_a_request_in_other_languages(text: str, lang: str) -> None:
    assert "AGREE" in _types(text, lang)
