"""Arabic event verbs, round 48 (verbs48ar; every sentence written for these
tests), with the same constructions read in Persian and English.

Written from the language, not from samples: for each of the sixteen types
the verbs and verbal nouns Arabic agencies report it with, in the perfect
and imperfect of every person, the passive, the future, the negation, with
clitics and object pronouns. What the extractor missed:

- a plural subject with an object pronoun ("اعتقلوهم", "يهاجمونهم",
  Persian "ربودندش"): the matcher's verb endings lacked them;
- verb phrases split by their subject, Arabic being verb–subject–object
  ("أثنى الرئيس … على", "أخلت النيابة سبيل", "قبضت الشرطة … على",
  "صوت مندوب … ضد", "ألقى مسلحو داعش السلاح"); English and Persian say
  the same with their own order ("voted against", "علیه … رای داد");
- a defective verb's perfect: ا before an object pronoun ("التقاه"), and
  no ن ending ("اثنين" is two, not a form of "أثنى");
- verbs and forms not listed: "دعى"/"دُعي", "ثمّنت", condolences with the
  loss named ("عزى … بوفاة"), forces spread out ("انتشرت قوات الأمن"), a
  convoy sent ("سيرت قافلة"), work coordinated ("نسق مع", "coordinated
  with", "با … هماهنگ کرد"), the participles "منتقدا", "منددة", "متوعدة",
  a town invaded by forces ("اجتاحت القوات"), a stabbing named ("عملية
  طعن").
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from casts import types as _types

# (text, language, the type it tells), by type; the forms the extractor
# already read stay here too, so that each type's paradigm is pinned.
TOLD: list[tuple[str, str, str]] = [
    # CONSULT: perfect, imperfect, future, negation, object pronouns
    ("التقى وزير الخارجية العماني نظيره الإيراني في مسقط.", "ar", "CONSULT"),
    ("سيلتقي ولي العهد الكويتي الرئيس الإيطالي الأسبوع المقبل.", "ar", "CONSULT"),
    ("لم يلتق الرئيس البرازيلي نظيره الأرجنتيني خلال القمة.", "ar", "CONSULT"),
    ("زارت وزيرة الخارجية النمساوية الدوحة والتقاها أمير قطر.", "ar", "CONSULT"),
    ("تم استقبال وزير الخارجية الموريتاني من قبل الرئيس الجزائري.", "ar", "CONSULT"),
    # AGREE
    ("وُقّعت اتفاقية تعاون بين قطر وأذربيجان في باكو.", "ar", "AGREE"),
    ("سيوقع وزيرا التجارة المغربي والفيتنامي اتفاقية للتجارة الحرة.", "ar", "AGREE"),
    # COOPERATE
    ("نسق المركز السعودي مع الحكومة اليمنية عودة العالقين.", "ar", "COOPERATE"),
    ("The Iraqi government coordinated with Jordan on the return of refugees.", "en", "COOPERATE"),
    ("دولت عراق با دولت اردن درباره بازگشت آوارگان هماهنگ کرد.", "fa", "COOPERATE"),
    # AID
    ("سيرت الكويت قافلة مساعدات إلى السودان.", "ar", "AID"),
    ("سيُقدّم البنك الدولي قرضا للأردن بقيمة مليار دولار.", "ar", "AID"),
    # SUPPORT
    ("أثنى الرئيس التونسي على الجزائر لدورها في الوساطة.", "ar", "SUPPORT"),
    ("ثمنت الحكومة الصومالية الدعم التركي المتواصل.", "ar", "SUPPORT"),
    ("تضامنت الحكومة العمانية مع الشعب المغربي.", "ar", "SUPPORT"),
    ("عزى الرئيس المصري نظيره الليبي بضحايا الفيضانات.", "ar", "SUPPORT"),
    ("The Tunisian president praised Algeria for its mediation.", "en", "SUPPORT"),
    ("رئیس‌جمهور تونس از الجزایر به خاطر میانجی‌گری تمجید کرد.", "fa", "SUPPORT"),
    # REQUEST
    ("دعى الرئيس الموريتاني الحكومة المالية إلى الحوار.", "ar", "REQUEST"),
    ("دُعي الرئيس التونسي لحضور القمة العربية في بغداد.", "ar", "REQUEST"),
    ("ستطالب الكويت العراق بترسيم الحدود البحرية.", "ar", "REQUEST"),
    # CONCEDE
    ("أخلت النيابة المصرية سبيل صحفي فرنسي.", "ar", "CONCEDE"),
    ("عفا العاهل المغربي عن صحفيين جزائريين.", "ar", "CONCEDE"),
    ("Iran set free two Belgian citizens.", "en", "CONCEDE"),
    ("دادستانی مصر روزنامه‌نگار فرانسوی را آزاد کرد.", "fa", "CONCEDE"),
    # ACCUSE
    ("تحدث الرئيس التركي للصحفيين منتقدا السياسة الفرنسية في ليبيا.", "ar", "ACCUSE"),
    ("نُدين بشدة الهجوم على السفارة القطرية، قالت الخارجية البحرينية.", "ar", "ACCUSE"),
    # REJECT
    ("صوت مندوب الولايات المتحدة في مجلس الأمن ضد مشروع القرار الجزائري.", "ar", "REJECT"),
    ("The US voted against the Algerian draft at the Security Council.", "en", "REJECT"),
    ("آمریکا در شورای امنیت علیه پیش‌نویس الجزایر رای داد.", "fa", "REJECT"),
    ("آمریکا به پیش‌نویس الجزایر رای منفی داد.", "fa", "REJECT"),
    # THREATEN
    ("ظهر زعيم الحوثيين في خطاب متوعدا السعودية برد قاس.", "ar", "THREATEN"),
    ("نشرت حركة الشباب الصومالية تسجيلا متوعدة كينيا بهجمات جديدة.", "ar", "THREATEN"),
    # PROTEST
    ("يتظاهرون كل جمعة في الجزائر منذ عام، بحسب الشرطة الجزائرية.", "ar", "PROTEST"),
    # SANCTION
    ("فُرضت عقوبات أمريكية على شركات فنزويلية.", "ar", "SANCTION"),
    # MOBILIZE
    ("انتشرت قوات الأمن التونسية في شوارع العاصمة.", "ar", "MOBILIZE"),
    ("Riot police deployed in the streets of the Tunisian capital.", "en", "MOBILIZE"),
    ("پلیس ضدشورش در خیابان‌های پایتخت تونس مستقر شد.", "fa", "MOBILIZE"),
    # COERCE
    ("قبضت قوات الأمن اللبنانية على مهربين سوريين.", "ar", "COERCE"),
    ("داهم جنود إسرائيليون منازل الشبان الفلسطينيين واعتقلوهم.", "ar", "COERCE"),
    ("Lebanese security forces apprehended Syrian smugglers.", "en", "COERCE"),
    # ASSAULT
    ("طارد الجنود الإسرائيليون شبانا فلسطينيين وقتلوهم قرب نابلس.", "ar", "ASSAULT"),
    ("يحاصر المستوطنون الإسرائيليون المزارعين الفلسطينيين ويهاجمونهم.", "ar", "ASSAULT"),
    ("ماموران امنیتی عراق ربودندش.", "fa", "ASSAULT"),
    ("ماموران امنیتی عراق ربودندشان.", "fa", "ASSAULT"),
    ("Iraqi security agents abducted them.", "en", "ASSAULT"),
    ("اجتاحت القوات الروسية مدينة خيرسون الأوكرانية.", "ar", "ASSAULT"),
    ("Russian forces invaded the Ukrainian city of Kherson.", "en", "ASSAULT"),
    ("نیروهای روسیه به شهر خرسون اوکراین هجوم بردند.", "fa", "ASSAULT"),
    ("قتل شرطي فرنسي في عملية طعن نفذها مهاجم في باريس.", "ar", "ASSAULT"),
    ("A French policeman was killed in a stabbing attack in Paris.", "en", "ASSAULT"),
    ("یک پلیس فرانسوی در حمله با چاقو در پاریس کشته شد.", "fa", "ASSAULT"),
    # RETREAT
    ("ألقى مسلحو داعش السلاح أمام القوات العراقية.", "ar", "RETREAT"),
    ("ISIS fighters laid down their arms before the Iraqi army.", "en", "RETREAT"),
    ("سيُسحب الجنود الأمريكيون من سوريا، بحسب وزارة الدفاع الأمريكية.", "ar", "RETREAT"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), TOLD)
def test_type_is_told(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


# (text, language, the type it must not tell): the other senses of the
# words added, and the forms ruled out.
UNTOLD: list[tuple[str, str, str]] = [
    # "اثنين" is two, no form of "أثنى", even before "على"
    ("قتلت الشرطة إرهابيين اثنين على الأقل في جبال القصرين.", "ar", "SUPPORT"),
    # a grip held fast is no arrest
    ("أحكمت قوات الجيش المالي قبضتها على مدينة كيدال.", "ar", "COERCE"),
    # "داعيا" misspelt: a prayer asks no one
    ("وختم المسؤول حديثه دعياً الله أن يحفظ البلاد من كل شر.", "ar", "REQUEST"),
    # a price paid, a cause put down to something
    ("قال الوزير الليبي إن الشعب يدفع ثمن الانقسام.", "ar", "SUPPORT"),
    ("وعزى المصدر ذاته ارتفاع الأسعار إلى الجفاف.", "ar", "SUPPORT"),
    # rumours and diseases spread; where a group is found is no deployment
    ("انتشرت شائعات عن أعمال عنف جديدة في طرابلس.", "ar", "MOBILIZE"),
    ("وتنتشر عناصر التنظيم في جبال المنطقة منذ سنوات.", "ar", "MOBILIZE"),
    # a heat wave sweeps through; an appeal lodged against rulings
    ("اجتاحت موجة حر شديدة المدن المصرية.", "ar", "ASSAULT"),
    ("طعنت النيابة المصرية على الأحكام الصادرة بحق ضباط الشرطة.", "ar", "ASSAULT"),
    # Persian: a compound verb's noun with "ش" is no verb of its own
    ("نیروهای ایرانی یک شناور را محاصره کردند و واردش شدند.", "fa", "MOBILIZE"),
    # English: a free zone set up frees no one
    ("Egypt set up a free zone near the Libyan border.", "en", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), UNTOLD)
def test_other_sense_tells_none(text: str, lang: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# The sides of a split phrase are read, not only its type.
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("أخلت النيابة المصرية سبيل صحفي فرنسي.", "ar", "CONCEDE reported EGY:JUD FRA:MED"),
        ("قبضت الشرطة الأردنية على مهربين سوريين.", "ar", "COERCE reported JOR:COP SYR:CRM"),
        ("Jordanian police apprehended Syrian smugglers.", "en", "COERCE reported JOR:COP SYR:CRM"),
        ("پلیس اردن قاچاقچیان سوری را دستگیر کرد.", "fa", "COERCE reported JOR:COP SYR:CRM"),
    ],
)
def test_sides_are_read(text: str, lang: str, want: str) -> None:
    assert want in _read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقاه وزير الخارجية القطري، في إشارة إلى وزير الخارجية التركي.", "ar"),
        ("وزير خارجه قطر با همتای ترکیه‌ای خود دیدار کرد.", "fa"),
        ("The Qatari foreign minister met him, his Turkish counterpart.", "en"),
    ],
)
def test_met_him(text: str, lang: str) -> None:
    """Arabic writes the ى of "التقى" as ا before an object pronoun;
    Persian and English put the pronoun apart, and read the meeting as
    before."""
    assert "CONSULT" in _types(text, lang)
