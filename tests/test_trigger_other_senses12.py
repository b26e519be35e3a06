"""Trigger words in a non-political sense (round 12b): sport (a referee's
card, a side that attacks or meets another, a race or a festival called
"تظاهرة"), worship (a prayer asks God; pilgrims arrive), fairs (a tour of
an expo), fires and floods. The political uses of the same triggers must
survive. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "أشهر حكم المباراة البطاقة الصفراء في وجه لاعب المنتخب السعودي بعد خطأ في الدقيقة العشرين.",
            "ar",
            "THREATEN",
        ),
        ("أنذر الحكم مدافع نادي الهلال بالبطاقة الحمراء في الشوط الثاني.", "ar", "THREATEN"),
        (
            "شهدت مدينة دبي تظاهرة رياضية كبرى بمشاركة متسابقين من عشرين دولة في سباق الطائرات.",
            "ar",
            "PROTEST",
        ),
        ("انطلقت في تونس العاصمة تظاهرة ثقافية تحتفي بالسينما الإفريقية.", "ar", "PROTEST"),
        ("أعلن المدرب انسحاب فريقه من الدوري احتجاجا على قرارات التحكيم.", "ar", "RETREAT"),
        (
            "يلتقي فريق الأهلي المصري نظيره الترجي التونسي في نهائي دوري أبطال إفريقيا.",
            "ar",
            "CONSULT",
        ),
        ("دعا الإمام الله عز وجل أن يحفظ البلاد من كل سوء.", "ar", "REQUEST"),
        ("رفع المصلون أكف الضراعة إلى الله داعين بالرحمة لضحايا الحادث.", "ar", "REQUEST"),
        ("سأل الخطيب المولى القدير أن يرحم الشهداء.", "ar", "REQUEST"),
        (
            "استقبلت المملكة أكثر من مليون حاج من مختلف دول العالم لأداء مناسك الحج.",
            "ar",
            "CONSULT",
        ),
        ("وصلت طلائع الحجاج الإيرانيين إلى المدينة المنورة أمس.", "ar", "CONSULT"),
        (
            "أنقذ موظف في مطار الملك خالد طفلا من الاختناق بعد أن علقت قطعة حلوى في حلقه.",
            "ar",
            "AID",
        ),
        ("تمكن رجال الدفاع المدني من إنقاذ عامل سقط في بئر عميقة.", "ar", "AID"),
        ("زار وزير الاتصالات معرض جيتكس للتقنية واطلع على أحدث الأجهزة.", "ar", "MOBILIZE"),
        ("خرج الحريق عن السيطرة في غابات اللاذقية بعد ساعات من اندلاعه.", "ar", "CONCEDE"),
        ("أغلقت السيول الطرق المؤدية إلى القرية.", "ar", "COERCE"),
        ("داور مسابقه به مدافع تیم ملی ایران کارت زرد داد.", "fa", "THREATEN"),
        ("تیم استقلال در نیمه دوم به دروازه حریف حمله کرد.", "fa", "ASSAULT"),
        ("مسابقات اتومبیلرانی در جزیره کیش با حضور رانندگان خارجی برگزار شد.", "fa", "PROTEST"),
        ("امام جمعه تهران از خداوند متعال برای ملت ایران سلامتی خواست.", "fa", "REQUEST"),
        ("مردم در مراسم دعای کمیل از خداوند برای بیماران شفا طلب کردند.", "fa", "REQUEST"),
        ("نخستین گروه از زائران ایرانی اربعین وارد کربلا شدند.", "fa", "CONSULT"),
        ("حجاج ایرانی پس از پایان مناسک حج به کشور بازگشتند.", "fa", "CONSULT"),
        ("آتش سوزی جنگل\u200cهای گلستان از کنترل خارج شد.", "fa", "RETREAT"),
        ("آتش سوزی جنگل\u200cهای گلستان از کنترل خارج شد.", "fa", "CONCEDE"),
        ("فرمانده سپاه از نمایشگاه دستاوردهای فناوری بازدید کرد.", "fa", "MOBILIZE"),
        ("آتش نشانان یک کودک را از میان شعله\u200cها نجات دادند.", "fa", "AID"),
        ("نیروهای امدادی هلال احمر یک کوهنورد را در دماوند نجات دادند.", "fa", "AID"),
        ("سیل جاده\u200cهای استان سیستان و بلوچستان را مسدود کرد.", "fa", "COERCE"),
        ("The referee showed a yellow card to the Iranian captain after a foul.", "en", "THREATEN"),
        ("The referee threatened to send off the Brazil striker.", "en", "THREATEN"),
        ("Liverpool attacked down the left wing and scored in the second half.", "en", "ASSAULT"),
        ("Thousands of marathon runners took part in the Beirut race on Sunday.", "en", "PROTEST"),
        (
            "Egypt will meet Morocco in the semi-final of the Africa Cup of Nations.",
            "en",
            "CONSULT",
        ),
        ("The imam prayed to God to protect the country.", "en", "REQUEST"),
        ("Worshippers asked God for mercy on the victims.", "en", "REQUEST"),
        ("More than two million pilgrims arrived in Mecca for the Hajj.", "en", "CONSULT"),
        ("An airport worker saved a choking child at Dubai airport.", "en", "AID"),
        (
            "The wildfire in California is out of control and firefighters withdrew from the ridge.",
            "en",
            "RETREAT",
        ),
        ("The minister visited the technology expo and toured the stands.", "en", "MOBILIZE"),
        ("Floods blocked the roads to the village.", "en", "COERCE"),
        ("A fire broke out in a warehouse in Tehran.", "en", "ASSAULT"),
        ("ستستقبل المملكة هذا العام مليوني حاج من أنحاء العالم الإسلامي.", "ar", "CONSULT"),
        ("وترحم على الشهداء كما دعا للجرحى بالشفاء العاجل.", "ar", "REQUEST"),
        ("احتجزت ألسنة اللهب عشرات السكان داخل البرج.", "ar", "COERCE"),
    ],
)
def test_trigger_in_another_sense_is_no_event(text: str, lang: str, wrong: str) -> None:
    assert wrong not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "right"),
    [
        ("دعا وزير الخارجية السعودي إيران إلى وقف تدخلها في شؤون المنطقة.", "ar", "REQUEST"),
        ("استقبل الملك سلمان الرئيس المصري في الرياض.", "ar", "CONSULT"),
        ("هدد الرئيس الأمريكي كوريا الشمالية بعقوبات جديدة.", "ar", "THREATEN"),
        ("نظم آلاف المتظاهرين تظاهرة أمام السفارة الأمريكية في القاهرة.", "ar", "PROTEST"),
        ("قدمت السعودية مساعدات إنسانية لضحايا الفيضانات في باكستان.", "ar", "AID"),
        ("أعلنت روسيا انسحاب قواتها من سوريا.", "ar", "RETREAT"),
        ("وزیر خارجه ایران از سازمان ملل خواست تحریم\u200cها را محکوم کند.", "fa", "REQUEST"),
        ("وزیر خارجه ایران با همتای عراقی خود در بغداد دیدار کرد.", "fa", "CONSULT"),
        ("فرمانده سپاه اسرائیل را به پاسخ سخت تهدید کرد.", "fa", "THREATEN"),
        ("عربستان به مواضع حوثی\u200cها در یمن حمله کرد.", "fa", "ASSAULT"),
        ("آمریکا نیروهای خود را از افغانستان خارج کرد.", "fa", "RETREAT"),
        ("ایران برای سیل زدگان پاکستان کمک\u200cهای انسانی ارسال کرد.", "fa", "AID"),
        ("Saudi Arabia called on Iran to stop interfering in the region.", "en", "REQUEST"),
        ("King Salman received the Egyptian president in Riyadh.", "en", "CONSULT"),
        ("The US president threatened North Korea with new sanctions.", "en", "THREATEN"),
        ("Thousands of protesters rallied outside the US embassy in Cairo.", "en", "PROTEST"),
        ("Saudi jets attacked Houthi positions in Yemen.", "en", "ASSAULT"),
        ("Saudi Arabia sent humanitarian aid to flood victims in Pakistan.", "en", "AID"),
        ("Russia withdrew its troops from Syria.", "en", "RETREAT"),
        ("التقى وزير الحج السعودي نظيره الإيراني في جدة لبحث ترتيبات موسم الحج.", "ar", "CONSULT"),
        ("Saudi and Iranian officials met in Jeddah to discuss the hajj.", "en", "CONSULT"),
        ("وزیر کشور ایران با همتای عراقی خود درباره زائران اربعین دیدار کرد.", "fa", "CONSULT"),
        ("Gunmen attacked worshippers at a mosque in Quebec.", "en", "ASSAULT"),
        ("هاجم مسلحون المصلين في مسجد بمدينة كيبيك.", "ar", "ASSAULT"),
        ("Iran asked the UN to condemn the attack on pilgrims.", "en", "REQUEST"),
        (
            "Fans protested outside the parliament against the government after the football final.",
            "en",
            "PROTEST",
        ),
        ("رئیس جمهور ایران از سازمان ملل خواست به وضعیت زائران رسیدگی کند.", "fa", "REQUEST"),
        (
            "عقدت الهيئة العامة للائتلاف السوري اجتماعات ماراثونية مع وفد تركي في إسطنبول.",
            "ar",
            "CONSULT",
        ),
        ("Iranian and Saudi negotiators held marathon talks in Baghdad.", "en", "CONSULT"),
        ("Iran asked the UN to condemn the attack on worshippers in Mecca.", "en", "REQUEST"),
        ("دعا الرئيس التونسي إلى وقف إطلاق النار في ليبيا.", "ar", "REQUEST"),
        ("احتجزت الشرطة البريطانية عشرة أشخاص بعد الحريق.", "ar", "COERCE"),
    ],
)
def test_political_use_of_the_same_trigger_survives(text: str, lang: str, right: str) -> None:
    assert right in types(text, lang)
