"""Arabic event types, round 39 (types39ar; every sentence written for these
tests), with the same constructions read in Persian and English.

Families of the rarer types that unseen Arabic text told and the rules
missed, each read alike in the three languages:

- warships under way ("توجهت حاملة الطائرات", "the destroyer sailed",
  "ناوشکن … حرکت کرد"): MOBILIZE;
- a missile tested with the verb ("اختبرت … صاروخا", "آزمایش کرد") and a
  state of highest alert ("حالة الاستعداد القصوى", "maximum alert"): MOBILIZE;
- homes or buildings demolished ("هدمت … منازل", "demolished", "تخریب
  کردند"): COERCE;
- clashes between named sides ("مواجهات بين …", "مواجهات مع قوات …"): ASSAULT;
- an embassy opened or reopened ("أعادت فتح سفارتها"): COOPERATE;
- diplomatic representation cut ("خفضت تمثيلها الدبلوماسي"): SANCTION;
- a combat mission ended by its forces ("أنهت … مهمتها القتالية"): RETREAT;
- arms, drugs and contraband seized ("حجز مسدسات", "ضبطت … كيلوغراما"),
  wanted men caught ("ضبط … مطلوبين"), arms caches found ("عثرت على مخبأ
  للأسلحة") and cells or rings dismantled ("تفكيك شبكة"): COERCE;
- an attack carried out, named by its kind ("نفذ … عملية ضد"): ASSAULT;
- an objection raised ("اعترضت … على", "objected to"): REJECT;
- a deed held a breach ("اعتبرت … انتهاكا", "called … a breach of", "… را
  نقض … خواند"): ACCUSE;
- the relative "ما" after a pointer ("وهو ما يعد …") is "which", no
  negation (ar ``status.NOT_CUES``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _types(text: str, lang: str) -> set[str]:
    return {line.split()[0] for line in _read(text, lang)}


# (text, language, the type it tells)
TOLD: list[tuple[str, str, str]] = [
    # warships under way, the ship after or before the verb
    ("أبحرت المدمرة الفرنسية شوفالييه باول نحو شرق المتوسط يوم الخميس.", "ar", "MOBILIZE"),
    ("أفادت قيادة البحرية الإيطالية بأن فرقاطة إيطالية توجهت إلى سواحل ليبيا.", "ar", "MOBILIZE"),
    (
        "The French destroyer Chevalier Paul sailed towards the eastern Mediterranean on Thursday.",
        "en",
        "MOBILIZE",
    ),
    ("ناوشکن فرانسوی روز پنجشنبه به سمت شرق دریای مدیترانه حرکت کرد.", "fa", "MOBILIZE"),
    # a missile tested
    ("اختبرت باكستان صاروخا باليستيا جديدا يوم الأربعاء.", "ar", "MOBILIZE"),
    ("Pakistan tested a new ballistic missile on Wednesday.", "en", "MOBILIZE"),
    ("پاکستان روز چهارشنبه یک موشک بالستیک جدید را آزمایش کرد.", "fa", "MOBILIZE"),
    # the highest alert
    ("أعلنت القوات المسلحة الموريتانية حالة الاستعداد القصوى على الحدود.", "ar", "MOBILIZE"),
    ("The Mauritanian army was put on maximum alert.", "en", "MOBILIZE"),
    ("ارتش موریتانی روز سه‌شنبه به حالت آماده‌باش کامل درآمد.", "fa", "MOBILIZE"),
    # homes demolished, with the verb or its noun after a light verb
    ("هدمت الجرافات الإسرائيلية ثلاثة منازل فلسطينية في بلدة سلفيت.", "ar", "COERCE"),
    ("قامت السلطات الإسرائيلية بهدم مسجد في النقب.", "ar", "COERCE"),
    ("Israeli bulldozers demolished three Palestinian homes in Salfit.", "en", "COERCE"),
    ("بولدوزرهای اسرائیلی سه خانه فلسطینی را در سلفیت تخریب کردند.", "fa", "COERCE"),
    # clashes between two named sides
    ("اندلعت مواجهات بين الشرطة الكينية ومحتجين في نيروبي.", "ar", "ASSAULT"),
    ("Clashes broke out between Kenyan police and protesters in Nairobi.", "en", "ASSAULT"),
    ("درگیری میان پلیس کنیا و معترضان در نایروبی رخ داد.", "fa", "ASSAULT"),
    # an embassy reopened
    ("أعادت البحرين فتح سفارتها في سوريا بعد سبع سنوات.", "ar", "COOPERATE"),
    ("Bahrain reopened its embassy, Syria's foreign ministry said.", "en", "COOPERATE"),
    ("بحرین سفارت خود در سوریه را بازگشایی کرد.", "fa", "COOPERATE"),
    # representation cut
    ("خفضت جيبوتي تمثيلها الدبلوماسي لدى قطر.", "ar", "SANCTION"),
    ("Djibouti downgraded its diplomatic representation with Qatar.", "en", "SANCTION"),
    ("جیبوتی سطح روابط دیپلماتیک خود با قطر را کاهش داد.", "fa", "SANCTION"),
    # a combat mission ended
    ("أنهت القوات الهولندية مهمتها القتالية في أفغانستان.", "ar", "RETREAT"),
    ("Dutch forces ended their combat mission in Afghanistan.", "en", "RETREAT"),
    ("نیروهای هلندی روز جمعه مأموریت رزمی خود را در ولایت ارزگان پایان دادند.", "fa", "RETREAT"),
    # arms and drugs seized
    ("تمكنت وحدات الجمارك الليبية من حجز ثلاثة مسدسات وكمية من الذخائر.", "ar", "COERCE"),
    ("ضبطت الشرطة الموريتانية 50 كيلوغراما من الحشيش.", "ar", "COERCE"),
    ("Mauritanian police seized 50 kilograms of hashish.", "en", "COERCE"),
    ("پلیس موریتانی ۵۰ کیلوگرم حشیش را کشف و ضبط کرد.", "fa", "COERCE"),
    # an arms cache found
    ("عثرت قوات الجيش المالي على مخبأ للأسلحة قرب تمبكتو.", "ar", "COERCE"),
    ("Malian troops found an arms cache near Timbuktu.", "en", "COERCE"),
    ("نیروهای ارتش مالی یک انبار سلاح در نزدیکی تیمبوکتو کشف کردند.", "fa", "COERCE"),
    # a ring dismantled
    ("تمكنت الشرطة الموريتانية من تفكيك شبكة لتهريب المهاجرين.", "ar", "COERCE"),
    ("Mauritanian police dismantled a migrant smuggling network.", "en", "COERCE"),
    ("پلیس موریتانی یک شبکه قاچاق مهاجران را متلاشی کرد.", "fa", "COERCE"),
    # an attack carried out, named by its kind
    ("نفذ مسلحون عملية ضد دورية للجيش المالي.", "ar", "ASSAULT"),
    ("Gunmen carried out an attack against a Malian army patrol.", "en", "ASSAULT"),
    ("افراد مسلح به یک گشت ارتش مالی حمله کردند.", "fa", "ASSAULT"),
    # an objection raised
    ("اعترضت مصر على مشروع القرار البريطاني في مجلس الأمن.", "ar", "REJECT"),
    ("Egypt objected to the British draft resolution at the Security Council.", "en", "REJECT"),
    ("مصر روز دوشنبه با طرح پیشنهادی بریتانیا در شورای امنیت مخالفت کرد.", "fa", "REJECT"),
    # a deed held a breach
    ("اعتبرت الخارجية الأردنية قرار الحكومة الإسرائيلية خرقا لمعاهدة السلام.", "ar", "ACCUSE"),
    (
        "Jordan's foreign ministry called the Israeli government's decision a breach of the"
        " peace treaty.",
        "en",
        "ACCUSE",
    ),
    ("وزارت خارجه اردن تصمیم دولت اسرائیل را نقض پیمان صلح خواند.", "fa", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), TOLD)
def test_family_is_read(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


# The same words in their other senses tell no such event.
UNTOLD: list[tuple[str, str, str]] = [
    # "مدمرة" the adjective, a country entering a war
    ("دخلت البلاد في حرب مدمرة منذ عشر سنوات.", "ar", "MOBILIZE"),
    # a delegation heading somewhere is no navy
    ("The Kenyan delegation headed to Geneva on Sunday.", "en", "MOBILIZE"),
    # a payment system tested, a vaccine discovered
    ("اختبرت الحكومة الأردنية نظاما جديدا للدفع الإلكتروني.", "ar", "MOBILIZE"),
    ("دانشمندان ایرانی یک واکسن جدید کشف کردند.", "fa", "COERCE"),
    # a house that collapsed in the rain
    ("تهدم منزل قديم في القاهرة بسبب الأمطار الغزيرة.", "ar", "COERCE"),
    # a tournament's fixtures, a minister's quarrels with the press
    ("تنطلق مواجهات الدور الثاني من بطولة أفريقيا يوم الجمعة.", "ar", "ASSAULT"),
    ("دخل الوزير الكيني في مواجهات مع عدة صحف محلية.", "ar", "ASSAULT"),
    # an embassy that opens a show
    ("افتتحت السفارة اليابانية معرضا للخط العربي في عمان.", "ar", "COOPERATE"),
    # restraint urged, corruption to be taken apart, a reactor dismantled
    ("دعا الوزير الموريتاني الأطراف إلى ضبط النفس.", "ar", "COERCE"),
    ("دعا الحزب الموريتاني إلى تفكيك منظومة الفساد.", "ar", "COERCE"),
    ("Engineers dismantled the old reactor.", "en", "COERCE"),
    # a fighter jet that intercepts a plane objects to nothing
    ("اعترضت المقاتلات المصرية طائرة ليبية فوق الصحراء.", "ar", "REJECT"),
    # a hospital's staff at full stretch
    ("أعلن المستشفى الموريتاني حالة استنفار بين الأطباء.", "ar", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), UNTOLD)
def test_other_sense_tells_none(text: str, lang: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# The sides of a demolition and of clashes are read, not only the type.
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "هدمت الجرافات الإسرائيلية ثلاثة منازل فلسطينية في بلدة سلفيت.",
            "ar",
            "COERCE reported ISR: PSE:",
        ),
        (
            "Israeli bulldozers demolished three Palestinian homes in Salfit.",
            "en",
            "COERCE reported ISR: PSE:",
        ),
        (
            "بولدوزرهای اسرائیلی سه خانه فلسطینی را در سلفیت تخریب کردند.",
            "fa",
            "COERCE reported ISR: PSE:",
        ),
        (
            "اندلعت مواجهات بين الشرطة الكينية ومحتجين في نيروبي.",
            "ar",
            "ASSAULT reported KEN:COP KEN:CVL",
        ),
    ],
)
def test_sides_are_read(text: str, lang: str, want: str) -> None:
    assert want in _read(text, lang)


# "وهو ما" is "which": the breach it names is told, not denied.
def test_relative_ma_is_no_negation() -> None:
    text = (
        "ونشرت روسيا صواريخ قرب حدود ليتوانيا وهو ما تعتبره الحكومة الليتوانية خرقا لاتفاقات الأمن."
    )
    lines = _read(text, "ar")
    assert any(line.startswith("ACCUSE reported") for line in lines)
    assert not any(line.startswith("ACCUSE negated") for line in lines)


# A negation before the verb still denies it.
def test_plain_ma_still_negates() -> None:
    lines = _read("ما قتل الجيش السوري أحدا في حمص.", "ar")
    assert any(line.startswith("ASSAULT negated") for line in lines)
