"""Round 18 (fatypes18b): material deeds told in other words.

A deed done side by side by three or more states with no one acted on
(joint drills, forces pulled out together) is an event of the group, as one
of two states already was. Persian drills named "تمرین نظامی", reservists
called up in the singular, forces or war material sent off ("روانه") or
moved ("منتقل کرد") mobilise; export curbs, sanction packages and bans
declared ("ممنوع اعلام کرد") sanction; people caught ("به دام پلیس
افتادند") or taken captive are coerced, and migrants thrown out are
deported (COERCE), not expelled diplomats (SANCTION), with words between
the noun and them too. A deed noun closed by "به وقوع پیوست" happened. Protesters go "به
خیابان" in the singular too. A negated perfect ("اعزام نکرده است") denies
the deed. An arriving aid shipment ("نخستین محموله") is no visit. English
and Arabic reservists called up and English submarines sent mobilise;
English guns or forces that pound a place attack; Arabic ties downgraded
("خفضت مستوى علاقاتها") sanction and a credit line ("خط ائتمان") aids. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


def codes(text: str, lang: str, etype: str) -> set[str]:
    return {a.split(":")[0] for a in cast(run(text, lang), etype)}


JOINT_DEEDS = [
    (
        "رزمایش مشترک دریایی ایران، چین و روسیه روز سه‌شنبه در دریای عمان آغاز شد.",
        "fa",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "نیروی دریایی ایران، روسیه و چین رزمایش مشترکی در اقیانوس هند برگزار کردند.",
        "fa",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "China, Russia and Iran began joint naval drills in the Gulf of Oman on Tuesday.",
        "en",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "بدأت روسيا والصين وإيران مناورات بحرية مشتركة في خليج عمان يوم الثلاثاء.",
        "ar",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "سحبت فرنسا وألمانيا وإيطاليا قواتها من مالي.",
        "ar",
        "RETREAT",
        {"FRA", "DEU", "ITA"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype", "states"), JOINT_DEEDS)
def test_a_deed_done_side_by_side_by_several_states(
    text: str, lang: str, etype: str, states: set[str]
) -> None:
    assert states <= codes(text, lang, etype)


FOUND = [
    # mobilising
    ("سپاه پاسداران تمرین نظامی بزرگی را در جزایر سه‌گانه برگزار کرد.", "fa", "MOBILIZE"),
    ("روسیه ۳۰۰ هزار نیروی ذخیره را فراخواند.", "fa", "MOBILIZE"),
    ("آمریکا دو ناو هواپیمابر را روانه شرق مدیترانه کرد.", "fa", "MOBILIZE"),
    ("ترکیه تانک‌ها و تجهیزات نظامی سنگین به مرز سوریه منتقل کرد.", "fa", "MOBILIZE"),
    ("Russia called up 300,000 reservists after the offensive stalled.", "en", "MOBILIZE"),
    ("Israel has called up 360,000 reservists since the war began.", "en", "MOBILIZE"),
    ("استدعت روسيا 300 ألف من جنود الاحتياط بعد تعثر الهجوم.", "ar", "MOBILIZE"),
    # sanctioning
    ("ژاپن محدودیت‌های صادراتی جدیدی بر چین وضع کرد.", "fa", "SANCTION"),
    ("آمریکا ورود کالاهای چینی را ممنوع اعلام کرد.", "fa", "SANCTION"),
    ("اتحادیه اروپا بسته جدید تحریم‌ها علیه روسیه را تصویب کرد.", "fa", "SANCTION"),
    # coercing
    ("۱۲ تن از اعضای یک باند قاچاق مواد مخدر در مشهد به دام پلیس افتادند.", "fa", "COERCE"),
    (
        "نیروهای آمریکایی یک فرمانده ارشد داعش را در عملیاتی در سوریه به اسارت گرفتند.",
        "fa",
        "COERCE",
    ),
    ("دولت پاکستان هزاران پناهجوی افغان را به کشورشان اخراج کرد.", "fa", "COERCE"),
    ("دولت ترکیه ۵۰۰ مهاجر افغان را از کشور اخراج کرد.", "fa", "COERCE"),
    ("آمریکا زیردریایی هسته‌ای خود را به بندر بوسان کره جنوبی فرستاد.", "fa", "MOBILIZE"),
    (
        "The United States sent a nuclear submarine to the South Korean port of Busan.",
        "en",
        "MOBILIZE",
    ),
    # attacking, withdrawing
    ("Azerbaijani artillery pounded Armenian positions in Karabakh.", "en", "ASSAULT"),
    ("Russian forces pounded Kharkiv overnight.", "en", "ASSAULT"),
    ("ارتش آذربایجان مواضع ارمنستان را در منطقه قره‌باغ با توپخانه کوبید.", "fa", "ASSAULT"),
    ("ترکیه با خمپاره مناطق مسکونی در شمال سوریه را کوبید.", "fa", "ASSAULT"),
    ("ارتش اسرائیل پس از پایان عملیات از جنین خارج شد.", "fa", "RETREAT"),
    ("روسیه نیروهای خود را از مرزهای اوکراین به پادگان‌ها بازگرداند.", "fa", "RETREAT"),
    # sanctioning, aiding
    ("کانادا سطح روابط دیپلماتیک خود با عربستان را کاهش داد.", "fa", "SANCTION"),
    ("بانک توسعه آسیایی اعتبار ۵۰۰ میلیون دلاری به بنگلادش اعطا کرد.", "fa", "AID"),
    ("خفضت كندا مستوى علاقاتها الدبلوماسية مع السعودية.", "ar", "SANCTION"),
    ("منح بنك التنمية الآسيوي بنغلاديش خط ائتمان بقيمة 500 مليون دولار.", "ar", "AID"),
    ("ترور یک دانشمند هسته‌ای ایرانی در نزدیکی تهران به وقوع پیوست.", "fa", "ASSAULT"),
    ("اخراج گسترده مهاجران افغان از پاکستان همچنان ادامه دارد.", "fa", "COERCE"),
    # protesting
    ("هزاران معترض در پاریس علیه افزایش سن بازنشستگی به خیابان آمدند.", "fa", "PROTEST"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), FOUND)
def test_the_deed_is_found(text: str, lang: str, etype: str) -> None:
    assert any(e.type == etype for e in run(text, lang).events)


def test_deported_migrants_are_no_expelled_diplomats() -> None:
    record = run("دولت ترکیه ۵۰۰ مهاجر افغان را از کشور اخراج کرد.", "fa")
    assert not any(e.type == "SANCTION" for e in record.events)
    assert {"TUR", "AFG"} <= codes(
        "دولت ترکیه ۵۰۰ مهاجر افغان را از کشور اخراج کرد.", "fa", "COERCE"
    )


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("آلمان چهار دیپلمات روسیه را اخراج کرد.", "fa", "SANCTION"),
        ("نخست‌وزیر عراق برای دیداری رسمی وارد تهران شد.", "fa", "CONSULT"),
        ("نخست وزیر پاکستان به پکن عزیمت کرد.", "fa", "CONSULT"),
    ],
)
def test_the_old_readings_stay(text: str, lang: str, etype: str) -> None:
    assert any(e.type == etype for e in run(text, lang).events)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("مردم تهران پس از پیروزی تیم ملی برای جشن به خیابان آمدند.", "fa", "PROTEST"),
        ("تانکرهای سوخت ایران با کشتی به ونزوئلا منتقل شد.", "fa", "MOBILIZE"),
        ("سه سرباز زخمی ارتش پاکستان روانه بیمارستان شدند.", "fa", "MOBILIZE"),
        ("The coach called up three new players to the national squad.", "en", "MOBILIZE"),
        ("A powerful storm pounded the coast of Florida on Sunday.", "en", "ASSAULT"),
        ("خفض البنك المركزي المصري سعر الفائدة إلى أدنى مستوى.", "ar", "SANCTION"),
        ("اخراج گسترده مهاجران افغان از پاکستان همچنان ادامه دارد.", "fa", "SANCTION"),
        ("وزیر نیرو پس از پایان جلسه از مجلس خارج شد.", "fa", "RETREAT"),
        ("بسیاری از این مهاجران از یونان خارج شدند و به آلمان رفتند.", "fa", "RETREAT"),
        ("آمریکا در سال ۲۰۱۸ از برجام خارج شد.", "fa", "RETREAT"),
        ("رئیس‌جمهور فرانسه در مناظره به رقیب خود کوبید.", "fa", "ASSAULT"),
        ("دانشگاه تهران به این دانشجوی نخبه نشان افتخار اعطا کرد.", "fa", "AID"),
        ("در جنگ اقتصادی تولیدکنندگان خودمان را اسیر کرده‌ایم.", "fa", "COERCE"),
        (
            "نخستین محموله کمک‌های انسانی مصر از طریق گذرگاه رفح وارد نوار غزه شد.",
            "fa",
            "CONSULT",
        ),
    ],
)
def test_no_deed_in_another_sense(text: str, lang: str, etype: str) -> None:
    assert not any(e.type == etype for e in run(text, lang).events)


def test_an_arriving_aid_shipment_is_aid() -> None:
    text = "نخستین محموله کمک‌های انسانی مصر از طریق گذرگاه رفح وارد نوار غزه شد."
    assert "EGY" in codes(text, "fa", "AID")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("ایران تاکنون هیچ نیرویی به سوریه اعزام نکرده است.", "MOBILIZE"),
        ("عربستان تاکنون هیچ کمکی به یمن ارسال نکرده است.", "AID"),
        ("پلیس انگلیس تاکنون کسی را در ارتباط با این حادثه بازداشت نکرده است.", "COERCE"),
    ],
)
def test_a_negated_perfect_denies_the_deed(text: str, etype: str) -> None:
    events = [e for e in run(text, "fa").events if e.type == etype]
    assert events and all(e.status == "negated" for e in events)


def test_a_perfect_still_reports() -> None:
    events = [e for e in run("پلیس کابل دو نفر را دستگیر کرده است.", "fa").events]
    assert any(e.type == "COERCE" and e.status == "reported" for e in events)
