"""falsehits54: trigger words in another sense found among the false hits
of the round-53 hand labels: what a thing "targets" in a relative clause,
searching for someone ("بحث عن"), stock phrases (a stroke of luck, a
penalty kick, God's rope, calling for help, a man who shot himself,
"constitutes a blow", exhibitors), road accidents told by the vehicles,
a rescue by the civil protection, money words of business, a sporting
"تظاهرة". Each rule has its counterpart in the other two languages where
the same sense exists; where a language never read the word as a deed,
the test says so and checks that nothing fires. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال خفر السواحل إنه ما زال يبحث عن ثلاثة مهاجرين مفقودين قبالة السواحل.", "ar"),
        ("وقال الوزير التونسي إن الحكومة لا تبحث عن مواجهة مع النقابات.", "ar"),
        ("وقال إن خفر السواحل ما زالت تبحث عن ناجين.", "ar"),
        # Persian "جستجو" and English "search for" were never talks
        ("گارد ساحلی همچنان در جستجوی سه مهاجر مفقود است.", "fa"),
        ("The coast guard is still searching for three missing migrants.", "en"),
    ],
)
def test_searching_for_someone_is_no_talks(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("بحث وزير الخارجية المصري مع نظيره الأردني في عمان العلاقات الثنائية.", "ar"),
        ("وزیر خارجه ایران با همتای عمانی خود درباره روابط دوجانبه گفتگو کرد.", "fa"),
        (
            "The Egyptian foreign minister discussed bilateral ties with his Jordanian counterpart.",
            "en",
        ),
    ],
)
def test_discussing_ties_stays_talks(text: str, lang: str) -> None:
    assert "CONSULT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("قال المحلل إن فوز الحزب في الانتخابات لم يكن مجرد ضربة حظ.", "ar", "ASSAULT"),
        ("احتسب الحكم ضربة جزاء للفريق الضيف في الدقيقة الأخيرة.", "ar", "ASSAULT"),
        ("وقالت إنها عرفت في الشدة الالتجاء إلى الله والاعتصام بحبله.", "ar", "PROTEST"),
        ("ظل المواطن التونسي يطلب النجدة من الشرطة خمسة أيام دون جدوى.", "ar", "REQUEST"),
        ("أقدم كهل على الانتحار بعد أن أطلق النار على نفسه من بندقية صيد.", "ar", "ASSAULT"),
        ("وهذا التصويت يعتبر ضربة للرئيس الذي لم يخسر تصويتا من قبل.", "ar", "ASSAULT"),
        ("تضم الأجنحة منتجات يعرضها عارضون سعوديون وخليجيون.", "ar", "REJECT"),
        # Persian and English never read these words as deeds
        ("پیروزی او در انتخابات یک ضربه شانس نبود.", "fa", "ASSAULT"),
        ("داور یک ضربه پنالتی به سود تیم میهمان اعلام کرد.", "fa", "ASSAULT"),
        ("مردی ۵۵ ساله با تفنگ شکاری به خود شلیک کرد.", "fa", "ASSAULT"),
        ("این رأی ضربه‌ای به رئیس‌جمهور است.", "fa", "ASSAULT"),
        ("His victory in the election was not a stroke of luck.", "en", "ASSAULT"),
        ("The referee awarded a penalty kick to the visiting team.", "en", "ASSAULT"),
        ("A 55-year-old man shot himself with a hunting rifle on Thursday.", "en", "ASSAULT"),
        ("The vote is a blow to the president.", "en", "ASSAULT"),
        ("Exhibitors from inside and outside the kingdom take part in the fair.", "en", "REJECT"),
    ],
)
def test_stock_phrases_in_another_sense(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("شنت الطائرات ضربة جوية على مواقع المسلحين شمال البلاد.", "ar", "ASSAULT"),
        ("عارض البرلمان مشروع القانون الذي قدمته الحكومة.", "ar", "REJECT"),
        ("نظم مئات العمال اعتصاما أمام مقر الوزارة للمطالبة بزيادة الأجور.", "ar", "PROTEST"),
        ("Warplanes carried out an air strike on militant positions.", "en", "ASSAULT"),
        ("هواپیماهای جنگی مواضع شبه‌نظامیان را بمباران کردند.", "fa", "ASSAULT"),
    ],
)
def test_the_deeds_themselves_stay(text: str, lang: str, etype: str) -> None:
    assert etype in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل 21 شخصا وأصيب 45 آخرون في اصطدام قطاري ركاب جنوب البلاد.", "ar"),
        ("أصيب عشرة تلاميذ بجروح في انقلاب الشاحنة التي كانت تقلهم إلى المعهد.", "ar"),
        ("در برخورد دو قطار مسافربری ۲۱ نفر کشته شدند.", "fa"),
        ("At least 21 people were killed when two passenger trains collided.", "en"),
        ("Ten pupils were injured when their bus overturned near the school.", "en"),
    ],
)
def test_a_collision_is_no_attack(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل ثلاثة متظاهرين في اصطدامات مع الشرطة وسط العاصمة.", "ar"),
        ("Gunmen killed five soldiers in an attack on a checkpoint.", "en"),
        ("مهاجمان مسلح پنج سرباز را در حمله به یک ایست بازرسی کشتند.", "fa"),
    ],
)
def test_clashes_and_attacks_stay(text: str, lang: str) -> None:
    assert "ASSAULT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تمكنت وحدات الحماية المدنية التونسية من انقاذ شخص سقط في بئر مهجورة.", "ar"),
        ("وتقدر كلفة تمويله بمليار دولار من بيت التمويل الكويتي في البحرين.", "ar"),
        ("هبط سهم أملاك للتمويل وزاد المؤشر العام لسوق أبوظبي.", "ar"),
        ("اشترت السعودية من الولايات المتحدة عتادا لتزويد الطائرات بالوقود في الجو.", "ar"),
        # Persian and English never read these as aid
        ("هزینه تأمین مالی این طرح سه میلیارد دلار برآورد می‌شود.", "fa"),
        ("The financing cost of the project is estimated at three billion dollars.", "en"),
        ("The air force bought aircraft for refuelling in the air.", "en"),
    ],
)
def test_business_money_and_emergency_rescue_are_no_aid(text: str, lang: str) -> None:
    assert "AID" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قدمت السعودية تمويلا بقيمة 500 مليون دولار لليمن.", "ar"),
        ("عربستان ۵۰۰ میلیون دلار کمک مالی به یمن اهدا کرد.", "fa"),
        ("Saudi Arabia gave Yemen 500 million dollars in aid.", "en"),
    ],
)
def test_aid_given_stays(text: str, lang: str) -> None:
    assert "AID" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أشرفت اللجنة على التظاهرة التي تجمع نوادي كرة اليد الإفريقية.", "ar"),
        # Persian "تظاهرات" and English "demonstration" have no sporting sense
        ("کمیته برگزاری اعلام کرد ورزشگاه میزبان این مسابقات فوتبال خواهد بود.", "fa"),
        ("The organising committee said the stadium will host the football tournament.", "en"),
    ],
)
def test_a_sporting_event_is_no_protest(text: str, lang: str) -> None:
    assert "PROTEST" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "واعتبر الوزير التونسي أن الخطر الإرهابي الذي يستهدف مؤسسات الدولة يفرض توحيد الصفوف.",
            "ar",
        ),
        ("وقال الحزب التونسي إن الحملة الإعلامية المنظمة التي تستهدف قياداته لن تثنيه.", "ar"),
        # English "targets" and Persian "هدف گرفته" in such a clause were
        # never read as a strike
        (
            "The Tunisian minister said the terrorist danger that targets state institutions requires unity.",
            "en",
        ),
        ("وزیر تونسی گفت خطر تروریستی که نهادهای دولت را هدف گرفته است وحدت می‌طلبد.", "fa"),
    ],
)
def test_what_a_thing_targets_describes_it(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل عشرة مدنيين في الغارات التي تستهدف مدينة إدلب منذ أيام.", "ar"),
        ("استهدفت طائرات التحالف مواقع الحوثيين في صنعاء.", "ar"),
        ("Ten civilians were killed in the air strikes that target the city of Idlib.", "en"),
        ("ده غیرنظامی در حملات هوایی که شهر ادلب را هدف قرار می‌دهد کشته شدند.", "fa"),
    ],
)
def test_strikes_that_target_a_city_stay(text: str, lang: str) -> None:
    assert "ASSAULT" in types(text, lang)
