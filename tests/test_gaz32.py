"""Where an actor's country comes from a place: the gazetteer and the
dateline, read alike in Arabic, Persian and English (round 32, gaz32; every
sentence written for these tests).

Rules and data added in this round:

- the gazetteers (``lang/<code>/places.py``) gain the provinces of Iran and
  their capitals, and the governorates and towns of Iraq, the Levant, the
  Gulf, North Africa, Sudan, Yemen, Afghanistan, Pakistan and the Caucasus,
  under the spellings each language's agencies use; names that are also
  words or given names stay out or come only with their head noun ("مدينة
  همدان", "محافظة حجة", "شهر کوت", "Ibb province");
- a Persian report's lead names the city it was filed from ("به گزارش ایرنا
  از اهواز،", ``context.REPORT_PLACE_LEADS``): that city is a dateline, as
  "اهواز- ایرنا-" is, and the outlet before it a source;
- a dateline of a city and its country joined by a comma ("TABRIZ, Iran -")
  is a dateline: the country is where, not a party; only when it opens with
  a city ("Jason Rezaian, an Iranian-American reporter -" is none);
- a capital whose name is also a word ("كابل" a cable, ``AMBIGUOUS``) is the
  place where it opens a dateline with its outlet ("كابل (رويترز) -",
  "كابل - أ ف ب -").
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Police arrested five people in Karaj on Monday.",
        "اعتقلت الشرطة خمسة أشخاص في كرج يوم الاثنين.",
        "پلیس روز دوشنبه پنج نفر را در کرج بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Security forces detained three activists in Mahabad.",
        "اعتقلت قوات الأمن ثلاثة ناشطين في مهاباد.",
        "نیروهای امنیتی سه فعال را در مهاباد بازداشت کردند.",
        ("COERCE reported IRN:COP IRN:OPP",),
    ),
    (
        "Gunmen killed two policemen in Saravan.",
        "قتل مسلحون شرطيين اثنين في سراوان.",
        "افراد مسلح دو مامور پلیس را در سراوان کشتند.",
        ("ASSAULT reported IRN:UAF IRN:COP",),
    ),
    (
        "Workers went on strike in Asaluyeh.",
        "أضرب العمال في عسلوية.",
        "کارگران در عسلویه اعتصاب کردند.",
        ("PROTEST reported IRN:LAB",),
    ),
    (
        "Thousands of people protested in Kashan against water shortages.",
        "تظاهر آلاف الأشخاص في كاشان احتجاجا على نقص المياه.",
        "هزاران نفر در کاشان در اعتراض به کم\u200cآبی تظاهرات کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "A court in Ardabil sentenced a journalist to two years in prison.",
        "حكمت محكمة في أردبيل على صحفي بالسجن عامين.",
        "دادگاهی در اردبیل یک روزنامه\u200cنگار را به دو سال زندان محکوم کرد.",
        ("COERCE reported IRN:JUD IRN:MED",),
    ),
    (
        "Police arrested ten protesters in Hormozgan province.",
        "اعتقلت الشرطة عشرة محتجين في محافظة هرمزغان.",
        "پلیس ده معترض را در استان هرمزگان بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Soldiers killed three militants in Diyala.",
        "قتل جنود ثلاثة مسلحين في ديالى.",
        "سربازان سه شبه\u200cنظامی را در دیالی کشتند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Police arrested six people in Dhi Qar.",
        "اعتقلت الشرطة ستة أشخاص في ذي قار.",
        "پلیس شش نفر را در ذی قار بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CVL",),
    ),
    (
        "Protesters blocked roads in Nasiriyah.",
        "قطع محتجون الطرق في الناصرية.",
        "معترضان جاده\u200cها را در ناصریه بستند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Police arrested seven people in Zarqa.",
        "اعتقلت الشرطة سبعة أشخاص في الزرقاء.",
        "پلیس هفت نفر را در زرقا بازداشت کرد.",
        ("COERCE reported JOR:COP JOR:CVL",),
    ),
    (
        "Soldiers arrested four Palestinians in Qalqilya.",
        "اعتقل جنود أربعة فلسطينيين في قلقيلية.",
        "سربازان چهار فلسطینی را در قلقیلیه بازداشت کردند.",
        ("COERCE reported PSE:MIL PSE:CVL",),
    ),
    (
        "Police arrested five people in Beit Lahia.",
        "اعتقلت الشرطة خمسة أشخاص في بيت لاهيا.",
        "پلیس پنج نفر را در بیت لاهیا بازداشت کرد.",
        ("COERCE reported PSE:COP PSE:CVL",),
    ),
    (
        "Police arrested two men in Asyut.",
        "اعتقلت الشرطة رجلين في أسيوط.",
        "پلیس دو مرد را در اسیوط بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
    (
        "Police arrested eight people in Kairouan.",
        "اعتقلت الشرطة ثمانية أشخاص في القيروان.",
        "پلیس هشت نفر را در قیروان بازداشت کرد.",
        ("COERCE reported TUN:COP TUN:CVL",),
    ),
    (
        "Police arrested nine people in Oran.",
        "اعتقلت الشرطة تسعة أشخاص في وهران.",
        "پلیس نه نفر را در وهران بازداشت کرد.",
        ("COERCE reported DZA:COP DZA:CVL",),
    ),
    (
        "Police arrested three people in Tizi Ouzou.",
        "اعتقلت الشرطة ثلاثة أشخاص في تيزي وزو.",
        "پلیس سه نفر را در تیزی وزو بازداشت کرد.",
        ("COERCE reported DZA:COP DZA:CVL",),
    ),
    (
        "Police arrested five people in Tangier.",
        "اعتقلت الشرطة خمسة أشخاص في طنجة.",
        "پلیس پنج نفر را در طنجه بازداشت کرد.",
        ("COERCE reported MAR:COP MAR:CVL",),
    ),
    (
        "Police arrested four people in Nador.",
        "اعتقلت الشرطة أربعة أشخاص في الناظور.",
        "پلیس چهار نفر را در ناظور بازداشت کرد.",
        ("COERCE reported MAR:COP MAR:CVL",),
    ),
    (
        "Gunmen attacked a market in Kassala.",
        "هاجم مسلحون سوقا في كسلا.",
        "افراد مسلح به بازاری در کسلا حمله کردند.",
        ("ASSAULT reported SDN:UAF",),
    ),
    (
        "Police arrested three people in Ajman.",
        "اعتقلت الشرطة ثلاثة أشخاص في عجمان.",
        "پلیس سه نفر را در عجمان بازداشت کرد.",
        ("COERCE reported ARE:COP ARE:CVL",),
    ),
    (
        "Police arrested two men in Salalah.",
        "اعتقلت الشرطة رجلين في صلالة.",
        "پلیس دو مرد را در صلاله بازداشت کرد.",
        ("COERCE reported OMN:COP OMN:CVL",),
    ),
    (
        "Police arrested six people in Multan.",
        "اعتقلت الشرطة ستة أشخاص في ملتان.",
        "پلیس شش نفر را در مولتان بازداشت کرد.",
        ("COERCE reported PAK:COP PAK:CVL",),
    ),
    (
        "Gunmen killed four policemen in Gwadar.",
        "قتل مسلحون أربعة من رجال الشرطة في غوادر.",
        "افراد مسلح چهار پلیس را در گوادر کشتند.",
        ("ASSAULT reported PAK:UAF PAK:COP",),
    ),
    (
        "Police arrested five people in Gyumri.",
        "اعتقلت الشرطة خمسة أشخاص في غيومري.",
        "پلیس پنج نفر را در گیومری بازداشت کرد.",
        ("COERCE reported ARM:COP ARM:CVL",),
    ),
    (
        "Police detained three protesters in Nakhchivan.",
        "اعتقلت الشرطة ثلاثة محتجين في ناخيتشيفان.",
        "پلیس سه معترض را در نخجوان بازداشت کرد.",
        ("COERCE reported AZE:COP AZE:CVL",),
    ),
    (
        "Police arrested two people in Sderot.",
        "اعتقلت الشرطة شخصين في سديروت.",
        "پلیس دو نفر را در سدروت بازداشت کرد.",
        ("COERCE reported ISR:COP ISR:CVL",),
    ),
    (
        "Police arrested eleven people in Rawalpindi.",
        "اعتقلت الشرطة أحد عشر شخصا في روالبندي.",
        "پلیس یازده نفر را در راولپندی بازداشت کرد.",
        ("COERCE reported PAK:COP PAK:CVL",),
    ),
    (
        "Police arrested five people in Hamadan.",
        "اعتقلت الشرطة خمسة أشخاص في مدينة همدان.",
        "پلیس پنج نفر را در همدان بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Protesters rallied in Urmia.",
        "تظاهر محتجون في أرومية.",
        "معترضان در ارومیه تجمع کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "Police arrested four people in Dezful.",
        "اعتقلت الشرطة أربعة أشخاص في دزفول.",
        "پلیس چهار نفر را در دزفول بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Students protested in Qazvin.",
        "احتج طلاب في مدينة قزوين.",
        "دانشجویان در قزوین اعتراض کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Police arrested three people in Mashhad.",
        "اعتقلت الشرطة ثلاثة أشخاص في مدينة مشهد.",
        "پلیس سه نفر را در مشهد بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    # towns of the fighting in Iraq, Syria, Lebanon and the West Bank
    (
        "Israeli troops arrested six Palestinians in Beit Jala.",
        "اعتقلت القوات الإسرائيلية ستة فلسطينيين في بيت جالا.",
        "نیروهای اسرائیلی شش فلسطینی را در بیت جالا بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "Police arrested four people in Kufa.",
        "اعتقلت الشرطة أربعة أشخاص في الكوفة.",
        "پلیس چهار نفر را در کوفه بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CVL",),
    ),
    (
        "Gunmen attacked a checkpoint in Muqdadiyah.",
        "هاجم مسلحون نقطة تفتيش في المقدادية.",
        "افراد مسلح به یک ایست بازرسی در مقدادیه حمله کردند.",
        ("ASSAULT reported IRQ:UAF",),
    ),
    (
        "Police arrested three people in Jounieh.",
        "اعتقلت الشرطة ثلاثة أشخاص في جونية.",
        "پلیس سه نفر را در جونیه بازداشت کرد.",
        ("COERCE reported LBN:COP LBN:CVL",),
    ),
    (
        "Police arrested five people in Jaramana.",
        "اعتقلت الشرطة خمسة أشخاص في جرمانا.",
        "پلیس پنج نفر را در جرمانا بازداشت کرد.",
        ("COERCE reported SYR:COP SYR:CVL",),
    ),
    (
        "Police arrested two men in Qalandia.",
        "اعتقلت الشرطة رجلين في قلنديا.",
        "پلیس دو مرد را در قلندیا بازداشت کرد.",
        ("COERCE reported PSE:COP PSE:CVL",),
    ),
    # towns of Yemen, Saudi Arabia, Egypt, Libya and Sudan
    (
        "Police arrested four people in Hofuf.",
        "اعتقلت الشرطة أربعة أشخاص في الهفوف.",
        "پلیس چهار نفر را در هفوف بازداشت کرد.",
        ("COERCE reported SAU:COP SAU:CVL",),
    ),
    (
        "Gunmen killed three soldiers in Rada'a.",
        "قتل مسلحون ثلاثة جنود في رداع.",
        "افراد مسلح سه سرباز را در رداع کشتند.",
        ("ASSAULT reported YEM:UAF YEM:MIL",),
    ),
    (
        "Police arrested six people in Kosti.",
        "اعتقلت الشرطة ستة أشخاص في كوستي.",
        "پلیس شش نفر را در کوستی بازداشت کرد.",
        ("COERCE reported SDN:COP SDN:CVL",),
    ),
    (
        "Police arrested two men in Tajoura.",
        "اعتقلت الشرطة رجلين في تاجوراء.",
        "پلیس دو مرد را در تاجورا بازداشت کرد.",
        ("COERCE reported LBY:COP LBY:CVL",),
    ),
    (
        "Police arrested five people in El Alamein.",
        "اعتقلت الشرطة خمسة أشخاص في العلمين.",
        "پلیس پنج نفر را در العلمین بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
    (
        "Protesters gathered in Atbara on Sunday.",
        "تظاهر محتجون في عطبرة يوم الأحد.",
        "معترضان روز یکشنبه در عطبره تجمع کردند.",
        ("PROTEST reported SDN:CVL SDN:GOV",),
    ),
    # towns of Afghanistan and Pakistan
    (
        "Gunmen killed two policemen in Gardez.",
        "قتل مسلحون شرطيين اثنين في جرديز.",
        "افراد مسلح دو پلیس را در گردیز کشتند.",
        ("ASSAULT reported AFG:UAF AFG:COP",),
    ),
    (
        "Police arrested six people in Khuzdar.",
        "اعتقلت الشرطة ستة أشخاص في خضدار.",
        "پلیس شش نفر را در خضدار بازداشت کرد.",
        ("COERCE reported PAK:COP PAK:CVL",),
    ),
    (
        "Soldiers killed four militants in Miranshah.",
        "قتل جنود أربعة مسلحين في ميرانشاه.",
        "سربازان چهار شبه\u200cنظامی را در میرانشاه کشتند.",
        ("ASSAULT reported PAK:MIL PAK:REB",),
    ),
    (
        "Police arrested three people in Chitral.",
        "اعتقلت الشرطة ثلاثة أشخاص في شيترال.",
        "پلیس سه نفر را در چترال بازداشت کرد.",
        ("COERCE reported PAK:COP PAK:CVL",),
    ),
    # towns of Turkey, the Caucasus and the Gulf
    (
        "Police detained twelve people in Cizre.",
        "اعتقلت الشرطة اثني عشر شخصا في جزيرة ابن عمر.",
        "پلیس دوازده نفر را در جزیره ابن عمر بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "Police arrested four people in Iskenderun.",
        "اعتقلت الشرطة أربعة أشخاص في الإسكندرونة.",
        "پلیس چهار نفر را در اسکندرون بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "Police arrested three protesters in Riffa.",
        "اعتقلت الشرطة ثلاثة محتجين في الرفاع.",
        "پلیس سه معترض را در رفاع بازداشت کرد.",
        ("COERCE reported BHR:COP BHR:CVL",),
    ),
    (
        "Police arrested two people in Mingachevir.",
        "اعتقلت الشرطة شخصين في منغاتشفير.",
        "پلیس دو نفر را در مینگه‌چویر بازداشت کرد.",
        ("COERCE reported AZE:COP AZE:CVL",),
    ),
    (
        "Police arrested five people in Batumi.",
        "اعتقلت الشرطة خمسة أشخاص في باتومي.",
        "پلیس پنج نفر را در باتومی بازداشت کرد.",
        ("COERCE reported GEO:COP GEO:CVL",),
    ),
    (
        "Police arrested three people in Nizwa.",
        "اعتقلت الشرطة ثلاثة أشخاص في نزوى.",
        "پلیس سه نفر را در نزوا بازداشت کرد.",
        ("COERCE reported OMN:COP OMN:CVL",),
    ),
    # datelines in the agencies' formats
    (
        "KARAJ, Iran (Reuters) - Police arrested five people on Monday.",
        "كرج (رويترز) - اعتقلت الشرطة خمسة أشخاص يوم الاثنين.",
        "به گزارش ایرنا از کرج، پلیس روز دوشنبه پنج نفر را بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "AHVAZ (AFP) - Protesters gathered outside the governor's office.",
        "الأهواز (أ ف ب) - تظاهر محتجون أمام مقر المحافظ.",
        "به گزارش خبرنگار ایرنا از اهواز، معترضان مقابل استانداری تجمع کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "TABRIZ, Iran - Police detained three students.",
        "تبريز - اعتقلت الشرطة ثلاثة طلاب.",
        "به گزارش خبرگزاری مهر از تبریز، پلیس سه دانشجو را بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:EDU",),
    ),
    (
        "MOSCOW (Reuters) - Police detained ten protesters.",
        "موسكو (رويترز) - اعتقلت الشرطة عشرة محتجين.",
        "به گزارش ایرنا از مسکو، پلیس ده معترض را بازداشت کرد.",
        ("COERCE reported RUS:COP RUS:CVL",),
    ),
    (
        "KABUL (Reuters) - Gunmen killed two policemen.",
        "كابل (رويترز) - قتل مسلحون شرطيين اثنين.",
        "به گزارش خبرنگار پژواک از کابل، افراد مسلح دو پلیس را کشتند.",
        ("ASSAULT reported AFG:UAF AFG:COP",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: a place's name that is also a word gives no country,
# and a head noun makes it the place.
CASES: list[tuple[str, str, set[str]]] = [
    (
        "Police seized 300 bottles of arak and arrested five people.",
        "en",
        {"COERCE reported -:COP -:CVL"},
    ),
    ("Police arrested five people in Arak.", "en", {"COERCE reported IRN:COP IRN:CVL"}),
    ("Police arrested five people in Kut.", "en", {"COERCE reported IRQ:COP IRQ:CVL"}),
    ("Police detained four men in East Azerbaijan.", "en", {"COERCE reported IRN:COP IRN:CVL"}),
    ("اعتقلت الشرطة خمسة أشخاص بحجة الإخلال بالأمن.", "ar", {"COERCE reported -:COP -:CVL"}),
    ("أكدت الشرطة بأنه تم اعتقال خمسة أشخاص.", "ar", {"COERCE reported -:COP -:CVL"}),
    ("اعتقلت الشرطة خمسة أشخاص في مشهد تكرر كثيرا.", "ar", {"COERCE reported -:COP -:CVL"}),
    ("اعتقلت الشرطة خمسة أشخاص في مدينة مشهد.", "ar", {"COERCE reported IRN:COP IRN:CVL"}),
    ("اعتقلت الشرطة خمسة أشخاص في محافظة حجة.", "ar", {"COERCE reported YEM:COP YEM:CVL"}),
    ("اعتقلت الشرطة خمسة أشخاص بتهمة التلاعب في البورصة.", "ar", {"COERCE reported -:COP -:CVL"}),
    ("اعتقلت الشرطة خمسة أشخاص في رفح.", "ar", {"COERCE reported PSE:COP PSE:CVL"}),
    ("كيف - سؤال يطرحه الجميع: اعتقلت الشرطة خمسة أشخاص.", "ar", {"COERCE reported -:COP -:CVL"}),
    ("كابل - أ ف ب - اعتقلت الشرطة خمسة أشخاص.", "ar", {"COERCE reported AFG:COP AFG:CVL"}),
    ("پلیس پنج نفر را در کنار باجه تلفن بازداشت کرد.", "fa", {"COERCE reported -:COP -:CVL"}),
    ("پلیس پنج نفر را در شهر کوت بازداشت کرد.", "fa", {"COERCE reported IRQ:COP IRQ:CVL"}),
    ("پلیس پنج نفر را در فاس بازداشت کرد.", "fa", {"COERCE reported MAR:COP MAR:CVL"}),
    (
        "به گزارش ایرنا از تهران، پلیس پنج نفر را بازداشت کرد.",
        "fa",
        {"COERCE reported IRN:COP IRN:CVL"},
    ),
    (
        "به گزارش ایسنا به نقل از رویترز از مسکو، پلیس پنج معترض را بازداشت کرد.",
        "fa",
        {"COERCE reported RUS:COP RUS:CVL"},
    ),
    # a surname made of a foreign town ("لنکرانی") or a word a town's name
    # begins ("کلیسای", a church's) gives no country
    (
        "پلیس پنج نفر را در نزدیکی کلیسای جامع شهر بازداشت کرد.",
        "fa",
        {"COERCE reported -:COP -:CVL"},
    ),
    (
        "اعتقلت الشرطة خمسة أشخاص في ليلة شديدة البرد القارص.",
        "ar",
        {"COERCE reported -:COP -:CVL"},
    ),
    # a name, a comma and a title before a dash is no dateline (since
    # types57fa his two years in prison in Tehran are read as well)
    (
        "نادر کریمی، خبرنگار ایرانی - کانادایی که دو سال در تهران زندانی بود، از دولت ایران شکایت کرد.",
        "fa",
        {"ACCUSE reported IRN:MED IRN:GOV", "COERCE reported IRN:COP IRN:MED CAN:"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # a Persian surname made of a foreign town ("نجفی", Najaf's) still reads
    # as the town; city names without the ending "ی" were tried and dropped
    # (a held-out figure fell)
    (
        "پلیس پنج نفر را بازداشت کرد و محمد نجفی این خبر را تایید کرد.",
        "fa",
        {"COERCE reported -:COP -:CVL"},
    ),
    # Arabic "تجمع محتجون" (protesters gathered) is no protest yet
    ("تجمع محتجون في سنندج يوم الجمعة.", "ar", {"PROTEST reported IRN:CVL IRN:GOV"}),
    # a bare Arabic "رجال" counted after a number stays no one
    (
        "اعتقلت الشرطة أربعة رجال في محافظة أذربيجان الشرقية.",
        "ar",
        {"COERCE reported IRN:COP IRN:CVL"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
