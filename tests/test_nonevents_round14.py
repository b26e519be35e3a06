"""Status and sense faults of round 14 (sentences written for these tests, in
ar, fa and en): a cue of plan reaches across an inserted adverbial set off by
commas, a schedule of events and a future verb of taking part put the event
ahead; an attack in words, a rescue from a fire, a signed diploma or book, a
talk "worth having" or "open to negotiation", the verb "to sit" and counted
suspects report no event; the real deeds next to them still do."""

from __future__ import annotations

import pytest

from casts import run

# (lang, sentence, type): the deed is still to come
AHEAD = [
    (
        "ar",
        "من المنتظر أن يدخل الأطباء في المستشفيات العمومية بداية من يوم الأربعاء "
        "12 أفريل، في إضراب مفتوح.",
        "PROTEST",
    ),
    (
        "ar",
        "من المقرر أن يشارك عمال الموانئ في كامل ولايات الجمهورية بداية من الإثنين، في إضراب عام.",
        "PROTEST",
    ),
    ("en", "The unions are set to hold, from next Monday, a general strike.", "PROTEST"),
    ("fa", "قرار است کارگران نفت از روز شنبه، در اعتصاب سراسری شرکت کنند.", "PROTEST"),
    ("ar", "أعلنت نقابة الأطباء رزنامة الإضرابات الجهوية في المستشفيات.", "PROTEST"),
    ("ar", "نشرت النقابتان الجدول الزمني للاحتجاجات في المدارس.", "PROTEST"),
    ("en", "The teachers' union published a calendar of regional walkouts.", "PROTEST"),
    (
        "ar",
        "وأكد وزير الدفاع أن بلاده ستستخدم طائرات مسيرة في شن غارات على مواقع التنظيم.",
        "ASSAULT",
    ),
    ("ar", "ستدخل نقابة المعلمين في إضراب مفتوح.", "PROTEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), AHEAD)
def test_deed_ahead_is_planned(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"planned"}


# a comma and "and" open another clause; the same deeds told as done
DONE = [
    ("ar", "من المنتظر أن يصل الرئيس إلى تونس صباح اليوم، وقد نفذ العمال إضرابا أمس.", "PROTEST"),
    (
        "en",
        "The unions are set to meet the minister on Monday, then a general strike began.",
        "PROTEST",
    ),
    ("ar", "نفذ الأطباء في المستشفيات العمومية إضرابا مفتوحا يوم الأربعاء.", "PROTEST"),
    ("fa", "معلمان دیروز در تهران اعتصاب کردند.", "PROTEST"),
    ("en", "Teachers in Tunis went on a general strike on Monday.", "PROTEST"),
    ("fa", "نیروهای ارتش ایران از مرز عقب نشستند.", "RETREAT"),
    ("fa", "فرمانده سپاه گفت ارتش عراق از مرز عقب نشسته است.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_deed_done_is_reported(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"reported"}


# (lang, sentence, type): the word is used in another sense, no such event
OTHER_SENSE = [
    ("ar", "شن رئيس الوزراء التونسي هجوما حادا على المعارضة واتهمها بعرقلة الإصلاحات.", "ASSAULT"),
    ("ar", "وجه النائب التونسي هجوما لاذعا إلى وزير المالية بسبب الميزانية.", "ASSAULT"),
    ("fa", "نماینده مجلس ایران در نطق خود حمله تندی به وزیر اقتصاد کرد.", "ASSAULT"),
    (
        "en",
        "The Tunisian prime minister launched a scathing attack on the opposition, "
        "accusing it of blocking reforms.",
        "ASSAULT",
    ),
    (
        "ar",
        "تمكنت فرق الدفاع المدني التونسية من إنقاذ أربعة أشخاص من حريق شب في مبنى سكني.",
        "AID",
    ),
    ("ar", "ألقت الشرطة السعودية القبض على 21 متهما جديدا في قضايا سرقة.", "ACCUSE"),
    ("fa", "رئیس جمهور ایران مدرک دکترای وزیر را امضا کرد.", "AGREE"),
    ("en", "The Iranian president signed the degree certificate of the new minister.", "AGREE"),
    ("ar", "وقع الرئيس التونسي شهادات التخرج لطلاب الأكاديمية العسكرية.", "AGREE"),
    ("fa", "وزیر خارجه ایران گفت این موضوع قابل مذاکره نیست.", "CONSULT"),
    ("fa", "بیانیه حزب: آنچه به نظر دولت ایران ارزش رایزنی دارد تنها امنیت مرزهاست.", "CONSULT"),
    ("ar", "قال وزير الخارجية الإيراني إن المسألة غير قابلة للتفاوض.", "CONSULT"),
    (
        "en",
        "Iran's foreign minister said the nuclear programme was not up for negotiation.",
        "CONSULT",
    ),
    ("fa", "رئیس جمهور ایران گفت ملت ایران در برابر آمریکا ساکت نخواهد نشست.", "CONSULT"),
    ("fa", "روحانیون ایران هرگز زیر بار منت و ذلت نرفته‌اند.", "REJECT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OTHER_SENSE)
def test_other_sense_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in {e.type for e in run(text, lang).events}


# the real deeds beside those words stay events
REAL = [
    ("ar", "شن الجيش السوري هجوما على مواقع المعارضة المسلحة في حلب.", "ASSAULT"),
    ("fa", "ارتش اسرائیل به مواضع حماس در غزه حمله کرد.", "ASSAULT"),
    ("en", "Israeli jets launched an attack on Hamas positions in Gaza.", "ASSAULT"),
    ("ar", "شن رئيس الوزراء التونسي هجوما حادا على المعارضة واتهمها بعرقلة الإصلاحات.", "ACCUSE"),
    ("ar", "أعلن خفر السواحل الإيطالي إنقاذ نحو ألف مهاجر قبالة السواحل الليبية.", "AID"),
    ("ar", "اتهم الرئيس التركي المعارضة، متهما إياها بالكذب على الشعب.", "ACCUSE"),
    ("fa", "ایران و عراق توافق‌نامه همکاری امنیتی امضا کردند.", "AGREE"),
    ("en", "Iran and Iraq signed a security cooperation agreement.", "AGREE"),
    ("ar", "وقعت تونس والجزائر اتفاقية للتعاون الأمني.", "AGREE"),
    ("fa", "هیئت‌های ایران و عراق در تهران نشست مشترکی برگزار کردند.", "CONSULT"),
    ("fa", "ایران زیر بار فشار آمریکا نرفت و توافق را رد کرد.", "REJECT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REAL)
def test_real_deed_stays(lang: str, text: str, etype: str) -> None:
    assert etype in {e.type for e in run(text, lang).events}
