"""Wording of PLOVER RETREAT, AID, AGREE, SUPPORT, MOBILIZE, SANCTION,
PROTEST and ACCUSE added in round 7, in Persian and Arabic: forces pulled
out or back ("نیروهای خود را از … بیرون برد", "غادرت القوات … قاعدة"),
stepping out of talks, own arms handed over, a plan given up ("تخلت عن
مشروع"); arms handed over, central-bank deposits, rescue teams, field
hospitals and costs borne; proposals accepted and treaties approved ("قبلت
المقترح", "أقر الاتفاقية"); sanctions and bans extended, listings and
trade halts; reservists called up; protesters closing roads or a port;
blame laid ("ألقى باللوم"); rights respected and steps blessed.

Each rule has a sentence where its word means something else and must stay
silent ("بامداد", "لتسلم رواتبهم", a field hospital treating the wounded,
"بارك الله"). Every sentence was written for these tests; none comes from
the corpus, the dev set or the challenge sets. English sentences show the
Persian and Arabic data change nothing there.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {e.type for e in record.events}


FOUND = [
    ("fa", "RETREAT", "ترکیه نیروهای خود را از شمال سوریه بیرون برد."),
    ("fa", "RETREAT", "اسرائیل نیروهایش را از گذرگاه رفح بیرون کشید."),
    ("fa", "RETREAT", "ارتش ارمنستان از سه روستای مرزی عقب رفت."),
    ("fa", "RETREAT", "هیئت مخالفان سوریه از مذاکرات ژنو کناره گیری کرد."),
    ("fa", "RETREAT", "شورشیان سلاح‌های خود را به ارتش کلمبیا تحویل دادند."),
    ("fa", "AID", "آلمان دو سامانه پدافند هوایی پاتریوت به اوکراین تحویل داد."),
    ("fa", "AID", "عربستان سعودی یک میلیارد دلار در بانک مرکزی یمن سپرده‌گذاری کرد."),
    ("fa", "AID", "ایران یک تیم امداد و نجات به ترکیه اعزام کرد."),
    ("fa", "AID", "اتحادیه اروپا بسته کمکی تازه‌ای برای لبنان تصویب کرد."),
    ("fa", "AGREE", "ایران و ترکیه در نشست آستانه به اجماع رسیدند."),
    ("fa", "SANCTION", "اتحادیه اروپا تحریم‌های روسیه را شش ماه دیگر تمدید کرد."),
    ("fa", "SANCTION", "کانادا ممنوعیت ورود مقامات ایرانی را تمدید کرد."),
    ("fa", "MOBILIZE", "روسیه نیروهای ذخیره را فراخواند."),
    ("fa", "PROTEST", "معترضان در بغداد خیابان‌ها را بستند."),
    ("fa", "SUPPORT", "آمریکا حق اسرائیل برای دفاع از خود را محترم می‌شمارد."),
    ("fa", "PROTEST", "اعتراض‌ها به گرانی نان در شهرهای مختلف اردن گسترده شد."),
    ("fa", "MOBILIZE", "گزارش‌ها از حضور سنگین نیروهای امنیتی در خیابان‌های مرکزی کراچی حکایت دارد."),
    ("fa", "RETREAT", "دولت ترکیه از موضع خود درباره عضویت سوئد در ناتو عقب آمد."),
    ("ar", "RETREAT", "سلمت قوات التحالف قاعدة عين الأسد إلى الجيش العراقي."),
    ("ar", "RETREAT", "غادرت القوات الأمريكية قاعدة باغرام الجوية."),
    ("ar", "RETREAT", "قلصت فرنسا عدد جنودها في منطقة الساحل."),
    ("ar", "RETREAT", "تخلت الحكومة البريطانية عن مشروع قانون الهجرة."),
    ("ar", "AID", "أودعت السعودية مليار دولار في البنك المركزي اليمني."),
    ("ar", "AID", "أقام الهلال الأحمر الإماراتي مستشفى ميدانيا في غزة."),
    ("ar", "AID", "تكفلت قطر بتمويل وقود محطة كهرباء غزة."),
    ("ar", "AID", "أرسل الأردن فرق إنقاذ إلى تركيا بعد الزلزال."),
    ("ar", "AGREE", "قبلت حركة حماس المقترح المصري للتهدئة."),
    ("ar", "AGREE", "أقر مجلس النواب الأردني اتفاقية التعاون الدفاعي مع الولايات المتحدة."),
    ("ar", "SUPPORT", "باركت الجزائر الاتفاق بين الفصائل الفلسطينية."),
    ("ar", "MOBILIZE", "استدعت إسرائيل آلاف جنود الاحتياط."),
    ("ar", "SANCTION", "أوقفت مصر استيراد القمح من روسيا."),
    ("ar", "PROTEST", "أغلق متظاهرون ميناء البصرة."),
    ("ar", "ACCUSE", "ألقت روسيا باللوم على أوكرانيا في الهجوم."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), FOUND)
def test_round7_wording(lang: str, kind: str, text: str) -> None:
    assert kind in types(text, lang)


NOT_FOUND = [
    # "بامداد" (dawn) holds "امداد": troops sent are no aid
    ("fa", "AID", "انگلیس ۶۰۰ نظامی به افغانستان اعزام خواهد کرد.بامداد امروز وزیر سخن گفت."),
    # a wounded guard treated in a field hospital receives no aid from anyone
    ("fa", "AID", "سه نگهبان افغان در یک بیمارستان صحرایی در فرودگاه کابل تحت درمان هستند."),
    # credentials handed over are no surrender
    ("fa", "RETREAT", "سفیر جدید ژاپن رونوشت استوارنامه خود را به وزیر خارجه ایران تسلیم کرد."),
    # a minister leaving a room withdraws nothing
    ("fa", "RETREAT", "وزیر خارجه ایران پس از پایان نشست از سالن بیرون رفت."),
    # a visa extended is no sanction
    ("fa", "SANCTION", "ایران اعتبار روادید گردشگران عراقی را تمدید کرد."),
    # objections to a report are no street protest
    ("fa", "PROTEST", "وزارت نفت ایران گفت پاسخ به اعتراض‌ها در گزارش بعدی می‌آید."),
    # a parade attacked is a venue: no show of force by the attackers
    ("fa", "MOBILIZE", "مهاجمان به رژه نیروهای مسلح در اهواز حمله کردند."),
    # soldiers queuing to receive their pay at a base hand nothing over
    ("ar", "RETREAT", "اصطف جنود يمنيون لتسلم رواتبهم عند مدخل قاعدة العند."),
    # a blessing is no endorsement of a step
    ("ar", "SUPPORT", "قال الرئيس المصري بارك الله في شعب مصر."),
    # a minister leaving the capital is no withdrawal of forces
    ("ar", "RETREAT", "غادر وزير الخارجية الإيراني بغداد متوجها إلى دمشق."),
    # prices cut are no troops cut
    ("ar", "RETREAT", "خفضت السعودية أسعار النفط لآسيا."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), NOT_FOUND)
def test_round7_other_senses(lang: str, kind: str, text: str) -> None:
    assert kind not in types(text, lang)


CONTROLS = [
    ("en", "RETREAT", "Turkey pulled its troops out of northern Syria."),
    ("en", "AID", "China sent a shipment of vaccines to Afghanistan."),
    ("en", "SANCTION", "The EU extended sanctions on Russia for six months."),
    ("en", "PROTEST", "Thousands demonstrated in Paris against the pension law."),
    ("en", "ACCUSE", "Russia blamed Ukraine for the attack on the power plant."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), CONTROLS)
def test_english_unchanged(lang: str, kind: str, text: str) -> None:
    assert kind in types(text, lang)


def test_english_sentence_draws_no_persian_or_arabic_word() -> None:
    # the minister leaving a room and prices cut: nothing withdrawn in English either
    assert types("The minister left the room after prices were cut.", "en") == set()
