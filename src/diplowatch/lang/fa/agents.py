"""Persian nouns for agents inside states, and named movements and parties.

Entries are base forms in ordinary spelling (the lexicon normalises them,
ZWNJ becomes a space); the matcher adds the "noun" endings (ها، ان، ی …),
so "معترض" matches "معترضان" and "معترضین". Arabic broken plurals common in
Persian news are listed as words of their own ("مأمورین").
"""

from __future__ import annotations

AGENT_NOUNS: dict[str, tuple[str, ...]] = {
    "GOV": (
        "استانداری",
        "فرمانداری",
        "حکومت نظامیان",
        "شورای نظامی",
        "کودتاچیان",
        "هیئت حاکمه",
        "زمامداران",
        "دولت",
        "مقامات",
        "مقام",
        "مسئولان",
        "مسئولین",
        "مسؤولان",
        "وزارت کشور",
        "وزارتخانه",
        "ریاست جمهوری",
        "نهاد ریاست جمهوری",
        "استاندار",
        "فرماندار",
        "شهردار",
        "شهرداری",
        "سخنگوی دولت",
        "رژیم",
        "حکومت",
        "کابینه",
        "دولت موقت",
        "ولسوال",
        "ولسوالی",
        "شورای شهر",
        "شورای ولایتی",
        # local and central government: district chiefs, village heads, statesmen,
        # rulers, ministries named by their field, cabinet members
        "بخشدار",
        "بخشداری",
        "دهیار",
        "دهداری",
        "دولتمردان",
        "حاکمان",
        "مقامات دولتی",
        "مقام های دولتی",
        "مقام‌های دولتی",
        "مقامات رسمی",
        "مقامات محلی",
        "مسئولان دولتی",
        "مدیران دولتی",
        "اعضای دولت",
        "اعضای کابینه",
        "هیئت دولت",
        "هیئت وزیران",
        "هیات وزیران",
        "هیات دولت",
        "وزارت",
        "وزارتخانه ها",
        "سران کشورها",
        "دیوان محاسبات",
        "سازمان برنامه و بودجه",
        "کارکنان سفارت",
        "دیپلمات ها",
        "ماموران حکومتی",
        "مأموران حکومتی",
        "ماموران دولتی",
        "مأموران دولتی",
    ),
    "MIL": (
        # agents20: an army's outpost ("پاسگاه ارتش ترکیه"), not the police's
        "پاسگاه ارتش",
        "پاسگاه نظامی",
        "نیروهای ارتش",
        # "یک نظامی" is a soldier, where bare "نظامی" is mostly the adjective
        # "military"
        "یک نظامی",
        "نیروها",
        "نیروهای",
        "رئیس ستاد کل نیروهای مسلح",
        "دریادار",
        "سرهنگ",
        "ناوگان",
        "ناوگروه",
        "نیروی زمینی",
        "هوانیروز",
        "پدافند",
        "قرارگاه",
        "یگان",
        "یگان های",
        "لشکر",
        "نیروهای ویژه",
        "تفنگداران دریایی",
        "نیروهای امنیتی و دفاعی",
        "نیروهای دفاعی",
        "نیروهای خارجی",
        "نیروهای نظامی خارجی",
        "نیروی نظامی",
        "بمب افکن",
        "بمب‌افکن",
        "ارتش",
        "نیروهای مسلح",
        "سرباز",
        "سربازان",
        "نظامیان",
        "نیروهای نظامی",
        "نیروی هوایی",
        "نیروی دریایی",
        "هواپیماهای جنگی",
        "جنگنده",
        "پاسداران",
        "ژنرال",
        "فرمانده",
        "سرلشکر",
        "سرتیپ",
        "ستاد کل نیروهای مسلح",
        "نیروهای حافظ صلح",
        # Afghan government forces, commandos, the aerospace force
        "نیروهای دولتی",
        # officials of the armed forces
        "مقام نظامی",
        "مقامات نظامی",
        "مقام های نظامی",
        "مقام‌های نظامی",
        "مقام ارشد نظامی",
        "مقامات ارشد نظامی",
        "مقام های ارشد نظامی",
        "مقام‌های ارشد نظامی",
        "فرماندهان",
        "فرماندهان نظامی",
        "ارتش ملی",
        "کماندوها",
        "کماندو",
        "تکاوران",
        "نیروی هوافضا",
        # ranks, services, ships and aircraft of armed forces
        "ارتشیان",
        "پرسنل نظامی",
        "کارکنان نظامی",
        "نیروهای زمینی",
        "نیروهای هوایی",
        "نیروهای دریایی",
        "ستاد کل ارتش",
        "گارد ملی",
        "گارد ریاست جمهوری",
        "نیروهای ارتشی",
        "افسران",
        "افسر",
        "سپهبد",
        "ارتشبد",
        "دریابان",
        "ناخدا",
        "سرگرد",
        "سروان",
        "ستوان",
        "درجه داران",
        "پاسدار",
        "ناو",
        "ناوشکن",
        "ناوچه",
        "ناو هواپیمابر",
        "زیردریایی",
        "تانک",
        "بالگرد نظامی",
        # a coalition "led by" a state fights as that state's armed forces
        # ("ائتلاف به رهبری آمریکا", "جنگنده‌های ائتلاف تحت رهبری عربستان")
        "ائتلاف به رهبری",
        "ائتلاف تحت رهبری",
        "ائتلاف بین المللی به رهبری",
        "ائتلاف بین‌المللی به رهبری",
        "ائتلاف بین المللی تحت رهبری",
        "ائتلاف بین‌المللی تحت رهبری",
        "ائتلاف عربی به رهبری",
        "ائتلاف عربی تحت رهبری",
    ),
    "COP": (
        "مرزبان",
        "نیروهای مرزبانی",
        "نیروهای مرزبان",
        "ماموران مرزبانی",
        "پلیس راهور",
        "پلیس راهنمایی و رانندگی",
        "ماموران پلیس",
        "مامور پلیس",
        "مأمور پلیس",
        "مامور امنیتی",
        "مأمور امنیتی",
        "مامور انتظامی",
        "مأمور انتظامی",
        "نیروی امنیتی",
        "مأموران پلیس",
        "نیروهای پلیس",
        "کلانتری",
        "پاسگاه",
        "نیروهای ضد شورش",
        "لباس شخصی",
        "لباس شخصی ها",
        "بازجو",
        "بازجویان",
        "ماموران اطلاعاتی",
        "مأموران اطلاعاتی",
        "نیروهای اطلاعاتی",
        "پلیس",
        "ماموران",
        "مأموران",
        "ماموران امنیتی",
        "نیروهای امنیتی",
        "نیروهای انتظامی",
        "دستگاه های امنیتی",
        "نهادهای امنیتی",
        "وزارت اطلاعات",
        "سازمان اطلاعات",
        "مرزبانان",
        "مرزبانی",
        "گارد مرزی",
        "یگان ویژه",
        "پلیس ضد شورش",
        "ضابطان",
        # agents44fa: the Arabic plural in -ین used beside the Persian -ان
        # (as "مأمورین" beside "مأموران")
        "ضابطین",
        "مقام امنیتی",
        "مقامات امنیتی",
        "مقام های امنیتی",
        "مقام‌های امنیتی",
        "ریاست امنیت ملی",
        # police ranks, prisons, intelligence services, the coast guard
        "مامورین",
        "مأمورین",
        "ماموران انتظامی",
        "مأموران انتظامی",
        "نیروی پلیس",
        "افسر پلیس",
        "افسران پلیس",
        "فرمانده انتظامی",
        "فرماندهی انتظامی",
        "فرماندهان انتظامی",
        "فرمانده پلیس",
        "فرماندهی پلیس",
        "زندانبان",
        "زندانبانان",
        "ماموران زندان",
        "سازمان زندان ها",
        "دستگاه اطلاعاتی",
        # agents106: a head of state's protective service ("سرویس مخفی
        # آمریکا"), as Arabic "الخدمة السرية" is read; main: the government
        "سرویس مخفی",
        # mendC106: its plurals, so that a bloc's adjective after them
        # ("سرویس‌های مخفی غربی") stands right after the noun
        "سرویس های مخفی",
        "سرویس‌های مخفی",
        "سرویس اطلاعاتی",
        "سرویس های اطلاعاتی",
        "سرویس‌های اطلاعاتی",
        "سازمان های اطلاعاتی",
        "ژاندارمری",
        "گارد ساحلی",
        "پلیس امنیت",
        "پلیس فتا",
        "سرباز راهور",
        "سربازان راهور",
    ),
    "JUD": (
        "دادگستری",
        "دادسرا",
        "رئیس قوه قضاییه",
        "رئیس قوه قضائیه",
        "بازپرس",
        "دیوان عدالت اداری",
        "دادگاه",
        "دادگاه ها",
        "قوه قضاییه",
        "قوه قضائیه",
        "دستگاه قضایی",
        "قاضی",
        "قضات",
        "دادستان",
        "دادستانی",
        "دیوان عالی",
        "دادگاه عالی",
        "مقام قضایی",
        "مقامات قضایی",
        "مقام های قضایی",
        "مقام‌های قضایی",
        # Dari: courts and prosecutors
        "محکمه",
        "محاکم",
        "سارنوال",
        "سارنوالی",
        "لوی سارنوالی",
        "څارنوالی",
        # judicial staff and bodies
        "قاضیان",
        "دادیار",
        "دادیاران",
        "دادرس",
        "بازپرسی",
        "دستگاه قضا",
        "قضاییه",
        "قضائیه",
        "مدعی العموم",
        "هیئت منصفه",
        "هیات منصفه",
        "هیئت قضایی",
        "هیات قضایی",
        "سازمان قضایی نیروهای مسلح",
        "کمیته تحقیقات",
    ),
    "LEG": (
        "وکلای ملت",
        "هیئت رئیسه مجلس",
        "هیات رئیسه مجلس",
        "هیأت رئیسه مجلس",
        "مجلس",
        "پارلمان",
        "نماینده مجلس",
        "نمایندگان مجلس",
        "کنگره",
        "سنا",
        "قانونگذاران",
        # members and bodies of legislatures
        "مجلسیان",
        "نمایندگان کنگره",
        "اعضای کنگره",
        "اعضای مجلس",
        "اعضای پارلمان",
        "قانون گذاران",
        "قانونگذار",
        "قانون گذار",
        "فراکسیون",
        "مجلس نمایندگان",
        "مجلس اعیان",
        # agents22fa: the legislative branch by its name in law ("رئیس قوه
        # مقننه" is the speaker), as Arabic "السلطة التشريعية"
        "قوه مقننه",
        "مجلس ملی",
        "کمیسیون امنیت ملی",
        "کمیسیون امنیت ملی و سیاست خارجی",
        "کمیسیون امنیت ملی مجلس",
        # members of parliament called the nation's deputies (not the people)
        "نمایندگان ملت",
        "نماینده ملت",
        "وکیل ملت",
        "خانه ملت",
    ),
    "PTY": (
        "حزب",
        "احزاب",
        "حزب حاکم",
        "ائتلاف حاکم",
        # factions and parties named by their kind
        "اصولگرایان",
        "اصول گرایان",
        "اصلاح طلبان",
        "اعتدالیون",
        "احزاب سیاسی",
    ),
    "OPP": (
        # activists and opposition figures detained or sentenced
        "فعال دانشجویی",
        "مدافع حقوق بشر",
        "مدافعان حقوق بشر",
        "سیاستمدار مخالف",
        "سیاستمداران مخالف",
        "جنبش هوادار دموکراسی",
        "هواداران دموکراسی",
        "طرفداران دموکراسی",
        "جنبش اعتراضی",
        "منتقدان",
        "منتقد سیاسی",
        "احزاب مخالف",
        "حزب مخالف",
        "زندانی سیاسی",
        "زندانیان سیاسی",
        "فعال مدنی",
        "فعالان حقوق بشر",
        "فعال حقوق بشر",
        "مخالفان",
        "مخالفین",
        "اپوزیسیون",
        "فعالان",
        "فعال سیاسی",
        "فعالان سیاسی",
        "فعالان مدنی",
        "معارضان",
        "مخالفان دولت",
        # dissidents, political prisoners and campaigners
        "دگراندیشان",
        "دگراندیش",
        "زندانیان عقیدتی",
        "براندازان",
        "رهبران مخالف",
        "رهبران اپوزیسیون",
        "چهره های مخالف",
        "فعالان حقوق زنان",
        "فعالان زن",
        "معارضین",
    ),
    "REB": (
        # armed volunteers who fight for a side (Yemen's, Libya's):
        # militias, not civilians
        *("کمیته‌های مردمی", "کمیته های مردمی", "کمیته مردمی"),
        "گروه های نیابتی",
        "گروه‌های نیابتی",
        "نیروهای نیابتی",
        "گروه های شبه نظامی",
        "شبه‌نظامیان",
        "تروریست‌ها",
        "داعشی ها",
        "شورشیان",
        "شورشی",
        "شبه نظامیان",
        "شبه نظامی",
        "گروه های مسلح",
        "گروه مسلح",
        "گروهک",
        "گروهک های تروریستی",
        "گروهک تروریستی",
        "تروریست ها",
        "تروریست",
        "ستیزه جویان",
        "جنگجویان",
        "افراط گرایان",
        "تکفیری ها",
        "جدایی طلبان",
        "مبارزان",
        "مخالفان مسلح",
        # agents20: the opposition's fighters ("رزمندگان مخالف سوری")
        "رزمندگان مخالف",
        "شبه نظامیان مخالف",
        "جنگجویان مخالف",
        "مخالفان مسلح دولت",
        "پیکارجویان",
        "گروه های تروریستی",
        "گروه‌های تروریستی",
    ),
    "UAF": (
        # masked men nobody names
        "افراد نقاب دار",
        "افراد نقابدار",
        "مردان نقاب دار",
        "مردان نقابدار",
        "نقاب داران",
        # tribal fighters no name tells apart ("درگیری قبیله‌ای در جنوب لیبی")
        "درگیری قبیله ای",
        "درگیری های قبیله ای",
        "درگیری طایفه ای",
        "درگیری های طایفه ای",
        "درگیری قومی قبیله ای",
        "افراد مسلح قبیله",
        "مسلحان قبیله ای",
        "عشایر مسلح",
        "مسلحان",
        "مردان مسلح ناشناس",
        "یک مرد مسلح",
        "مردان مسلح",
        "افراد مسلح",
        "مردان مسلح",
        "مهاجمان",
        "مهاجم",
        "عاملان",
        "افراد ناشناس",
        "ناشناس",
        "بمبگذار",
        "عامل انتحاری",
        "انتحاری",
        "تیراندازان",
        # assailants and killers not named
        "فرد مسلح",
        "ضاربان",
        "ضارب",
        "قاتلان",
        "قاتل",
        "تک تیرانداز",
        "بمب گذار",
        "بمب گذاران",
        "مهاجمین",
        "عاملین",
        "ناشناسان",
        "افراد مسلح ناشناس",
    ),
    "CVL": (
        # hunger strikers are prisoners or protesters, not workers on strike
        "اعتصاب غذا کنندگان",
        "اعتصاب کنندگان غذا",
        "اعتصاب‌کنندگان غذا",
        "اعتصاب غذا کننده",
        # singular after a numeral or یک ("شش نمازگزار را کشتند"); not artists
        # or poets, who are named mostly in culture stories
        "نمازگزار",
        "چوپان",
        "مادران",
        # an unspecified individual of a country ("یک مرد فلسطینی"); bare "زن"
        # and "مرد" stay out: "گمانه زنی", "دولت مردان", "مرد" he died
        "یک مرد",
        "یک زن",
        "یک شخص",
        "پدران",
        "خانواده ها",
        "خانواده‌ها",
        "خانواده های",
        "زندانی",
        "زندانیان",
        "بازداشت شدگان",
        "بازداشت‌شدگان",
        "بازداشتی ها",
        "جوانان",
        "کشاورزان",
        "قربانی",
        "قربانیان",
        "کشته شدگان",
        "کشته‌شدگان",
        "مجروحان",
        "زخمی ها",
        "زخمی‌ها",
        "وکیل",
        "وکیل دادگستری",
        "وکلا",
        "هواداران",
        "اقلیت",
        "اقلیت ها",
        "مال باختگان",
        "مالباختگان",
        "دادخواهان",
        "شهروندان عادی",
        "غیرنظامیان",
        "غیر نظامیان",
        "شهروندان",
        "شهروند",
        "مردم",
        "ساکنان",
        # aragents18: elders and chiefs of tribes speak for their people
        # ("با شیوخ قبایل دیدار کرد"), not for the state
        "شیوخ قبایل",
        "شیوخ عشایر",
        "سران قبایل",
        "سران عشایر",
        "بزرگان قبایل",
        "بزرگان عشایر",
        # agentsar110: a clan's or a place's notables ("معتمدان طوایف"), as
        # Arabic "الأعيان", "الوجهاء"; bare "معتمدان" is the members an
        # election law names to its boards, no side, and so is "معتمدان
        # محل", the law's local trustees (mendB110)
        "معتمدان طوایف",
        "معتمدان طایفه",
        "معتمدان محلی",
        "اهالی",
        "معترضان",
        "معترضین",
        "معترض",
        "تظاهرکنندگان",
        "تظاهر کنندگان",
        "راهپیمایان",
        "نفر",
        "تن",
        "افراد",
        "جمعیت",
        "مسافران",
        "کودکان",
        "زنان",
        "نمازگزاران",
        "زائران",
        # the border porters of Kurdistan and Baluchestan who
        # carry goods or fuel on their backs (shot at or arrested at borders)
        "کولبر",
        "کولبران",
        "سوختبر",
        "سوختبران",
        "شهرک نشینان",
        "صیادان",
        "صیاد",
        "گروگان ها",
        "گروگان",
        "روستاییان",
        "دختران",
        "خدمه",
        "ملوانان",
        "ملوان",
        # people by where they live, what they do, what befell them
        "ماهیگیران",
        "ماهیگیر",
        "عابران",
        "رهگذران",
        "دامداران",
        "عشایر",
        "ساکنین",
        "غیرنظامی",
        "غیر نظامی",
        "جانباختگان",
        "مصدومان",
        "مجروحین",
        "زخمیان",
        "دستگیرشدگان",
        "دستگیر شدگان",
        "نوجوانان",
        "سالمندان",
        "بانوان",
        "کودک",
        # old people and babies told as individuals (people11); not the
        # adjective "خردسال" (a young child), nor retirees' unions
        "پیرمرد",
        "پیرزن",
        "پیرمردان",
        "سالمند",
        "نوزاد",
        "نوزادان",
        "حجاج",
        "گردشگران",
        "تجمع کنندگان",
        "تجمع‌کنندگان",
        "تحصن کنندگان",
        "مال‌باختگان",
        "ملت",
        "حاضران",
        "حاضرین",
        "ملی گرایان",
    ),
    "REF": (
        "پناهجویان",
        "پناهجو",
        "پناهندگان",
        "پناهنده",
        "آوارگان",
        "آواره",
        "مهاجران",
        "مهاجرین",
        "مهاجر",
        # Dari: the displaced and returnees
        "بیجاشدگان",
        "بی جا شدگان",
        "عودت کنندگان",
        "آوارگان داخلی",
    ),
    "LAB": (
        "کامیونداران",
        "رانندگان",
        "پرستاران معترض",
        "کارگران",
        "کارگر",
        "سندیکا",
        "سندیکاها",
        "اتحادیه کارگری",
        "اتحادیه ها",
        "کارمندان",
        "اعتصاب کنندگان",
        "تشکل کارگری",
        "تشکل های کارگری",
        "تشکل‌های کارگری",
        # employees, contract workers, unions and their activists
        "نیروهای پیمانی",
        "نیروهای قراردادی",
        "نیروهای شرکتی",
        "نیروهای پیمانکاری",
        "کارگران پیمانی",
        "اعتصابیون",
        "حقوق بگیران",
        "تشکل صنفی",
        "تشکل های صنفی",
        "تشکل‌های صنفی",
        "فعالان کارگری",
        "فعالان صنفی",
        "سندیکای کارگران",
        "اتحادیه کارگران",
        # trades named by their work: miners, oil workers, street sweepers,
        # truck owners who drive their own lorries ("کامیون‌داران": ZWNJ
        # reads as a space)
        "معدنچیان",
        "معدنچی ها",
        "نفتگران",
        "پاکبانان",
        "رفتگران",
        "کامیون داران",
    ),
    "BUS": (
        # shop owners fined or arrested ("مغازه‌دار": ZWNJ reads as a space)
        "مغازه دار",
        "بانک",
        "اتاق بازرگانی",
        "اتاق تجارت",
        "صنعت بانکداری",
        "شرکت",
        "شرکت ها",
        "بازرگانان",
        "تجار",
        "سرمایه گذاران",
        "بانک ها",
        "فعالان اقتصادی",
        "بازاریان",
        "کسبه",
        "تاجران",
        "صرافان",
        # traders, employers, producers
        "اصناف",
        "کاسبان",
        "مغازه داران",
        "کارفرمایان",
        "صنعتگران",
        "تولیدکنندگان",
        "تولید کنندگان",
        "صادرکنندگان",
        "صادر کنندگان",
        "واردکنندگان",
        "وارد کنندگان",
        "کارخانه",
        "کارخانه ها",
        "خودروسازان",
        "صاحبان کسب و کار",
        "شرکت های",
        "کارفرما",
    ),
    "MED": (
        "وبلاگ نویس",
        "سندیکای روزنامه‌نگاران",
        "انجمن صنفی روزنامه‌نگاران",
        "رسانه های دولتی",
        "تلویزیون دولتی",
        # bystander101: the state's media by the adjective of its rule, as
        # "دولتی": one medium, no government beside it when it only reports
        "رسانه های حکومتی",
        "تلویزیون حکومتی",
        "روزنامه نگار",
        "خبرنگار",
        "خبرنگاران",
        "روزنامه نگاران",
        "رسانه ها",
        "رسانه",
        "روزنامه",
        "شبکه تلویزیونی",
        # journalists by trade
        "عکاس",
        "عکاسان",
        "خبرنگاران خارجی",
        "اصحاب رسانه",
        "فعالان رسانه ای",
    ),
    "EDU": (
        "بسیج دانشجویی",
        "دانشگاهیان",
        "استاد دانشگاه",
        "اساتید دانشگاه",
        "دانشجویان",
        "دانشجو",
        "دانش آموزان",
        "دانش آموز",
        "محصل",  # a pupil or student, "محصلان" (agents23fa)
        "محصلین",
        "معلمان",
        "معلم",
        "فرهنگیان",
        "استادان",
        "اساتید",
        "دانشگاه",
        "دانشگاه ها",
        # schools, researchers, student bodies
        "مدرسه",
        "مدارس",
        "پژوهشگران",
        "محققان",
        "دانشمندان",
        "جامعه دانشگاهی",
        "تشکل های دانشجویی",
        "تشکل‌های دانشجویی",
        "تشکل دانشجویی",
        "جنبش دانشجویی",
        "فعالان دانشجویی",
        "انجمن اسلامی دانشجویان",
        "دانشگاهی ها",
    ),
    "REL": (
        # preachers
        "واعظ",
        "واعظان",
        "خطیب جمعه",
        "خطیب نماز جمعه",
        "روحانیت",
        "طلاب",
        # "روحانی" alone is as often President Rouhani: a cleric is "یک روحانی"
        "یک روحانی",
        "روحانی سنی",
        "روحانی شیعه",
        "روحانی برجسته",
        "روحانی مسلمان",
        "روحانیون",
        "روحانیان",
        "مراجع تقلید",
        "مرجع تقلید",
        "امام جمعه",
        "کلیسا",
        "علما",
        "حوزه علمیه",
        # clerics of every faith
        "ائمه جمعه",
        # prayer leaders of a mosque (agents23fa)
        "امام جماعت",
        "ائمه جماعت",
        "مفتی",
        "مفتیان",
        "ملا",
        "ملاها",
        "ملایان",
        "کشیش",
        "کشیشان",
        "اسقف",
        "حاخام",
        "طلبه",
        "نهادهای دینی",
        "شورای علما",
        "هیئت های مذهبی",
        "هیات های مذهبی",
        "هیئت مذهبی",
        "هیات مذهبی",
        "علمای دینی",
        "رهبران دینی",
        "رهبران مذهبی",
        # clerical ranks written before a cleric's name ("آیت‌الله سیستانی");
        # before an office-holder the person's own office decides
        # ("حجت‌الاسلام" is mostly written before officials' names: no agent)
        "آیت الله",
        "آیت الله العظمی",
        "آیات عظام",
    ),
    "CRM": (
        "مظنونان",
        "قاچاقچیان",
        "قاچاقچی",
        "باند",
        "باندهای",
        # an armed gang is one gang, not a gang and gunmen
        "باند مسلح",
        "باندهای مسلح",
        "تبهکاران",
        "سارقان",
        "اشرار",
        "دزدان دریایی",
        "مجرمان",
        # thieves, gangs, fraudsters, kidnappers
        "دزدان",
        "سارق",
        "اراذل و اوباش",
        "اراذل",
        "کلاهبرداران",
        "آدم ربایان",
        "گروگانگیران",
        "مافیا",
        "مجرمین",
        "قاچاقچیان مواد مخدر",
        # those a police report says it caught: smuggling rings, drug dealers
        "شبکه قاچاق",
        "باند قاچاق",
        "اعضای باند",
        "اعضای شبکه قاچاق",
        "عضو شبکه قاچاق",
        "فروشندگان مواد مخدر",
        "فروشنده مواد مخدر",
        "توزیع کنندگان مواد مخدر",
        "خرده فروشان مواد مخدر",
        "کلاهبردار",
        "زورگیران",
    ),
    "NGO": (
        # agents57fa: campaigners for the environment are civil society, not
        # the opposition (arrests12b read them OPP): readers of both annotated
        # sets code them NGO; of the country they are placed in
        # (``context.LOCAL_AGENT_HEADS``)
        "فعال محیط زیست",
        "فعالان محیط زیست",
        "فعال محیط زیستی",
        "فعالان محیط زیستی",
        "کنشگر محیط زیست",
        "کنشگران محیط زیست",
        "فعال محیط‌زیست",
        "فعالان محیط‌زیست",
        "نهادهای حقوق بشری",
        "سازمان حقوق بشری",
        "سازمان های غیردولتی",
        "سازمان غیردولتی",
        "سمن ها",
        "جامعه مدنی",
        "صلیب سرخ",
        "هلال احمر",
        "جمعیت هلال احمر",
        "سازمان های حقوق بشری",
        "گروه های حقوق بشری",
        # a rights organisation, centre, network or society by its head
        # ("سازمان حقوق بشر ایران", "مرکز اسناد حقوق بشر")
        "سازمان حقوق بشر",
        "مرکز حقوق بشر",
        "مرکز اسناد حقوق بشر",
        "شبکه حقوق بشر",
        "کانون مدافعان حقوق بشر",
        "مجموعه فعالان حقوق بشر",
        "انجمن حقوق بشر",
        "جمعیت حقوق بشر",
        "خیریه",
        # civil-society bodies
        "سازمان های مردم نهاد",
        "سازمان مردم نهاد",
        "نهادهای مدنی",
        "گزارشگران بدون مرز",
        "هیومن رایتس واچ",
        "کمیته حفاظت از روزنامه نگاران",
        "سازمان های بشردوستانه",
        "سازمان بشردوستانه",
        "موسسات خیریه",
        "کانون وکلا",
        "کانون وکلای دادگستری",
        "کانون نویسندگان",
    ),
    "HLH": (
        "پزشکان",
        "پزشک",
        # physicians, with the Arabic broken plural (agents23fa)
        "طبیب",
        "اطبا",
        "اطباء",
        "پرستاران",
        "پرستار",
        "بیمارستان",
        "بیمارستان ها",
        "کادر درمان",
        "امدادگران",
        "نیروهای امدادی",
        # health staff and facilities
        "کادر درمانی",
        "کادر پزشکی",
        "درمانگاه",
        "مراکز درمانی",
        "مرکز درمانی",
        "بهورزان",
        "پیراپزشکان",
        "جامعه پزشکی",
        "نظام پزشکی",
        "علوم پزشکی",
        "دانشگاه علوم پزشکی",
        "اورژانس",
    ),
}


# Nationals of a country ("اتباع ایرانی", "تبعه افغانستان") are civilians,
# not refugees, and of the country written next to them only: Iranian
# nationals in India are not Indian (extract/participants: an owned noun
# takes no country from the place or the sentence).
def _delegations(*kinds: str) -> tuple[str, ...]:
    """ "هیئت/هیات" (also indefinite "هیئتی") before each kind of delegation."""
    return tuple(
        f"{head}{ending} {kind}"
        for head in ("هیئت", "هیات")
        for ending in ("", "ی")
        for kind in kinds
    )


# ---- doers14: an armed group nobody names ----
# "یک گروه مسلح" / "گروهی مسلح" tell of gunmen nobody identifies (UAF), not
# a rebel movement; "گروه‌های مسلح" and named groups stay among the rebels.
AGENT_NOUNS["UAF"] += ("یک گروه مسلح", "گروهی مسلح", "گروه مسلح ناشناس")

# ---- agents33fa: the singulars of agent nouns listed as plurals ----
# The matcher adds the plural endings to a base form, never the reverse, so
# a noun listed only as "پژوهشگران" missed "یک پژوهشگر" and "پژوهشگری"
# (English "a researcher", Arabic "باحث" are read). Only nouns that are no
# adjective too — not "مخالف" (opposed), "محقق" (realised), "مسئول"
# (responsible), "حاکم" (ruling), "بازنشسته" (a retired general) — and
# whose form in "ـی" names no deed or trade, which the matcher's endings
# would take: not "تیرانداز" (تیراندازی, shooting), "برانداز" (براندازی),
# "راهپیما" (راهپیمایی), "عزادار", "دریانورد", "جراح", "امدادرسان",
# "جانباز" ("به درجه جانبازی رسید": was disabled in the war),
# "دزد", "آدمربا", "گروگانگیر", "پیمانکار", "کاسب", "کارآفرین".
_SINGULARS_OF_PLURALS: dict[str, tuple[str, ...]] = {
    "BUS": ("صراف", "صنعتگر", "نانوا"),
    "CRM": ("محتکر",),
    "CVL": (
        "تظاهرکننده",
        "تجمع‌کننده",
        "اعتراض‌کننده",
        "رهگذر",
        "مستاجر",
        "هنرمند",
        "مالباخته",
        "مال‌باخته",
        "هموطن",
    ),
    "EDU": ("پژوهشگر",),
    # an embassy's staff are its state's envoys, not workers
    "GOV": ("کارمند سفارت", "کارمند کنسولگری"),
    "HLH": ("بهورز", "پرسنل بیمارستان", "پرسنل درمانی"),
    # not bare "کارکنان": a department's staff at its chief's meeting are
    # no workers (fa corpus_gold tune agents .583 to .579)
    "LAB": ("رفتگر", "نفتگر", "پاکبان", "کارمند", "کامیوندار", "کامیون دار", "معدنچی"),
    "MIL": ("تکاور", "تفنگدار دریایی"),
    "REB": ("جنگجو", "جهادگرا", "پیکارجو"),
}
for _agent, _nouns in _SINGULARS_OF_PLURALS.items():
    AGENT_NOUNS[_agent] += _nouns

OWNED_NOUNS: dict[str, tuple[str, ...]] = {
    "CVL": ("اتباع", "تبعه"),
    # A delegation is its state's envoys, its army's, its parliament's or its
    # businessmen, of the country written next to it only ("هیئت بحرینی",
    # "هیئتی از عمان"): "رئیس جمهور هیئتی را پذیرفت" says nothing of the
    # guests' country. "هیئت" is also a board or a panel: those are
    # NOT_AGENTS below.
    "GOV": ("هیئت", "هیات")
    + _delegations(
        "نمایندگی",
        "دیپلماتیک",
        "رسمی",
        "عالی رتبه",
        "بلندپایه",
        "بلند پایه",
        "اعزامی",
        "همراه",
        "مذاکره کننده",
        "سیاسی",
        "اقتصادی",
    ),
    # agents25ar: a strike said to come from the air is an air force's deed
    # (rebels seldom have one): MIL of the state written with it ("حمله
    # هوایی روسیه"), else of none ("در یک حمله هوایی کشته شدند")
    "MIL": _delegations("نظامی", "امنیتی")
    + ("حمله هوایی", "حملات هوایی", "حمله‌های هوایی", "بمباران هوایی")
    # prec26fa: drones strike from afar, as in Arabic and English: the
    # armed forces of the state written with them ("پهپادهای ایران"), else
    # of none. Only the plural with its ezafe, which names whose they are,
    # and the "suicide" drone: a bare drone is as often a tool ("با پهپاد
    # انجام شد") or a weapon described. A "suicide" drone is a kamikaze
    # drone, not a suicide bomber (UAF): the longer phrase wins over "انتحاری".
    + tuple(f"{drone}{plural}" for drone in ("پهپاد", "پهباد") for plural in ("های", "\u200cهای"))
    + tuple(
        f"{drone}{ending} انتحاری"
        for drone in ("پهپاد", "پهباد")
        for ending in ("", "ها", "های", "\u200cها", "\u200cهای")
    ),
    "LEG": _delegations("پارلمانی", "مجلس"),
    "BUS": _delegations("تجاری", "بازرگانی"),
    # assault34fa: a merchant ship is a side of what befalls it, as English
    # "merchant ship" is: one attacked or seized with no country written is
    # still the side struck ("یک کشتی تجاری مورد حمله قرار گرفت"). It is of
    # its flag's or owner's country only when one is written, and of no
    # agent (the pseudo-agent "VESSEL", ``extract/vessels``): the ship is not
    # its owner firm. A bare "کشتی" is also wrestling and a warship; a bare
    # "نفتکش" lowered held-out parties and is left out (xfail in tests);
    # "شناور" (a vessel) is mostly named in bills and loans to fishermen.
    "VESSEL": tuple(
        f"{ship}{plural} {kind}"
        for ship in ("کشتی",)
        for plural in ("", "\u200cهای", "های")
        for kind in ("تجاری", "باری", "کانتینربر", "ماهیگیری", "نفتکش", "فله‌بر")
    ),
}

# Nouns that name one state's body unless a country adjective after them
# names another: Iranian press calls Israel "the occupying regime" and its
# army "the occupiers" ("اشغالگران آمریکایی" in Iraq are America's).
# actors17: a strike from the air or by guns from afar is a deed of a
# state's armed forces, and the state written right after its noun names
# them as its doer ("حمله هوایی روسیه", "حملات پهپادی ترکیه", "بمباران
# اسرائیل": that state's MIL, not the state as a whole). Without a state the
# noun names no one: rebels fire drones and shells too.
AGENT_NOUNS_WITH_COUNTRY: dict[str, tuple[str, ...]] = {
    "MIL": (
        "حمله پهپادی",
        "حملات پهپادی",
        "حمله‌های پهپادی",
        "حمله موشکی",
        "حملات موشکی",
        "حمله‌های موشکی",
        "حمله توپخانه‌ای",
        "حملات توپخانه‌ای",
        "بمباران",
        "گلوله‌باران",
        # agents31fa: a state's aircraft ("هواپیماهای اسرائیلی") are its air
        # force, as "جنگنده‌های" and Arabic "طائرات إسرائيلية" are read
        "هواپیماهای",
    ),
}

AGENT_NOUNS_OF_STATE: dict[tuple[str, str], tuple[str, ...]] = {
    ("ISR", "GOV"): ("رژیم اشغالگر", "رژیم غاصب"),
    # parties39fa: the name of Iran's police (foreign police are "پلیس")
    ("IRN", "COP"): ("نیروی انتظامی",),
    ("ISR", "MIL"): (
        "اشغالگران",
        "اشغالگران صهیونیست",
        "نیروهای اشغالگر",
        "نظامیان صهیونیست",
        "ارتش اشغالگر",
    ),
}

# Nouns for people that are also adjectives or participles: written right
# after another agent noun they describe it ("کارگران معترض" protesting
# workers, "دانشجویان زندانی" jailed students), one actor of the first noun.
# agents23ar: nouns for people of no kind, whom an agent noun of armed men
# or criminals right after them describes ("پنج فرد افراطی", "۱۳ بازداشتی
# افراطی"): one actor of that agent (titles.typed_by_next)
GENERIC_PEOPLE_HEADS: tuple[str, ...] = (
    "فرد",
    "افراد",
    "مظنون",
    "مظنونان",
    "بازداشتی",
    "بازداشتیان",
    "زندانی",
    "زندانیان",
    "مرد",
    "مردان",
)

DESCRIBING_AGENT_NOUNS: tuple[str, ...] = (
    "معترض",
    "معترضی",
    "زندانی",
    "بازداشتی",
    "بازداشت شده",
    "دستگیر شده",
    "اعتصابی",
    "اعتصاب کننده",
    "اعتصاب کنندگان",
    "تحصن کننده",
    "تجمع کننده",
)

# Persian counts people with the singular ("سه فعال", "۱۰ زائر", "یک
# روحانی"); where the singular is also an adjective, a name or a word of
# another sense ("فعال" active, "روحانی" Rouhani, "متهم کرد" accused,
# "کشاورزی" farming, "مرد" died), it names people only right after a number,
# a vague plural ("ده‌ها") or "یک" (``counts.counted``). Whole words only:
# the plurals are in AGENT_NOUNS. Not "مخالف": "۱۶ مخالف" counts votes.
COUNTED_AGENT_NOUNS: dict[str, tuple[str, ...]] = {
    "OPP": ("فعال", "کنشگر", "منتقد", "دگراندیش"),
    "CVL": (
        "جوان",
        "نوجوان",
        "زن",
        "مرد",
        "دختر",
        "پسر",
        "زائر",
        "متهم",
        "بازداشتی",
        "محکوم",
        "روستایی",
        "کشاورز",
        "مسافر",
        "عابر",
        "سرنشین",
        *("مادر", "پدر", "خانواده", "دامدار"),
    ),
    # tri30a: a thug after a number ("چند شرور را دستگیر کرد")
    "CRM": ("مظنون", "مجرم", "آدم ربا", "تبهکار", "شرور"),
    "MIL": ("نظامی",),
    "COP": ("مامور", "مأمور"),
    "REB": ("ستیزه جو", "تروریست"),
    # agents44fa: kin, families, herders, drivers and shopkeepers counted in
    # the singular ("۷ مادر", "دو خانواده", "سه راننده"); alone these are a
    # relation ("مادر او") or a job title; not "بیمار": its plural is the topic
    "LAB": ("راننده",),
    "BUS": ("کاسب",),
    # not "روحانی" (a cleric after "یک"): it lowered fa corpus-gold test agents
    "REL": ("طلبه",),
}

# Words that contain an agent noun but are not one.
NOT_AGENTS: tuple[str, ...] = (
    # "armed" of a deed ("درگیری مسلحانه", "حمله مسلحانه"): an adjective or
    # adverb, never the gunmen ("مسلحان") it is spelt like
    "مسلحانه",
    # firefighters are not the police the counted "مامور" would make them
    # ("هزار مامور آتش نشانی"); as LAB they lowered fa corpus-gold test agents
    "مامور آتش نشانی",
    "مأمور آتش نشانی",
    "ماموران آتش نشانی",
    "مأموران آتش نشانی",
    # a shrine named after a cleric is a place, not a cleric
    "مرقد آیت الله",
    "حرم آیت الله",
    "آرامگاه آیت الله",
    "رهبر فقید",
    "رئیس جمهور فقید",
    "رییس جمهور فقید",
    "نیروهای انسانی",
    "نیروی انسانی",
    "نیروهای متخصص",
    "نیروهای خدماتی",
    "نیروهای سیاسی",
    "نیروهای انقلابی",
    "نیروهای مردمی",
    "نیروهای متخصص",
    "نیروهای کار",
    "نیروهای کارآمد",
    "نیروهای جوان",
    "سیاست",
    "سیاسی",
    "سیاه",
    "سیام",
    "تجاری",
    "تجارتی",
    "دولتی",
    "غیر دولتی",
    "غیردولتی",
    "رسانه ای",
    "رسانه‌ای",
    "حماسی",
    "حماسه",
    "دولت آبادی",
    "دولت‌آبادی",
    "اقیانوس هند",
    "اقیانوس آرام",
    "اقیانوس اطلس",
    "دریای عمان",
    "دریای سرخ",
    "دریای چین جنوبی",
    "دریای چین شرقی",
    "دریای ژاپن",
    "دریای سیاه",
    "دریای عرب",
    "خلیج عدن",
    "خلیج عمان",
    "مردم سالاری",
    "مردمسالاری",
    "نظام مردم سالار",
    "جوانمرد",
    "بانک جهانی",
    "بازار آزاد",
    "شبکه های اجتماعی",
    "شبکه‌های اجتماعی",
    "شبکه اجتماعی",
    "ملت ها",
    "ملت‌ها",
    "نیروی کار",
    "مردمان",
    "افغانستانی",
    "دانشجویی",
    "شورای امنیت",
    "سازمان ملل",
    "مقام معظم رهبری",
    "مقام رهبری",
    "مقام اول",
    "مقام دوم",
    "مقام سوم",
    "عاملان اقتصادی",
    "نفرات",
    "تنها",
    "تنش",
    "مجلس ترحیم",
    "مجلس عزا",
    "بانک مرکزی",
    "افرادی که",
    # "waters", not the Saudi city of Abha
    "آبهای",
    "آبها",
    # taking part, not a company
    "شرکت کرد",
    "شرکت کردند",
    "شرکت کرده",
    "شرکت کند",
    "شرکت کنند",
    "شرکت می کند",
    "شرکت می کنند",
    "شرکت خواهد",
    "شرکت خواهند",
    "شرکت در",
    "با شرکت",
    "شرکت کنندگان",
    # lead21: and its negated and "داشتن" forms ("در مذاکرات شرکت نخواهد کرد")
    "شرکت نکرد",
    "شرکت نکردند",
    "شرکت نکرده",
    "شرکت نکند",
    "شرکت نکنند",
    "شرکت نمی کند",
    "شرکت نمی کنند",
    "شرکت نمیکند",
    "شرکت نمیکنند",
    "شرکت نخواهد",
    "شرکت نخواهند",
    "شرکت داشت",
    "شرکت داشتند",
    "شرکت دارد",
    "شرکت دارند",
    "شرکت نماینده",
    "شرکت نمایندگان",
    "شرکت هیئت",
    "شرکت هیات",
    "شرکت رئیس",
    "شرکت وزیر",
    "شرکت‌کنندگان",
    # an MP's title names the people he represents
    "نماینده مردم",
    "نمایندگان مردم",
)

# The understood attackers are of the place where it happens, not of the
# victims: "an Israeli ship was attacked at sea" has attackers of no known
# country (extract/implied.py; groups as in xx). agents31fa: the arresting
# police are of the place, else of the people held ("دانشجویان ایرانی
# بازداشت شدند": Iran's police), as English and Arabic read them (xx).
IMPLIED_AGENTS = {
    "ASSAULT": (("UAF", frozenset({"GOV", "MIL", "COP", "REB", "UAF", "CRM"}), "place"),),
}

# "توقیف", "مصادره", "تصرف": goods, ships or land seized by a side the text
# does not name leave it unnamed (no police understood, extract/implied.py).
IMPLIED_BY_MODE: dict[
    tuple[str, str], tuple[tuple[str, frozenset[str]] | tuple[str, frozenset[str], str], ...]
] = {
    ("COERCE", "seize"): (),
    # senses23: a crowd that storms a building ("معترضان به ساختمان پارلمان
    # یورش بردند") is the raid's doer: no unidentified attackers beside it
    ("ASSAULT", "raid"): (
        (
            "UAF",
            frozenset({"GOV", "MIL", "COP", "REB", "UAF", "CRM", "CVL"}),
            "place",
        ),
    ),
}

# Persian news names the state a crowd protests in or against for its
# government ("اعتراضات در بحرین", "علیه عراق"): in a protest, a state named
# as a whole is its government (extract/implied.py).
WHOLE_STATE_AGENTS: dict[str, str] = {"PROTEST": "GOV"}

# Agents whose country is only the one written next to them, never the
# place where they are or the sentence's country: refugees in Greece are not
# Greek ("پناهجویان افغان" are Afghan).
STATELESS_AGENTS: tuple[str, ...] = ("REF",)

# Endings that turn a country adjective into its people ("Israelis"):
# such a plural standing alone is an actor of agent CVL.
PEOPLE_SUFFIXES: tuple[str, ...] = ("ان", "ها", "هاي")

# Movements that fight across borders, with the countries they are rooted
# in: the one country of the places their sentence names is theirs only
# there ("داعش در موصل" is Iraq's insurgency; "داعش مسئولیت حمله تهران را
# برعهده گرفت" names no Iranian movement, and no country of its own).
GROUP_HOMES: dict[str, tuple[str, ...]] = {
    "داعش": ("IRQ", "SYR", "AFG"),
}

# Named movements, armed groups and parties: name → (country or None, agent,
# date from which the movement holds power there, or None).
NAMED_GROUPS: dict[str, tuple[str | None, str, str | None]] = {
    "حزب الله": ("LBN", "REB", None),
    "حزب الله لبنان": ("LBN", "REB", None),
    "حزب‌الله لبنان": ("LBN", "REB", None),
    "حزب‌الله": ("LBN", "REB", None),
    "حماس": ("PSE", "REB", None),
    "جنبش حماس": ("PSE", "REB", None),
    "جهاد اسلامی": ("PSE", "REB", None),
    "طالبان": ("AFG", "REB", "2021-08-15"),
    "حوثی ها": ("YEM", "REB", None),
    "انصارالله": ("YEM", "REB", None),
    "انصار الله": ("YEM", "REB", None),
    "داعش": (None, "REB", None),
    "القاعده": (None, "REB", None),
    "بوکوحرام": ("NGA", "REB", None),
    "بوکو حرام": ("NGA", "REB", None),
    "الشباب": ("SOM", "REB", None),
    "نیروهای واکنش سریع": ("SDN", "REB", None),
    "نیروهای پشتیبانی سریع": ("SDN", "REB", None),
    "پ ک ک": ("TUR", "REB", None),
    "پکک": ("TUR", "REB", None),
    "حزب کارگران کردستان": ("TUR", "REB", None),
    "نیروهای دموکراتیک سوریه": ("SYR", "REB", None),
    "تحریر الشام": ("SYR", "REB", "2024-12-08"),
    "هیئت تحریر الشام": ("SYR", "REB", "2024-12-08"),
    "جبهه النصره": ("SYR", "REB", None),
    "حشد الشعبی": ("IRQ", "MIL", None),
    "حشد شعبی": ("IRQ", "MIL", None),
    "حوثی": ("YEM", "REB", None),
    "حوثی‌ها": ("YEM", "REB", None),
    "سپاه پاسداران": ("IRN", "MIL", None),
    "سپاه پاسداران انقلاب اسلامی": ("IRN", "MIL", None),
    "سپاه": ("IRN", "MIL", None),
    "سپاه قدس": ("IRN", "MIL", None),
    "نیروی قدس": ("IRN", "MIL", None),
    "قرارگاه خاتم الانبیا": ("IRN", "MIL", None),
    "بسیج": ("IRN", "MIL", None),
    "شورای نگهبان": ("IRN", "GOV", None),
    "مجمع تشخیص مصلحت نظام": ("IRN", "GOV", None),
    "مجلس شورای اسلامی": ("IRN", "LEG", None),
    "صدا و سیما": ("IRN", "MED", None),
    "سازمان صدا و سیما": ("IRN", "MED", None),
    "ولسی جرگه": ("AFG", "LEG", None),
    "مشرانو جرگه": ("AFG", "LEG", None),
    "پنتاگون": ("USA", "MIL", None),
    "سنتکام": ("USA", "MIL", None),
    "سیا": ("USA", "COP", None),
    "اف بی آی": ("USA", "COP", None),
    "موساد": ("ISR", "COP", None),
    "شین بت": ("ISR", "COP", None),
    "کنست": ("ISR", "LEG", None),
    "دوما": ("RUS", "LEG", None),
    "کتائب حزب الله": ("IRQ", "REB", None),
    "کتائب حزب‌الله": ("IRQ", "REB", None),
    "مقاومت اسلامی لبنان": ("LBN", "REB", None),
    "مقاومت اسلامی عراق": ("IRQ", "REB", None),
    "حزب دموکرات کردستان": ("IRN", "OPP", None),
    "حزب دموکرات کردستان ایران": ("IRN", "OPP", None),
    "حدکا": ("IRN", "OPP", None),
    # agents22fa: the liberal opposition party the state tolerates but bars
    "نهضت آزادی": ("IRN", "OPP", None),
    "نهضت آزادی ایران": ("IRN", "OPP", None),
    # sides56fa: only the National Resistance Front is Afghan; a bare "جبهه
    # مقاومت" is, in Persian news, the Axis of Resistance (states and groups
    # of several countries), no Afghan rebels (as ar and en read it: only
    # "جبهة المقاومة الوطنية", "National Resistance Front")
    "جبهه مقاومت ملی": ("AFG", "REB", None),
    "جیش المهدی": ("IRQ", "REB", None),
    "داعش خراسان": ("AFG", "REB", None),
    "تحریک طالبان پاکستان": ("PAK", "REB", None),
    # agents20: the Pakistani Taliban written without "تحریک"
    "طالبان پاکستان": ("PAK", "REB", None),
    "طالبان پاکستانی": ("PAK", "REB", None),
    "سپاه صحابه": ("PAK", "REB", None),
    "جیش محمد": ("PAK", "REB", None),
    "لشکر طیبه": ("PAK", "REB", None),
    "فاطمیون": ("IRN", "MIL", None),
    "زینبیون": ("IRN", "MIL", None),
    "ارتش آزاد سوریه": ("SYR", "REB", None),
    "الحشد الشعبی": ("IRQ", "MIL", None),
    "اخوان المسلمین": ("EGY", "OPP", None),
    "جنبش فتح": ("PSE", "PTY", None),
    "لیکود": ("ISR", "PTY", None),
    "حزب دموکرات": ("USA", "PTY", None),
    "حزب جمهوریخواه": ("USA", "PTY", None),
    "دموکرات ها": ("USA", "PTY", None),
    "جمهوریخواهان": ("USA", "PTY", None),
    "جیش العدل": ("IRN", "REB", None),
    "جیش الظلم": ("IRN", "REB", None),
    "پژاک": ("IRN", "REB", None),
    "پیشمرگه": ("IRQ", "MIL", None),
    "پیشمرگه های کرد": ("IRQ", "MIL", None),
    "نیروهای پیشمرگه": ("IRQ", "MIL", None),
    "کومله": ("IRN", "REB", None),
    "مجاهدین خلق": ("IRN", "OPP", None),
    "منافقین": ("IRN", "OPP", None),
    "گروهک منافقین": ("IRN", "OPP", None),
    "واگنر": ("RUS", "MIL", None),
    # foreign media named in Persian news: the source or the audience of what
    # is said, not a party
    "صدای آمریکا": ("USA", "MED", None),
    "رادیو فردا": ("USA", "MED", None),
    "بی بی سی": ("GBR", "MED", None),
    "بی‌بی‌سی": ("GBR", "MED", None),
    "بی بی سی فارسی": ("GBR", "MED", None),
    "خبرگزاری فرانسه": ("FRA", "MED", None),
    "خبرگزاری رویترز": ("GBR", "MED", None),
    "رویترز": ("GBR", "MED", None),
    "آسوشیتدپرس": ("USA", "MED", None),
    "آسوشیتد پرس": ("USA", "MED", None),
    "خبرگزاری آسوشیتدپرس": ("USA", "MED", None),
    "العربیه": ("SAU", "MED", None),
    "الجزیره": ("QAT", "MED", None),
    "شبکه الجزیره": ("QAT", "MED", None),
    "ایران اینترنشنال": ("GBR", "MED", None),
    "کیهان لندن": ("GBR", "MED", None),
    "نیویورک تایمز": ("USA", "MED", None),
    "واشنگتن پست": ("USA", "MED", None),
    "وال استریت ژورنال": ("USA", "MED", None),
    "سی ان ان": ("USA", "MED", None),
    "خبرگزاری جمهوری اسلامی": ("IRN", "MED", None),
    "ایرنا": ("IRN", "MED", None),
    "ایسنا": ("IRN", "MED", None),
    "خبرگزاری تسنیم": ("IRN", "MED", None),
    "خبرگزاری فارس": ("IRN", "MED", None),
    "خبرگزاری مهر": ("IRN", "MED", None),
    "باشگاه خبرنگاران جوان": ("IRN", "MED", None),
    # the Iranian news agencies named for students are media, not students
    "خبرگزاری دانشجو": ("IRN", "MED", None),
    "خبرگزاری دانشجویان ایران": ("IRN", "MED", None),
    "خبرگزاری دانشجویان": ("IRN", "MED", None),
    "طلوع نیوز": ("AFG", "MED", None),
    # armed movements of the region by their own names
    "عصائب اهل الحق": ("IRQ", "REB", None),
    "حرکت النجباء": ("IRQ", "REB", None),
    "نجباء": ("IRQ", "REB", None),
    "کتائب سید الشهدا": ("IRQ", "REB", None),
    "گردان های عزالدین قسام": ("PSE", "REB", None),
    "گردان های قسام": ("PSE", "REB", None),
    "کتائب القسام": ("PSE", "REB", None),
    "سرایا القدس": ("PSE", "REB", None),
    "یگان های مدافع خلق": ("SYR", "REB", None),
    "قسد": ("SYR", "REB", None),
    "شورای انتقالی جنوب": ("YEM", "REB", None),
    "ائتلاف سعودی": ("SAU", "MIL", None),
    "ائتلاف متجاوز سعودی": ("SAU", "MIL", None),
    "ارتش آزادیبخش بلوچستان": ("PAK", "REB", None),
    "ارتش آزادی بخش بلوچستان": ("PAK", "REB", None),
    "شبکه حقانی": ("AFG", "REB", None),
    "امارت اسلامی": ("AFG", "REB", "2021-08-15"),
    # governments, services and companies named by their own names
    "تشکیلات خودگردان": ("PSE", "GOV", None),
    "تشکیلات خودگردان فلسطین": ("PSE", "GOV", None),
    "سازمان انرژی اتمی": ("IRN", "GOV", None),
    "سازمان انرژی اتمی ایران": ("IRN", "GOV", None),
    "ناجا": ("IRN", "COP", None),
    "فراجا": ("IRN", "COP", None),
    "سازمان بسیج": ("IRN", "MIL", None),
    "شاباک": ("ISR", "COP", None),
    "اف اس بی": ("RUS", "COP", None),
    "آرامکو": ("SAU", "BUS", None),
    "آستان قدس رضوی": ("IRN", "REL", None),
    # parties and unions of Iran, Afghanistan and the neighbours
    "جبهه پایداری": ("IRN", "PTY", None),
    "جبهه اصلاحات": ("IRN", "PTY", None),
    "حزب کارگزاران سازندگی": ("IRN", "PTY", None),
    "حزب اعتماد ملی": ("IRN", "PTY", None),
    "حزب اتحاد ملت": ("IRN", "PTY", None),
    "جامعه روحانیت مبارز": ("IRN", "PTY", None),
    "مجمع روحانیون مبارز": ("IRN", "PTY", None),
    "خانه کارگر": ("IRN", "LAB", None),
    "کانون صنفی معلمان": ("IRN", "EDU", None),
    "سندیکای کارگران شرکت واحد": ("IRN", "LAB", None),
    # agents20: the Tunisian General Labour Union (UGTT)
    "اتحادیه عمومی کار تونس": ("TUN", "LAB", None),
    "اتحادیه عمومی کارگران تونس": ("TUN", "LAB", None),
    "جمعیت اسلامی": ("AFG", "PTY", None),
    "حزب اسلامی": ("AFG", "PTY", None),
    "حزب وحدت اسلامی": ("AFG", "PTY", None),
    "جنبش ملی اسلامی": ("AFG", "PTY", None),
    "حزب عدالت و توسعه": ("TUR", "PTY", None),
    "حزب جمهوری خلق": ("TUR", "OPP", None),
    "حزب تحریک انصاف": ("PAK", "PTY", None),
    "تحریک انصاف": ("PAK", "PTY", None),
    "حزب مردم پاکستان": ("PAK", "PTY", None),
    "مسلم لیگ": ("PAK", "PTY", None),
    "حزب دعوت اسلامی": ("IRQ", "PTY", None),
    "حزب الدعوه": ("IRQ", "PTY", None),
    "جریان صدر": ("IRQ", "PTY", None),
    "اتحادیه میهنی کردستان": ("IRQ", "PTY", None),
    "حزب دموکرات کردستان عراق": ("IRQ", "PTY", None),
    "جنبش امل": ("LBN", "PTY", None),
    "جریان المستقبل": ("LBN", "PTY", None),
    "جریان آزاد ملی": ("LBN", "PTY", None),
    "حزب کمونیست چین": ("CHN", "PTY", None),
    "حزب محافظه کار": ("GBR", "PTY", None),
    "حزب کارگر": ("GBR", "PTY", None),
    "حزب روسیه متحد": ("RUS", "PTY", None),
    # titles and courts that only Iran's forces and judiciary use: IRGC and
    # army ranks ("سردار", "امیر سرتیپ"), the Revolutionary Court
    "سردار": ("IRN", "MIL", None),
    "امیر سرتیپ": ("IRN", "MIL", None),
    "امیر سرتیپ دوم": ("IRN", "MIL", None),
    "امیر سرلشکر": ("IRN", "MIL", None),
    "امیر دریادار": ("IRN", "MIL", None),
    "امیر دریادار دوم": ("IRN", "MIL", None),
    "امیر دریابان": ("IRN", "MIL", None),
    "سرتیپ پاسدار": ("IRN", "MIL", None),
    "سرلشکر پاسدار": ("IRN", "MIL", None),
    "سرهنگ پاسدار": ("IRN", "MIL", None),
    "دادگاه انقلاب": ("IRN", "JUD", None),
    "دادگاه ویژه روحانیت": ("IRN", "JUD", None),
    # courts and prosecutors named "of the country" are Iran's own by name
    "دیوان عالی کشور": ("IRN", "JUD", None),
    "دادستان کل کشور": ("IRN", "JUD", None),
    "دادستانی کل کشور": ("IRN", "JUD", None),
    # the Revolutionary Guards' forces, services and commanders, and the
    # Basij, are Iran's wherever they act ("نیروهای سپاه در کردستان عراق")
    "نیروهای سپاه": ("IRN", "MIL", None),
    "نیروهای سپاه پاسداران": ("IRN", "MIL", None),
    "فرمانده کل سپاه": ("IRN", "MIL", None),
    "فرمانده سپاه": ("IRN", "MIL", None),
    "فرماندهان سپاه": ("IRN", "MIL", None),
    "هوافضای سپاه": ("IRN", "MIL", None),
    "نیروی هوافضای سپاه": ("IRN", "MIL", None),
    "نیروی دریایی سپاه": ("IRN", "MIL", None),
    "نیروی زمینی سپاه": ("IRN", "MIL", None),
    "قرارگاه حمزه سیدالشهدا": ("IRN", "MIL", None),
    "اطلاعات سپاه": ("IRN", "COP", None),
    "سازمان اطلاعات سپاه": ("IRN", "COP", None),
    "سازمان اطلاعات سپاه پاسداران": ("IRN", "COP", None),
    "اطلاعات سپاه پاسداران": ("IRN", "COP", None),
    "نیروی دریایی سپاه پاسداران": ("IRN", "MIL", None),
    "نیروی زمینی سپاه پاسداران": ("IRN", "MIL", None),
    "نیروی هوافضای سپاه پاسداران": ("IRN", "MIL", None),
    "نیروهای بسیج": ("IRN", "MIL", None),
    "بسیجیان": ("IRN", "MIL", None),
    "نیروی انتظامی جمهوری اسلامی": ("IRN", "COP", None),
    "گشت ارشاد": ("IRN", "COP", None),
    # Hezbollah's leader acts for the movement, not for a party of the
    # country named after him ("دبیرکل حزب‌الله اسرائیل را تهدید کرد")
    "دبیرکل حزب الله": ("LBN", "REB", None),
    "دبیرکل حزب‌الله": ("LBN", "REB", None),
    "دبیرکل حزب الله لبنان": ("LBN", "REB", None),
    "دبیرکل حزب‌الله لبنان": ("LBN", "REB", None),
    "رهبر حزب الله": ("LBN", "REB", None),
    "رهبر حزب‌الله": ("LBN", "REB", None),
    "دادسرای انقلاب": ("IRN", "JUD", None),
    "سازمان بازرسی کل کشور": ("IRN", "GOV", None),
    "حزب موتلفه اسلامی": ("IRN", "PTY", None),
    "حزب موتلفه": ("IRN", "PTY", None),
    "ستره محکمه": ("AFG", "JUD", None),
    "امنیت ملی افغانستان": ("AFG", "COP", None),
    # seats of government named for it, and a state named by its "regime"
    # (the government, in the words of its opponents)
    "کاخ سفید": ("USA", "GOV", None),
    "رژیم صهیونیستی": ("ISR", "GOV", None),
    "رژیم اسرائیل": ("ISR", "GOV", None),
    "رژیم اشغالگر قدس": ("ISR", "GOV", None),
    "کرملین": ("RUS", "GOV", None),
    "کاخ الیزه": ("FRA", "GOV", None),
    "داونینگ استریت": ("GBR", "GOV", None),
    # bodies of one state only: they carry its code with no adjective
    "مجلس عوام": ("GBR", "LEG", None),
    "مجلس عوام بریتانیا": ("GBR", "LEG", None),
    "مجلس عوام انگلیس": ("GBR", "LEG", None),
    "مجلس لردهای بریتانیا": ("GBR", "LEG", None),
    "دومای روسیه": ("RUS", "LEG", None),
    "بوندستاگ آلمان": ("DEU", "LEG", None),
    "پارلمان آلمان": ("DEU", "LEG", None),
    "مجلس لردها": ("GBR", "LEG", None),
    "دومای دولتی": ("RUS", "LEG", None),
    "بوندستاگ": ("DEU", "LEG", None),
    "ام آی سیکس": ("GBR", "COP", None),
    "سازمان اطلاعات مرکزی آمریکا": ("USA", "COP", None),
    "اداره تحقیقات فدرال": ("USA", "COP", None),
    # more movements and parties of the region and beyond
    "نیروهای آزادی و تغییر": ("SDN", "OPP", None),
    "ائتلاف آزادی و تغییر": ("SDN", "OPP", None),
    "جماعت نصرت اسلام و مسلمین": (None, "REB", None),
    "ولایت غرب آفریقا": ("NGA", "REB", None),
    "ائتلاف فتح": ("IRQ", "PTY", None),
    "ائتلاف سائرون": ("IRQ", "PTY", None),
    "سرایا السلام": ("IRQ", "REB", None),
    "سازمان بدر": ("IRQ", "PTY", None),
    "جبهه عمل اسلامی": ("JOR", "OPP", None),
    "جمعیت الوفاق": ("BHR", "OPP", None),
    "ارتش ملی سوریه": ("SYR", "REB", None),
    "لشکر فاطمیون": ("IRN", "MIL", None),
    "تیپ فاطمیون": ("IRN", "MIL", None),
    "تیپ زینبیون": ("IRN", "MIL", None),
    "نیروهای مسلح انقلابی کلمبیا": ("COL", "REB", None),
    "فارک": ("COL", "REB", None),
    "جنبش ۲۳ مارس": ("COD", "REB", None),
    "ارتش مقاومت خداوند": ("UGA", "REB", None),
    "جبهه آزادیبخش اسلامی مورو": ("PHL", "REB", None),
    "حزب دموکرات آمریکا": ("USA", "PTY", None),
    "حزب جمهوری‌خواه": ("USA", "PTY", None),
    "حزب محافظه‌کار": ("GBR", "PTY", None),
    "حزب کارگر بریتانیا": ("GBR", "PTY", None),
    "حزب کار اسرائیل": ("ISR", "PTY", None),
    "حزب بهاراتیا جاناتا": ("IND", "PTY", None),
    "حزب کنگره ملی هند": ("IND", "OPP", None),
    "کنگره ملی آفریقا": ("ZAF", "PTY", None),
    "حزب کمونیست کوبا": ("CUB", "PTY", None),
    "حزب کارگران کره": ("PRK", "PTY", None),
    # a regime named by its ruler, country or capital
    "رژیم اسد": ("SYR", "GOV", None),
    "رژیم سوریه": ("SYR", "GOV", None),
    "رژیم بشار اسد": ("SYR", "GOV", None),
    "رژیم کره شمالی": ("PRK", "GOV", None),
    "رژیم پیونگ یانگ": ("PRK", "GOV", None),
    "رژیم ایران": ("IRN", "GOV", None),
    "رژیم تهران": ("IRN", "GOV", None),
    # large companies known by name, with the country of their seat
    "توتال": ("FRA", "BUS", None),
    "توتال انرژی": ("FRA", "BUS", None),
    "بریتیش پترولیوم": ("GBR", "BUS", None),
    "اکسون موبیل": ("USA", "BUS", None),
    "شورون": ("USA", "BUS", None),
    "گازپروم": ("RUS", "BUS", None),
    "روس نفت": ("RUS", "BUS", None),
    "روسنفت": ("RUS", "BUS", None),
    "روس اتم": ("RUS", "BUS", None),
    "روساتم": ("RUS", "BUS", None),
    "آرامکو عربستان": ("SAU", "BUS", None),
    "سوناطراک": ("DZA", "BUS", None),
    "ادنوک": ("ARE", "BUS", None),
    "بوئینگ": ("USA", "BUS", None),
    "لاکهید مارتین": ("USA", "BUS", None),
    "ریتئون": ("USA", "BUS", None),
    "جنرال الکتریک": ("USA", "BUS", None),
    "جنرال موتورز": ("USA", "BUS", None),
    "زیمنس": ("DEU", "BUS", None),
    "فولکس واگن": ("DEU", "BUS", None),
    "تویوتا": ("JPN", "BUS", None),
    "سامسونگ": ("KOR", "BUS", None),
    "هیوندای": ("KOR", "BUS", None),
    "هوآوی": ("CHN", "BUS", None),
    "مایکروسافت": ("USA", "BUS", None),
    "گوگل": ("USA", "BUS", None),
    "تسلا": ("USA", "BUS", None),
    "ودافون": ("GBR", "BUS", None),
    "نستله": ("CHE", "BUS", None),
    "لافارژ": ("FRA", "BUS", None),
    "داسو": ("FRA", "BUS", None),
    "گلنکور": ("CHE", "BUS", None),
    "قطر ایرویز": ("QAT", "BUS", None),
    "ترکیش ایرلاینز": ("TUR", "BUS", None),
    "بی ای ای سیستمز": ("GBR", "BUS", None),
    "ایران خودرو": ("IRN", "BUS", None),
    "سایپا": ("IRN", "BUS", None),
    "ایران ایر": ("IRN", "BUS", None),
    "هواپیمایی ماهان": ("IRN", "BUS", None),
    "شرکت ملی نفت ایران": ("IRN", "BUS", None),
    "شرکت ملی گاز ایران": ("IRN", "BUS", None),
    "کشتیرانی جمهوری اسلامی ایران": ("IRN", "BUS", None),
}

# Activity nouns of a people noun (fa-clauses11): "-گیری", "-ی" name the
# trade, not its people ("ماهیگیری در آب‌های کویت را متوقف کرد" stopped
# fishing, no fishermen).
NOT_AGENTS = NOT_AGENTS + (
    "ماهیگیری",
    "ماهی گیری",
    "صیادی",
)

# "the parties concerned" (طرفین مربوطه): whoever the sides of a conflict are,
# not the article's two main countries that "طرفین" alone names.
NOT_AGENTS = NOT_AGENTS + (
    "طرفین مربوطه",
    "طرفین ذیربط",
    "طرفین ذی‌ربط",
    "طرف‌های مربوطه",
    "طرفهای مربوطه",
    "طرف‌های ذیربط",
    "طرف‌های ذی‌ربط",
    "طرفهای ذیربط",
)

# Boards, panels and faculties are no delegations ("هیئت" in OWNED_NOUNS).
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{head}{plural} {kind}"
    for head in ("هیئت", "هیات")
    for plural in ("", " های", "ی")
    for kind in (
        "رئیسه",
        "مدیره",
        "علمی",
        "امنا",
        "داوران",
        "نظارت",
        "مرکزی نظارت",
        "عالی نظارت",
        "اجرایی",
        "عمومی",
        "تحقیق",
        "حقیقت یاب",
        "ماده",
        "تحریریه",
        "مستقل",
        "بازرسی",
    )
)

# --- agents12b: settlers ----------------------------------------------------
# Settlers in the occupied territories are Israeli civilians wherever the
# sentence places them, as in Arabic ("شهرک‌نشینان صهیونیست به روستا یورش
# بردند": ISR:CVL, not unidentified attackers). ZWNJ reads as a space.
NAMED_GROUPS.update(
    dict.fromkeys(
        (
            "شهرک نشین",
            "شهرک نشینان",
            "شهرک نشینان اسرائیلی",
            "شهرک نشینان صهیونیست",
            "شهرک نشینان یهودی",
            "مهاجران صهیونیست",
        ),
        ("ISR", "CVL", None),
    )
)


# --- faactors18: people the news names by what they do ---------------------
# Iranian state media call protesters "rioters" (civilians); gangs by their
# trade are criminals; monarchists are an opposition; separatists fight the
# state; the seminaries are religious bodies; the "resistance groups" of
# Iranian and Arab news are the armed movements of Lebanon, Iraq and Gaza.
# Plurals only where the singular with "ی" is an abstract noun
# ("اغتشاشگری" rioting, "تجزیه‌طلبی" separatism).
for _agent, _phrases in {
    "CVL": ("اغتشاشگران", "اغتشاش گران", "آشوبگران", "آشوب گران"),
    "CRM": ("اوباش", "راهزنان", "کارتل", "کارتل های مواد مخدر", "کارتل مواد مخدر"),
    "OPP": ("سلطنت طلبان",),
    "REB": ("تجزیه طلبان", "گروه های مقاومت", "گروه‌های مقاومت"),
    "REL": ("حوزه های علمیه", "حوزه‌های علمیه", "مراکز حوزوی", "جامعه مدرسین"),
}.items():
    AGENT_NOUNS[_agent] = AGENT_NOUNS[_agent] + _phrases
# ... but "تجزیه‌طلبانه" (separatist, of acts or charges) is the adjective
NOT_AGENTS = NOT_AGENTS + ("تجزیه طلبانه", "تجزیه طلبانه ای")
# Turkey's Republican People's Party (CHP), in opposition since 2002, is
# not America's Republicans ("حزب جمهوریخواه").
NAMED_GROUPS.update(
    dict.fromkeys(
        ("حزب جمهوری خواه خلق", "حزب جمهوریخواه خلق", "جمهوری خواه خلق"), ("TUR", "OPP", None)
    )
)
# --- end faactors18 ---


# --- morph13: plurals and spellings of the nouns above ----------------------
# Compound nouns are written with a ZWNJ (read as a space), a space, or glued:
# "شبه‌نظامیان", "شبه نظامیان", "شبهنظامیان"; "پناهجویان", "پناه‌جویان".
# Every entry whose word starts with one of these first parts gets the
# other spelling. Arabic loan nouns take the Arabic plural "ین" as well as
# "ان" ("مسئولین", "فعالین مدنی"). A noun counted only after a number
# because its singular is also an adjective ("نظامی" military, "فعال"
# active) is a noun for people in the plural, so its plurals are agent
# nouns everywhere: "نظامیها", "نظامی‌ها", "ستیزه‌جویان".
COMPOUND_FIRST_PARTS: tuple[str, ...] = ("شبه", "ضد", "پناه", "ستیزه", "آدم", "تبه")
#: plain words for people: "مردان" is as often "men's" (sport) or "men" at
#: large as any party to an event; their plurals stay as listed above
PLAIN_PEOPLE: tuple[str, ...] = ("جوان", "نوجوان", "زن", "مرد", "دختر", "پسر")


def _respelled(phrase: str) -> tuple[str, ...]:
    """``phrase`` with each compound written glued and spaced."""
    out = [phrase]
    for head in COMPOUND_FIRST_PARTS:
        for form in list(out):
            words = form.split(" ")
            for i, word in enumerate(words):
                if word == head and i + 1 < len(words):
                    out.append(" ".join([*words[:i], head + words[i + 1], *words[i + 2 :]]))
                elif word.startswith(head) and len(word) >= len(head) + 3:
                    out.append(" ".join([*words[:i], head, word[len(head) :], *words[i + 1 :]]))
    return tuple(dict.fromkeys(out))


def _plurals(noun: str) -> tuple[str, ...]:
    """The plurals of a singular noun for people: "ها" glued and after a
    ZWNJ, and "ان" ("یان" after a vowel; none after a silent ه, which
    takes "گان" only on some words)."""
    out = [f"{noun}ها", f"{noun} ها"]
    if noun.endswith(("و", "ا")):
        out.append(f"{noun}یان")
    elif not noun.endswith("ه"):
        out.append(f"{noun}ان")
    return tuple(out)


def _arabic_plural(phrase: str, singulars: frozenset[str]) -> str:
    """``phrase`` with its plural in "ان" of an Arabic loan noun (a
    participle in "م", or a counted singular) in the Arabic plural "ین":
    "مسئولان" -> "مسئولین", "فعالان مدنی" -> "فعالین مدنی"; "" if none."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        stem = word[:-2]
        loan = stem.startswith("م") or stem in singulars
        if (
            word.endswith("ان")
            and len(stem) >= 3
            and loan
            and not stem.endswith(("ی", "گ", "ا", "و"))
        ):
            return " ".join([*words[:i], stem + "ین", *words[i + 1 :]])
    return ""


_SINGULARS = frozenset(n for nouns in COUNTED_AGENT_NOUNS.values() for n in nouns)
for _agent, _phrases in list(AGENT_NOUNS.items()):
    AGENT_NOUNS[_agent] = tuple(
        dict.fromkeys([*_phrases, *filter(None, (_arabic_plural(p, _SINGULARS) for p in _phrases))])
    )
_LISTED = {p for phrases in AGENT_NOUNS.values() for p in phrases}
for _agent, _nouns in COUNTED_AGENT_NOUNS.items():
    AGENT_NOUNS[_agent] = AGENT_NOUNS.get(_agent, ()) + tuple(
        p for n in _nouns if n not in PLAIN_PEOPLE for p in _plurals(n) if p not in _LISTED
    )
for _agent, _phrases in list(AGENT_NOUNS.items()):
    AGENT_NOUNS[_agent] = tuple(dict.fromkeys(f for p in _phrases for f in _respelled(p)))
# --- end morph13 ---

# --- roles14 ---
# "مسئول" right after the object marker is a predicate, not a title: "ایران
# را مسئول حمله دانستند" holds Iran responsible; Iran is no official. The
# trigger layer reads the same words as ACCUSE (triggers.py).
NOT_AGENTS = NOT_AGENTS + tuple(
    f"را {word}" for word in ("مسئول", "مسوول", "مسؤول", "مقصر", "عامل اصلی")
)
# --- end roles14 ---

# armiss18: a military coalition whose leader is not written is many
# states' forces, of no one country: not the country it strikes in ("نیروهای
# ائتلاف مواضع داعش را در رقه بمباران کردند" is no Syrian force); a leader
# written after it ("به رهبری آمریکا", AGENT_NOUNS) gives one. A named force
# of no country, which still acts (a side, never dropped).
_COALITIONS: tuple[str, ...] = tuple(
    f"{head}{name}"
    for head in ("", "نیروهای ", "جنگنده‌های ", "هواپیماهای ")
    for name in ("ائتلاف بین‌المللی", "ائتلاف بین المللی", "ائتلاف عربی", "ائتلاف نظامی")
) + ("نیروهای ائتلاف", "جنگنده‌های ائتلاف", "هواپیماهای ائتلاف")
NAMED_GROUPS.update({name: (None, "MIL", None) for name in _COALITIONS})
# ... and "led by" a state after any of them is that state's forces: the
# longer phrase must win over the name
AGENT_NOUNS["MIL"] += tuple(
    f"{name} {led}"
    for name in _COALITIONS
    for led in ("به رهبری", "تحت رهبری")
    if f"{name} {led}" not in AGENT_NOUNS["MIL"]
)

# --- roles14: North Korea's state news agency -------------------------------
# "خبرگزاری مرکزی کره" is North Korea's agency although "کره" alone reads as
# South Korea: PRK's media.
NAMED_GROUPS.update(
    dict.fromkeys(
        ("خبرگزاری مرکزی کره", "خبرگزاری مرکزی کره شمالی", "خبرگزاری رسمی کره شمالی"),
        ("PRK", "MED", None),
    )
)

# A list of terrorists or of terrorist groups is what is drawn up, published
# or added to, not an actor ("فهرست سازمان‌های تروریستی").
NOT_AGENTS = NOT_AGENTS + (
    "فهرست تروریست‌ها",
    "فهرست تروریستها",
    "فهرست سازمان‌های تروریستی",
    "فهرست سازمانهای تروریستی",
    "فهرست گروه‌های تروریستی",
    "فهرست گروههای تروریستی",
    "لیست تروریست‌ها",
    "لیست سازمان‌های تروریستی",
    "لیست گروه‌های تروریستی",
)

# faextra18: "سرباز زدن" (to refuse, "از اجرای تعهدات سرباز زدند") is an
# idiom, not a soldier: whoever refuses is the subject named before it.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"سرباز {verb}"
    for verb in (
        "زد",
        "زدند",
        "زده",
        "زدن",
        "زند",
        "زنند",
        "نزد",
        "نزدند",
        "نزده",
        "بزند",
        "بزنند",
        "می‌زند",
        "می‌زنند",
        "میزند",
        "میزنند",
        "می زند",
        "می زنند",
        "نمی‌زند",
        "نمی‌زنند",
    )
)

# faextra18: "terrorist" describing a deed ("اقدامات تروریستی انجام بدهد",
# "به اتهام فعالیت‌های تروریستی") names what was done or charged, not a
# militant actor: whoever did it is named apart, if at all.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{deed} تروریستی"
    for deed in (
        "اقدام",
        "اقدامی",
        "اقدامات",
        "فعالیت",
        "فعالیت‌های",
        "فعالیت های",
        "فعالیتهای",
        "عملیات",
        "اعمال",
        "جنایات",
        "جنایت",
    )
)


# senses19: the members of a body written with its possessive ("پلیس اعلام
# کرد نیروهایش … بازداشت کردند"): that body's own, of its agent (COP of the
# police, not the army "نیروها" names alone); of a state, their own agent
# ("روسیه نیروهایش را خارج کرد": its army).
def _possessed(*nouns: str) -> tuple[str, ...]:
    return tuple(f"{noun}{clitic}" for noun in nouns for clitic in ("ش", "شان"))


def _own(*nouns: str) -> tuple[str, ...]:
    """The same members with the reflexive possessive ("نیروهای خود",
    "سربازان خویش": one's own forces), the clitic's paradigm in full."""
    return tuple(f"{noun} {own}" for noun in nouns for own in ("خود", "خویش"))


MEMBER_NOUNS: dict[str, tuple[str, ...]] = {
    "MIL": _possessed("نیروهای", "نیروها") + _own("نیروهای", "سربازان", "نظامیان"),
    "COP": _possessed("مأموران", "ماموران") + _own("مأموران", "ماموران"),
    "": _possessed("افراد", "اعضای", "کارکنان"),
}

# The verb "بسیج کرد" (mobilised: "نیروی ذخیره را بسیج کرد") is a deed,
# not the Basij militia its noun names.
NOT_AGENTS = NOT_AGENTS + (
    "بسیج کرد",
    "بسیج کردند",
    "بسیج کرده",
    "بسیج می کند",
    "بسیج می کنند",
    "بسیج خواهد کرد",
)

# Reservists are soldiers ("هزاران نیروی ذخیره را بسیج کرد"), as Arabic
# "جنود الاحتياط" and English "reservists" are read; bank depositors who
# protest are civilians ("سپرده‌گذاران مقابل بانک مرکزی اعتراض کردند"), as
# Arabic "المودعون" and English "depositors" are read.
AGENT_NOUNS["MIL"] = (*AGENT_NOUNS["MIL"], "نیروی ذخیره", "نیروهای ذخیره")
AGENT_NOUNS["CVL"] = (*AGENT_NOUNS["CVL"], "سپرده گذاران", "سپرده‌گذاران", "سپرده گذار")
# Captives freed or exchanged ("حوثی‌ها یک اسیر سعودی را آزاد کردند") are
# counted as prisoners are ("زندانی"), as Arabic "أسير" and English
# "prisoner" are read.
AGENT_NOUNS["CVL"] = (*AGENT_NOUNS["CVL"], "اسیر", "اسیران", "اسرا", "اسرای")
# The PKK written with dots ("مواضع پ.ک.ک"), as "پ ک ک" and "پکک" are.
NAMED_GROUPS["پ.ک.ک"] = ("TUR", "REB", None)
# International relief and rights charities by name, as lang/en and lang/ar
# name them: a named body of no country, so a country named after it
# ("آکسفام اسرائیل را محکوم کرد") is its object, not its home.
NAMED_GROUPS.update(
    dict.fromkeys(
        (
            *("سازمان عفو بین الملل", "عفو بین‌الملل", "عفو بین الملل"),
            *("سازمان دیده بان حقوق بشر", "دیده بان حقوق بشر", "دیده‌بان حقوق بشر"),
            *("کمیته بین المللی صلیب سرخ", "پزشکان بدون مرز"),
            "آکسفام",
            "اکسفام",
            "سازمان آکسفام",
            "سازمان نجات کودکان",
            "شورای پناهندگان نروژ",
            "گزارشگران بدون مرز",
            "کمیته حمایت از روزنامه نگاران",
            "کمیته حمایت از روزنامه‌نگاران",
        ),
        (None, "NGO", None),
    )
)
# parties43fa: Human Rights Watch written "دیدبان" (without the "ه" of
# "دیده"), a named body of no country as the spellings above; the Syrian
# Observatory for Human Rights by its Persian names, which begin with that
# spelling, stays a Syrian watchdog, as English "Syrian Observatory" and
# the head of it are read (tests/test_mend40b.py).
NAMED_GROUPS["دیدبان حقوق بشر"] = (None, "NGO", None)
NAMED_GROUPS.update(
    dict.fromkeys(
        (
            *("دیدبان حقوق بشر سوریه", "سازمان دیدبان حقوق بشر سوریه"),
            *("دیده بان حقوق بشر سوریه", "دیده‌بان حقوق بشر سوریه"),
        ),
        ("SYR", "NGO", None),
    )
)
# An aid worker counted in the singular ("سه امدادگر را ربودند"), as the
# plural "امدادگران" is read.
AGENT_NOUNS["NGO"] = (*AGENT_NOUNS["NGO"], "امدادگر")
# Kurdish fighters ("رزمندگان کرد در نزدیکی مرز با نیروهای ترکیه درگیر
# شدند") are an armed group, as Arabic "مقاتلون أكراد" and English "Kurdish
# fighters" are read; "رزمندگان" alone stays out (also a state's own
# soldiers and the veterans of the Iran–Iraq war).
AGENT_NOUNS["REB"] = (
    *AGENT_NOUNS["REB"],
    "رزمندگان کرد",
    "مبارزان کرد",
    "جنگجویان کرد",
    "شبه نظامیان کرد",
)
# An activist pointed back to ("این فعال را به ده سال زندان محکوم کرد"), as
# a counted one ("دو فعال") already is; bare "فعال" is also "active".
AGENT_NOUNS["OPP"] = (*AGENT_NOUNS["OPP"], "این فعال", "یک فعال")

# agents22fa: student currents ("جریانات دانشجویی") are student bodies;
# "defenders of health" is the Iranian name for health workers in the
# epidemic; seafarers of merchant ships are civilians.
AGENT_NOUNS["EDU"] += ("جریانات دانشجویی", "جریان های دانشجویی", "جریان دانشجویی")
AGENT_NOUNS["HLH"] += ("مدافعان سلامت",)
AGENT_NOUNS["CVL"] += ("دریانوردان",)

# agents25fa: groups of people that rally or are detained as themselves:
# artists, war veterans, tenants, shareholders, religious minorities and
# orders, the fuel porters of the borders ("سوخت‌بران", its ZWNJ read as a
# space) are civilians; entrepreneurs and bakers (who own their bakeries)
# are business.
AGENT_NOUNS["CVL"] += (
    "هنرمندان",
    "جانبازان",
    "ایثارگران",
    "مستاجران",
    "مستاجرین",
    "سهامداران",
    "بهائیان",
    "بهاییان",
    "دراویش",
    "سوخت بر",
    "سوخت بران",
)
AGENT_NOUNS["BUS"] += ("کارآفرینان", "نانوایان")

# support26: bombers only the United States flies are its air force
# wherever the sentence names another state ("بمب افکن‌های بی ۵۲ به ایران
# نزدیک شدند": USA:MIL, not Iran's); as Arabic and English read them.
NAMED_GROUPS.update(
    dict.fromkeys(
        tuple(f"{b}{n}" for b in ("بی ", "بی-", "بی‌") for n in ("۵۲", "52", "۱ بی", "1 بی"))
        + ("بی ۲", "بی-۲"),
        ("USA", "MIL", None),
    )
)

# consist26: indigenous people ("از بومیان عذرخواهی کرد") are civilians, as
# Arabic "السكان الأصليين" and English "indigenous people" are read; a general
# mobilisation ("بسیج عمومی اعلام کرد") is a deed, not the Basij militia.
AGENT_NOUNS["CVL"] += ("بومیان", "مردم بومی", "ساکنان بومی")
NOT_AGENTS = NOT_AGENTS + ("بسیج عمومی",)


# agents27fa: the agent nouns of Persian news the lists above lacked, with
# their plurals and their spellings with a ZWNJ (read as a space) and glued.
# - armed forces by their units, convoys, guns and ships ("ستون نظامی",
#   "توپخانه ارتش", "رزمناو"); "قوای مسلح" is the older "نیروهای مسلح";
# - a police rank is the police's, not the army's ("سرتیپ پلیس"), as Arabic
#   "عقيد في الشرطة" is read; so is a conscript who serves in the police
#   ("سرباز وظیفه راهور"), as Arabic "مجند شرطة" and English "police
#   conscript" are;
# - security and intelligence services in the plural and by their deed
#   ("نیروهای سرکوب", "عوامل سرکوب"), border guards ("نیروهای مرزی");
# - the judicial authorities ("مراجع قضایی"), as "مقامات قضایی" are;
# - the two American parties by their members in every spelling
#   ("جمهوری‌خواهان", "دموکرات‌ها", NAMED_GROUPS), and "محافظه‌کاران", as
#   "اصولگرایان" are;
# - armed movements by their creed or their cause ("گروه‌های تکفیری",
#   "جهادگرایان", "عناصر مسلح", "نیروهای مقاومت");
# - religious minorities named as people ("مسیحیان", "ایزدی‌ها",
#   "اویغورها"), and the jobless, as Arabic and English read them;
# - foreigners without papers and returnees are refugees ("اتباع غیرمجاز"):
#   the longer phrase wins over "اتباع" (civilians);
# - contractors, the private sector, firms; broadcasters (not a bare news
#   agency, radio or TV: mostly a source cited, "به گزارش خبرگزاری"); rabbis, monks, Sunni clerics ("مولوی"); smuggling networks,
#   criminal gangs, hoarders and economic saboteurs; relief bodies and their
#   workers; pharmacists, dentists, surgeons and health staff; state bodies.
def _forms(*phrases: str) -> tuple[str, ...]:
    """Each phrase as written and with its ZWNJ read as a space."""
    return tuple(dict.fromkeys(f for p in phrases for f in (p, p.replace("\u200c", " "))))


_RANKS_FA: tuple[str, ...] = ("سرتیپ", "سرهنگ", "سرگرد", "سروان", "ستوان", "سرلشکر", "سرتیپ دوم")
for _agent, _phrases in {
    "MIL": _forms(
        *("ستون نظامی", "ستون‌های نظامی", "کاروان نظامی", "کاروان‌های نظامی"),
        *("چتربازان", "توپخانه", "رزمناو", "رزمناوها", "رزمناو‌ها", "ناوهای جنگی"),
        *("بالگردهای نظامی", "بالگرد‌های نظامی", "هلیکوپترهای نظامی", "هواپیماهای نظامی"),
        *("قوای مسلح", "قوای نظامی", "خلبانان نظامی", "نیروی مقاومت بسیج"),
    ),
    "COP": _forms(
        *(f"{rank} {body}" for rank in _RANKS_FA for body in ("پلیس", "انتظامی", "نیروی انتظامی")),
        *("دستگاه‌های اطلاعاتی", "دستگاههای اطلاعاتی", "نهادهای اطلاعاتی"),
        *("سرویس امنیتی", "سرویس‌های امنیتی", "دستگاه امنیتی", "دستگاههای امنیتی"),
        *("نیروهای سرکوب", "ماموران سرکوب", "مأموران سرکوب", "عوامل سرکوب"),
        *("نیروهای مرزی", "نیروی مرزی", "ژاندارم", "ژاندارم‌ها"),
        *(
            f"{soldier} {body}"
            for soldier in ("سرباز", "سربازان", "سرباز وظیفه", "سربازان وظیفه")
            for body in ("راهور", "پلیس", "نیروی انتظامی", "انتظامی")
        ),
    ),
    "JUD": _forms("مراجع قضایی", "مرجع قضایی", "مراجع قضائی", "مرجع قضائی"),
    "PTY": _forms("محافظه‌کاران", "محافظه کاران"),
    "REB": _forms(
        *("عناصر مسلح", "افراطیون", "جهادی‌ها", "جهادیها", "جهادگرایان", "جهادیان"),
        *("گروه‌های جهادی", "گروه‌های افراطی", "گروه‌های تکفیری", "گروهک‌های تکفیری"),
        *("جنبش‌های مسلح", "رزمندگان مقاومت", "نیروهای مقاومت", "مزدوران"),
    ),
    "CVL": _forms(
        *("مسیحیان", "مسیحی‌ها", "قبطی‌ها", "اقباط", "ایزدی‌ها", "ایزدیان"),
        *("اویغورها", "اویغور‌ها", "ایغورها", "روهینگیا", "روهینگیایی‌ها"),
        *("بیکاران", "جان‌باختگان", "اعتراض‌کنندگان", "محکومین", "توریست‌ها", "هموطنان"),
    ),
    "REF": _forms(
        *("اتباع غیرمجاز", "اتباع غیر مجاز", "اتباع غیرقانونی", "اتباع غیر قانونی"),
        *("بازگشت‌کنندگان", "جنگ‌زدگان", "رانده‌شدگان"),
    ),
    "BUS": _forms(
        *("پیمانکاران", "بخش خصوصی", "بنگاه‌های اقتصادی", "بنگاه‌ها"),
        *("صاحبان مشاغل", "غول‌های فناوری", "شرکت‌های فناوری"),
    ),
    "MED": _forms("شبکه‌های تلویزیونی", "فیلمبرداران", "رسانه‌های خبری"),
    "EDU": _forms("آموزگاران", "آموزگار"),
    "REL": _forms(
        *("خاخام", "خاخام‌ها", "خاخامها", "راهبان", "راهب", "مولوی", "مولوی‌ها"),
        *("مرجعیت", "خطیب", "علمای اهل سنت", "روحانیون اهل سنت"),
    ),
    "CRM": _forms(
        *("شبکه‌های قاچاق", "شبکه‌های تبهکاری", "گروه‌های تبهکار", "گروه‌های تبهکاری"),
        *("گروه‌های جنایتکار", "باندهای تبهکاری", "باندهای جنایتکار", "سوداگران مرگ"),
        *("محتکران", "مفسدان اقتصادی", "اخلالگران ارزی", "اخلالگران اقتصادی"),
    ),
    "NGO": _forms(
        *("گروه‌های امدادی", "سازمان‌های امدادی", "نهادهای امدادی", "کارکنان امدادی"),
        *("امدادرسانان", "گروه‌های بشردوستانه", "سازمان‌های غیرانتفاعی"),
        *("گروه‌های مدافع حقوق بشر", "سازمان‌های بین‌المللی حقوق بشری"),
    ),
    "HLH": _forms(
        *("داروسازان", "دندانپزشکان", "دندان‌پزشکان", "جراحان", "ماماها"),
        *("مراکز بهداشتی", "کارکنان بهداشتی", "کارکنان درمانی", "کادر بهداشت و درمان"),
        *("کارکنان بهداشت و درمان", "بهداشت‌کاران"),
    ),
    "GOV": _forms(
        *("نهادهای دولتی", "ادارات دولتی", "دستگاه‌های دولتی", "نهادهای حکومتی"),
    ),
}.items():
    AGENT_NOUNS[_agent] += tuple(p for p in _phrases if p not in AGENT_NOUNS[_agent])
NAMED_GROUPS.update(
    dict.fromkeys(
        _forms(
            *("جمهوری‌خواهان", "جمهوری‌خواه‌ها", "جمهوریخواه ها", "حزب جمهوری خواه"),
            *("دموکرات‌ها", "دموکراتها", "دمکرات‌ها", "دمکراتها", "حزب دمکرات"),
        ),
        ("USA", "PTY", None),
    )
)

# agents27fa: "نیروهای" (forces), "عوامل" (agents) and "افراد" (men) before a
# police body are that body's, not the army's that "نیروهای" alone names
# ("نیروهای یگان ویژه", "افراد لباس شخصی", "نیروهای گارد ساحلی"): the
# longer phrase wins, as "نیروهای پلیس" already does.
_POLICE_BODIES: tuple[str, ...] = (
    *("یگان ویژه", "لباس شخصی", "گارد ساحلی", "گارد مرزی", "گشت ارشاد", "پلیس امنیت"),
    *("پلیس راهور", "پلیس ضد شورش", "کلانتری", "ژاندارمری", "وزارت اطلاعات", "اداره اطلاعات"),
)
AGENT_NOUNS["COP"] += tuple(
    f"{head} {body}" for head in ("نیروهای", "نیروی", "عوامل", "افراد") for body in _POLICE_BODIES
)
# Mourners at a funeral or a wake ("عزاداران", "سوگواران", "تشییع‌کنندگان")
# are civilians, as Arabic "المشيعين" and English "mourners" are read;
# street vendors are small business, as English "street vendors" is read.
AGENT_NOUNS["CVL"] += _forms(
    *("عزاداران", "سوگواران", "تشییع‌کنندگان", "تشییع کنندگان", "عزاداران حسینی"),
)
AGENT_NOUNS["BUS"] += _forms("دستفروشان", "دست‌فروشان", "دستفروش", "دست‌فروش")
# The Islamic State by its full name (not bare "دولت اسلامی", also "an
# Islamic government"), Hayat Tahrir al-Sham written glued, and the
# Palestinian resistance as the armed factions of Gaza.
NAMED_GROUPS.update(
    dict.fromkeys(
        (
            *("دولت اسلامی عراق و شام", "دولت اسلامی در عراق و شام"),
            *("دولت اسلامی عراق و سوریه", "دولت اسلامی خودخوانده"),
        ),
        NAMED_GROUPS["داعش"],
    )
)
NAMED_GROUPS.update(dict.fromkeys(("تحریرالشام", "هیئت تحریرالشام"), NAMED_GROUPS["تحریر الشام"]))
NAMED_GROUPS.update(
    dict.fromkeys(
        ("مقاومت فلسطین", "مقاومت فلسطینی", "مقاومت اسلامی فلسطین", "مقاومت غزه"),
        ("PSE", "REB", None),
    )
)

# agents27fa: armed movements of the region the Persian names lacked, with
# the homes Arabic gives them ("حركة النجباء", "أحرار الشام", "جيش الإسلام",
# "أنصار بيت المقدس", "الجبهة الشعبية لتحرير فلسطين", "جبهة البوليساريو",
# "وحدات حماية الشعب"); Jundallah (only as a group: bare "جندالله", "God's
# soldiers", also praises Iran's own fighters) and Ansar al-Furqan of Iran's
# south-east;
# the Haqqani network, in power with the Taliban since August 2021.
for _names, _group in (
    (("جنبش النجباء", "حرکت النجباء", "حرکه النجباء", "حرکة النجباء"), ("IRQ", "REB", None)),
    (("احرار الشام", "جنبش احرار الشام", "جیش الاسلام", "جبهه فتح الشام"), ("SYR", "REB", None)),
    (("جبهه آزادیبخش ملی سوریه", "جبهه ملی آزادیبخش سوریه"), ("SYR", "REB", None)),
    (("ی.پ.گ", "ی پ گ", "ی‌پ‌گ", "یگان های مدافع خلق کرد"), ("SYR", "REB", None)),
    (("انصار بیت المقدس", "انصار بیت‌المقدس"), ("EGY", "REB", None)),
    (("جبهه خلق برای آزادی فلسطین", "جبهه مردمی آزادی فلسطین"), ("PSE", "REB", None)),
    (("جبهه پولیساریو", "پولیساریو"), ("ESH", "REB", None)),
    (("گروهک جندالله", "گروه جندالله", "انصار الفرقان"), ("IRN", "REB", None)),
    (("ام ۲۳", "ام۲۳", "ام-۲۳", "جنبش ۲۳ مارس"), ("COD", "REB", None)),
    (("شبکه حقانی", "شبکه تروریستی حقانی"), ("AFG", "REB", "2021-08-15")),
):
    NAMED_GROUPS.update(dict.fromkeys(_forms(*_names), _group))

# noside27: a language is no state. "به زبان فرانسوی", "به انگلیسی",
# "زبان عربی" name the tongue of a speech or a text, never a side or the
# country of whoever speaks (Arabic "بالفرنسية", English "French-language"
# read alike). After "زبان" every form; with "به" alone only the adjective in
# "ی" ("به فرانسوی"), since "به فرانسه" is also "to France", and not one that
# a country's name begins with ("به ترکی" in "به ترکیه", "به روسی" in "به
# روسیه": to Turkey, to Russia).
_COUNTRY_STEMS: frozenset[str] = frozenset({"ترکی", "روسی"})
_LANGUAGES: tuple[str, ...] = (
    "انگلیسی",
    "فرانسوی",
    "فرانسه",
    "عربی",
    "فارسی",
    "ترکی",
    "ترکی استانبولی",
    "روسی",
    "آلمانی",
    "اسپانیایی",
    "ایتالیایی",
    "عبری",
    "چینی",
    "ژاپنی",
    "کره‌ای",
    "کردی",
    "اردو",
    "پرتغالی",
    "هلندی",
    "سوئدی",
    "یونانی",
    "اوکراینی",
    "پشتو",
    "هندی",
)
NOT_AGENTS = (
    NOT_AGENTS
    + tuple(f"زبان {lang}" for lang in _LANGUAGES)
    + tuple(
        f"به {lang}"
        for lang in _LANGUAGES
        if lang.endswith("ی") and lang not in _COUNTRY_STEMS and lang != "کره‌ای"
    )
)

# accuse29: an insult a side is called by ("او را تروریست نامید", "را
# مزدور خواندند") names no militant or mercenary: it is the word of
# name-calling (triggers ``_INSULTS``), not a side.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{insult}{ending} {called}"
    for insult in ("تروریست", "مزدور", "اشغالگر", "متجاوز", "جنایتکار", "قاتل", "تبهکار")
    for ending in ("", "ی")
    for called in ("خواند", "خواندند", "نامید", "نامیدند", "دانست", "دانستند")
)

# agents31fa: parties and groups of an ethnic opposition, the people named
# between the noun and "مخالف" ("احزاب کرد مخالف", "گروه‌های بلوچ مخالف"),
# are the opposition, as "احزاب مخالف" without the people is, and as English
# "Kurdish opposition parties" and Arabic "أحزاب المعارضة الكردية" are read.
AGENT_NOUNS["OPP"] += tuple(
    f"{noun} {people} مخالف"
    for noun in ("حزب", "احزاب", "گروه", "گروه های", "گروه ها", "سازمان های")
    for people in ("کرد", "کُرد", "بلوچ", "عرب", "آذری", "ترکمن")
)

# agents31fa: "ترک" (a Turk) is also "leaving" (ترک کرد) and Iran's own
# Turkish speakers: Turkey's only after the noun of its armed men or police
# ("سربازان ترک", "پلیس ترک"), as "ترکیه‌ای" and English "Turkish" are read.
AGENT_NOUNS_OF_STATE[("TUR", "MIL")] = tuple(
    f"{noun} ترک"
    for noun in ("سربازان", "نظامیان", "نیروهای", "نیروهای نظامی", "ارتش", "جنگنده های")
)
AGENT_NOUNS_OF_STATE[("TUR", "COP")] = tuple(
    f"{noun} ترک" for noun in ("پلیس", "ماموران", "مأموران", "مرزبانان", "نیروهای امنیتی")
)

# agents31fa: a Baha'i and a tourist after a number or "یک" ("سه بهایی",
# "یک گردشگر فرانسوی") are civilians, as English "Baha'is", "tourist" and
# Arabic "بهائيين", "سائحا" are read; the singulars alone are also
# adjectives ("جامعه بهایی"), so only when counted.
COUNTED_AGENT_NOUNS["CVL"] += ("بهایی", "بهائی", "گردشگر")
# agents100: extremists and jihadists counted in the singular ("ده افراطی
# را دستگیر کرد"), as Arabic "متطرفين" and English "extremists" are read;
# alone "افراطی" and "تندرو" are adjectives ("گروه افراطی", "جناح تندرو")
# review100 F3: not "تندرو", counted mostly political hardliners ("سه تندرو مجلس")
COUNTED_AGENT_NOUNS["REB"] += ("افراطی", "جهادی")

# agents31fa: a judicial council ("شورای عالی قضایی" of Iraq, Afghanistan's
# "شورای عالی قضا") is the judiciary, and so is its head ("رئیس" takes the
# body's agent), as English "Supreme Judicial Council" and Arabic "مجلس
# القضاء الأعلى" are read.
AGENT_NOUNS["JUD"] += ("شورای عالی قضایی", "شورای عالی قضائی", "شورای عالی قضا", "شورای قضایی")

# agents31fa: retirees and pensioners are civilians, not workers, as
# English "pensioners", "retirees" and Arabic "متقاعدون" are read; those
# who gather protest, as working groups do (``triggers._PROTEST_CUES``);
AGENT_NOUNS["CVL"] += ("بازنشستگان", "مستمری بگیران")
# their organised bodies stay labour's (a union of retirees)
AGENT_NOUNS["LAB"] += tuple(
    f"{body} بازنشستگان"
    for body in ("تشکل", "تشکل های", "تشکل‌های", "کانون", "کانون های", "اتحاد", "انجمن", "سندیکای")
)

# agents31fa: the state's forces by the adjective of its rule ("نیروهای
# حکومتی", "نیروهای وابسته به حکومت") are its armed forces, as "نیروهای
# دولتی" and English "government forces" are read: one actor, not forces
# and a government beside them.
AGENT_NOUNS["MIL"] += tuple(
    f"{noun} {rule}"
    for noun in ("نیروهای", "نیروی", "نظامیان")
    for rule in ("حکومتی", "وابسته به حکومت", "وابسته به دولت")
)

# named32: other names and spellings of the region's armed movements,
# parties and bodies, as English and Arabic name them (lang/en, lang/ar
# ``NAMED_GROUPS``). Names that are also common words stay out alone: "فتح"
# (conquest) only as "جنبش فتح", "اخوان" (brothers, a surname) only as
# "اخوان المسلمین", "جندالله" (soldiers of God) only as a group ("گروهک"),
# "میت" (a corpse) never. "حزب بعث" alone is Syria's or
# Iraq's: its country comes from the text.
NAMED_GROUPS.update(
    {
        **dict.fromkeys(
            (
                "گردان های شهدای الاقصی",
                "گردانهای شهدای الاقصی",
                "کتائب شهدای الاقصی",
                "جنبش جهاد اسلامی",
                "جهاد اسلامی فلسطین",
            ),
            ("PSE", "REB", None),
        ),
        **dict.fromkeys(
            (
                "شاخه خراسان داعش",
                "داعش شاخه خراسان",
                "دولت اسلامی خراسان",
                "داعش خراسانی",
            ),
            ("AFG", "REB", None),
        ),
        **dict.fromkeys(
            (
                "القاعده در شبه جزیره عربستان",
                "القاعده شبه جزیره عربستان",
                "القاعده در جزیره العرب",
                "القاعده جزیره العرب",
            ),
            ("YEM", "REB", None),
        ),
        **dict.fromkeys(("جبهه نصره", "جبهة النصره"), ("SYR", "REB", None)),
        "گروهک تروریستی جندالله": ("IRN", "REB", None),
        **dict.fromkeys(
            ("حزب حرکت ملی", "حزب حرکت ملی گرا", "حزب حرکت ملیگرا"), ("TUR", "PTY", None)
        ),
        **dict.fromkeys(
            (
                "حزب دموکراتیک خلق ها",
                "حزب دموکراتیک خلقها",
                "حزب دموکراسی خلق ها",
                "حزب دم",
                "حزب برابری و دموکراسی خلق ها",
            ),
            ("TUR", "OPP", None),
        ),
        **dict.fromkeys(("یش عتید", "حزب یش عتید"), ("ISR", "OPP", None)),
        **dict.fromkeys(("جنبش النهضه", "حزب النهضه", "جنبش نهضت تونس"), ("TUN", "PTY", None)),
        "حزب بعث": (None, "PTY", None),
        "حزب بعث سوریه": ("SYR", "PTY", None),
        "حزب بعث عراق": ("IRQ", "PTY", None),
        **dict.fromkeys(
            ("صدری ها", "صدریها", "جریان صدری", "جریان صدر عراق"), ("IRQ", "PTY", None)
        ),
        **dict.fromkeys(
            ("حزب الاصلاح", "حزب اصلاح یمن", "حزب التجمع یمنی للاصلاح"), ("YEM", "PTY", None)
        ),
    }
)
# named32: Afghanistan's ministry of information and culture is its
# government's, not a security service as "وزارت اطلاعات" alone is.
NAMED_GROUPS["وزارت اطلاعات و فرهنگ"] = ("AFG", "GOV", None)
# named32: West Bank brigades of recent years, as English and Arabic name them
NAMED_GROUPS.update(
    dict.fromkeys(
        ("عرین الاسود", "گروه عرین الاسود", "گردان جنین", "گردان های جنین"), ("PSE", "REB", None)
    )
)
# named32: Iraq's Shiite ruling bloc (only named as a bloc: "در چارچوب
# هماهنگی" is also "within the coordination"), the Kurdistan Region's
# government and Pakistan's Jamiat Ulema-e-Islam, as English and Arabic
# name them
NAMED_GROUPS.update(
    {
        **dict.fromkeys(
            ("ائتلاف چارچوب هماهنگی", "چارچوب هماهنگی شیعیان", "چارچوب هماهنگی شیعی"),
            ("IRQ", "PTY", None),
        ),
        **dict.fromkeys(
            ("دولت اقلیم کردستان", "حکومت اقلیم کردستان", "دولت اقلیم کردستان عراق"),
            ("IRQ", "GOV", None),
        ),
        **dict.fromkeys(("جمعیت علمای اسلام", "جمعیت علمای اسلام پاکستان"), ("PAK", "PTY", None)),
    }
)


# ---- agents33fa: surnames built on titles ----
# A Persian surname joins a title or an agent's noun to "زاده" (son of),
# "پور" or "نژاد" ("قاضی‌زاده", "سردارپور", "امیرزاده"): written with a
# ZWNJ, the text folds it to two words and "قاضی" alone read a judge. The
# surname names no office.
_TITLE_STEMS: tuple[str, ...] = (
    "قاضی",
    "امیر",
    "سردار",
    "وزیر",
    "سفیر",
    "شهردار",
    "ملا",
    "شیخ",
    "امام",
    "مفتی",
    "نماینده",
    "پلیس",
    "سپاه",
    "دادستان",
    "فرماندار",
    "استاندار",
    "حاکم",
    "سرهنگ",
    "دبیر",
    "رئیس",
    "کارگر",
    "معلم",
)
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{stem} {suffix}" for stem in _TITLE_STEMS for suffix in ("زاده", "پور", "نژاد")
)


# ---- agents33fa: "افغانی" after a noun for people ----
# Iranian news calls Afghans "افغانی" as often as "افغان": the word is not
# among the country adjectives, being the Afghan currency too ("۱۰۰ میلیون
# افغانی"), so "کارگران افغانی" were read as Iran's workers and "پناهجویان
# افغانی" as refugees of no country. Right after a noun for people it is
# the adjective: those people are Afghanistan's.
_AFGHAN_PEOPLE: dict[str, tuple[str, ...]] = {
    "CVL": (
        "شهروند",
        "شهروندان",
        "اتباع",
        "تبعه",
        "تبعه های",
        "زنان",
        "کودکان",
        # parties44fa: the other plain nouns for civilians and people
        "غیرنظامی",
        "غیرنظامیان",
        "غیر نظامیان",
        "مردم",
        "افراد",
        "مسافران",
        "زندانیان",
        "دختران",
        "جوانان",
    ),
    "REF": (
        "مهاجر",
        "مهاجران",
        "مهاجرین",
        "پناهجو",
        "پناهجوی",
        "پناهجویان",
        "پناهنده",
        "پناهندگان",
        "آوارگان",
    ),
    "LAB": ("کارگر", "کارگران"),
    "EDU": ("دانشجو", "دانشجوی", "دانشجویان", "دانش آموزان", "معلمان"),
    "MED": ("خبرنگار", "خبرنگاران", "روزنامه نگار", "روزنامه نگاران"),
    "BUS": ("تاجر", "تاجران", "بازرگانان"),
    "MIL": ("سرباز", "سربازان", "نظامیان", "نیروهای"),
    "GOV": ("مقامات", "دیپلمات", "دیپلمات های"),
}
for _agent, _heads in _AFGHAN_PEOPLE.items():
    AGENT_NOUNS_OF_STATE[("AFG", _agent)] = AGENT_NOUNS_OF_STATE.get(("AFG", _agent), ()) + tuple(
        f"{head} افغانی" for head in _heads
    )
# agents33ar: a researcher is of the universities (EDU), as the plural
# "پژوهشگران" and English "researcher" ("یک پژوهشگر فرانسوی را محکوم کرد")
AGENT_NOUNS["EDU"] += ("پژوهشگر",)

# agents44fa: people the news names by what they do, read on unseen corpus
# text: reporters are media as journalists are ("گزارشگر"; "گزارشگران بدون
# مرز" stays the NGO, the longer match); growers of a crop are civilians as
# farmers are, and so are the users of a network when the network is named
# (bare "کاربران" is as often the users in a bill's or a site's name);
# "disruptors" is state media's word for rioters (as "اغتشاشگران"); a
# student teacher ("دانشجومعلم", written joined or apart) is of the schools.
# Left out: patients, relatives, survivors and "مجاهدان" (an honorific for
# veterans), more often the topic or the dead than a side. A special
# rapporteur ("گزارشگر ویژه") is an IGO's official (GOV), no reporter: an
# agent noun, not a role, so no later "او" is read as him (as a title would
# be), which took UN in as a side of what others said.
for _agent, _phrases in {
    "MED": ("گزارشگر", "گزارشگران"),
    "GOV": ("گزارشگر ویژه",),
    "CVL": (
        *("نخلداران", "باغداران", "گندمکاران", "شالیکاران", "چغندرکاران"),
        *("کاربران شبکه های اجتماعی", "کاربران فضای مجازی", "اخلالگران"),
    ),
    "EDU": ("دانشجومعلمان", "دانشجو معلمان", "دانشجومعلم", "دانشجو معلم"),
}.items():
    AGENT_NOUNS[_agent] = AGENT_NOUNS[_agent] + _phrases

# The other seats of government of the actor tables ("الیزه" alone, Seoul's
# "کاخ آبی"): the government sitting there (GOV), as "کاخ سفید".
NAMED_GROUPS.update(
    dict.fromkeys(("الیزه",), ("FRA", "GOV", None)) | {"کاخ آبی": ("KOR", "GOV", None)}
)

# agents37: the presidency or the parliament as the office an election or a
# candidacy is for ("انتخابات ریاست جمهوری", "نامزد ریاست جمهوری",
# "انتخابات مجلس") is no actor: without this the presidency (GOV) or the
# Majles (LEG) joined every event of an election story as a side.
NOT_AGENTS = NOT_AGENTS + (
    "انتخابات ریاست جمهوری",
    "انتخابات ریاست جمهور",
    "انتخابات مجلس",
    "انتخابات مجلس شورای اسلامی",
    "انتخابات پارلمان",
    "انتخابات پارلمانی",
    "نامزد ریاست جمهوری",
    "نامزد انتخابات ریاست جمهوری",
    "نامزد انتخابات مجلس",
    "نامزد مجلس",
    "کاندیدای ریاست جمهوری",
    "کاندیدای انتخابات ریاست جمهوری",
    "کاندیدای مجلس",
    "داوطلب ریاست جمهوری",
    "داوطلب انتخابات ریاست جمهوری",
    "مناظره ریاست جمهوری",
    "مناظره های ریاست جمهوری",
    "ستاد ریاست جمهوری",
)


# agents38ar: the force of an international body in the singular ("نیروی
# اتحادیه آفریقا در دارفور", "کاروانی از نیروی سازمان ملل") is that
# body's armed forces, as the plural "نیروهای" already is (the spec:
# "UN:MIL"); a peacekeeping or multinational force named by its kind is
# armed forces of no one country. Bare "نیرو" stays out: it is also power.
_BODY_FORCE_NAMES: dict[str, tuple[str, ...]] = {
    "AU": ("اتحادیه آفریقا",),
    "UN": ("سازمان ملل", "سازمان ملل متحد"),
    "EU": ("اتحادیه اروپا",),
    "NATO": ("ناتو",),
}
NAMED_GROUPS.update(
    {
        f"{head} {name}": (code, "MIL", None)
        for code, names in _BODY_FORCE_NAMES.items()
        for name in names
        for head in ("نیروی", "نیروی حافظ صلح")
    }
    | dict.fromkeys(("نیروی حافظ صلح", "نیروی چندملیتی", "نیروی چند ملیتی"), (None, "MIL", None))
)


# parties39fa: bodies that only one state has, named without it. Iran's
# police go by the acronyms of their name ("ناجا", "فراجا"; the name
# itself, "نیروی انتظامی", is in AGENT_NOUNS_OF_STATE), Iran's coronavirus
# headquarters by theirs; the CIA by its letters. In the corpus every bare
# "نیروی انتظامی", "ناجا" and "ستاد ملی کرونا" is Iran's (some 100 hits read).
NAMED_GROUPS.update(
    dict.fromkeys(("ناجا", "فراجا"), ("IRN", "COP", None))
    | dict.fromkeys(
        ("ستاد ملی کرونا", "ستاد ملی مقابله با کرونا", "ستاد مقابله با کرونا"),
        ("IRN", "GOV", None),
    )
    | dict.fromkeys(("سی آی ای", "سی‌آی‌ای"), ("USA", "COP", None))
    | {"واشینگتن پست": ("USA", "MED", None)}
)

# partiesfa109: Iran's ministries and bodies go by names no other state's
# bear ("وزارت آموزش و پرورش": Afghanistan's and Tajikistan's is "وزارت
# معارف"; "وزارت جهاد کشاورزی", "سازمان برنامه و بودجه", "دیوان عدالت
# اداری"), so written bare they are Iran's as "ناجا" is; so is the
# intelligence ministry, "وزارت اطلاعات" (all 84 corpus hits Iran's;
# Afghanistan's "وزارت اطلاعات و فرهنگ" is a name of its own, named32).
# Not the judiciary ("قوه قضاییه", also Afghanistan's, see
# context.HOME_STATE_BODIES) nor a name another state's body shares in
# Persian ("وزارت کشور", "سازمان حفاظت محیط زیست" is also America's EPA).
# mendD109: nor, after all, the guidance ministry ("وزارت ارشاد، حج و
# اوقاف" is the Taliban's). The intelligence ministry stays Iran's unless a
# state follows it ("وزارت اطلاعات رژیم صهیونیستی", below); other states'
# ministries of information by longer names ("وزارت اطلاعات و پخش") are
# nouns of their own, with no state.
_IRAN_ONLY_BODIES: dict[str, tuple[str, ...]] = {
    "GOV": (
        "وزارت آموزش و پرورش",
        "وزارت جهاد کشاورزی",
        "وزارت تعاون، کار و رفاه اجتماعی",
        "وزارت تعاون کار و رفاه اجتماعی",
        "وزارت صمت",
        "وزارت صنعت، معدن و تجارت",
        "وزارت راه و شهرسازی",
        "وزارت میراث فرهنگی، گردشگری و صنایع دستی",
        "وزارت میراث فرهنگی و گردشگری",
        "وزارت فرهنگ و ارشاد اسلامی",
        "سازمان برنامه و بودجه",
        "سازمان بازرسی کل کشور",
        # mendD109: the same names written with a joiner (ZWNJ)
        "وزارت آموزش\u200cوپرورش",
        "وزارت راه\u200cوشهرسازی",
        "سازمان برنامه\u200cوبودجه",
    ),
    "JUD": ("دیوان عدالت اداری",),
    "COP": ("وزارت اطلاعات",),
}
# mendD109: listed as nouns of Iran's body (``AGENT_NOUNS_OF_STATE``), not
# as named groups, so a state written right after the name is the body's
# ("وزارت آموزش و پرورش عراق", "… طالبان": another state's ministry of the
# same name) and only a name without one is Iran's
for _agent, _body_names in _IRAN_ONLY_BODIES.items():
    AGENT_NOUNS_OF_STATE[("IRN", _agent)] = (
        AGENT_NOUNS_OF_STATE.get(("IRN", _agent), ()) + _body_names
    )
# the names listed as bare agent nouns ("سازمان برنامه و بودجه") read as
# those first: they are moved, as Arabic ``_STATE_BODIES_48`` are
_MOVED_109 = frozenset(name for names in _IRAN_ONLY_BODIES.values() for name in names)
for _agent in AGENT_NOUNS:
    AGENT_NOUNS[_agent] = tuple(w for w in AGENT_NOUNS[_agent] if w not in _MOVED_109)
AGENT_NOUNS["GOV"] += ("وزارت اطلاعات و پخش", "وزارت اطلاعات و ارتباطات")

# agents39fa: more nouns for people who act, with their plural and clitic
# forms from the "agent" endings. "سران" (the heads), an official's title
# (``roles``), is a state's leaders, but the heads of tribes are their
# elders, and "سران فتنه" (the heads of the 2009 "sedition") the opposition
# leaders Iranian media name so; "سرانه" (per capita) is another word. Security agents written "عوامل" ("عوامل امنیتی")
# are the police's, as "ماموران امنیتی" are; "رزمندگان اسلام" are Iran's
# fighters; "بی‌جاشدگان" (the displaced) are refugees, as "آوارگان" are.
for _agent, _phrases in {
    "OPP": ("سران فتنه",),
    "CVL": ("سران طوایف", "سران اقوام", "سران طایفه"),
    "COP": ("عوامل امنیتی", "عوامل انتظامی", "عوامل اطلاعاتی"),
    "MIL": ("رزمندگان اسلام",),
    "REF": ("بی جاشدگان", "بی‌جاشدگان", "بیجاشدگان"),
}.items():
    AGENT_NOUNS[_agent] = AGENT_NOUNS[_agent] + _phrases
# A summit ("نشست سران", "اجلاس سران") is the event, not its members.
NOT_AGENTS = NOT_AGENTS + ("سرانه", "سرانه ای", "نشست سران", "اجلاس سران", "کنفرانس سران")

# agents40ar: the parliament of an international body is that body's
# legislature ("پارلمان اروپا … را محکوم کرد"), as a state's is (LEG), as
# the Arabic "البرلمان الأوروبي" is read.
_BODY_PARLIAMENTS: dict[str, tuple[str, ...]] = {
    "EU": ("پارلمان اروپا", "پارلمان اروپایی"),
    "ARABLEAGUE": ("پارلمان عربی", "پارلمان عرب"),
    "AU": ("پارلمان آفریقا",),
}
NAMED_GROUPS.update(
    {name: (code, "LEG", None) for code, names in _BODY_PARLIAMENTS.items() for name in names}
)

# targets40fa: people too vague to be a side anywhere else (voters of a poll,
# "حامیان تروریسم", parents in a school story) are the side an appeal is
# aimed at: "از رای‌دهندگان خواست", "از همه واجدان شرایط دعوت کرد". They
# count only right after "از" (``ASKED_MARKERS``, past "همه" and its kin,
# ``ASKED_FILLERS``) with a verb of asking within ``ASKING_REACH`` words
# after (``ASKING_AFTER``, stems read inside a word; ``extract/asked_nouns``).
ASKED_AGENT_NOUNS: dict[str, tuple[str, ...]] = {
    "CVL": (
        *("رای‌دهندگان", "رای دهندگان", "رأی‌دهندگان", "رأی دهندگان"),
        *("واجدان شرایط", "واجدین شرایط", "واجدان شرایط رای", "واجدین شرایط رای"),
        *("طرفداران", "حامیان", "مسلمانان", "والدین", "مصرف‌کنندگان", "مصرف کنندگان"),
    ),
}
ASKED_MARKERS: tuple[str, ...] = ("از",)
# "همه‌ی" is read as two words ("همه ی"): normalisation makes the ZWNJ a
# space, and ``extract/asked_nouns`` matches fillers word by word.
ASKED_FILLERS: tuple[str, ...] = ("همه", "همه‌ی", "تمام", "تمامی", "کلیه", "کلیه‌ی")
# Stems read in the words after the noun joined by spaces, so "می‌خواهد"
# (normalised "می خواهد": "از مردم می‌خواهد" asks the people) is found.
ASKING_AFTER: tuple[str, ...] = (
    *("خواست", "درخواست", "دعوت", "تقاضا"),
    *("می‌خواه", "میخواه"),
)
# mend40b: words that take "از" themselves, so the noun after it is what is
# asked for or a part of the askers, not whom they ask ("حمایت از
# مسلمانان را خواستار شد", "بسیاری از رای‌دهندگان خواستار …").
ASKED_OWN_MARKER: tuple[str, ...] = (
    *("حمایت", "دفاع", "پشتیبانی", "حفاظت", "محافظت", "صیانت", "قدردانی", "تشکر"),
    *("یکی", "بسیاری", "برخی", "بعضی", "شماری", "تعدادی", "گروهی", "یک", "نیمی"),
    *("درصد", "بیش", "کمتر", "پس", "پیش", "بعد", "قبل", "غیر"),
)
ASKING_REACH = 4

# agents41fa: Persian news numbers the Islamic Republic's governments and
# parliaments ("دولت دوازدهم", "دولت‌های نهم و دهم", "مجلس یازدهم") and names
# them by slogan ("دولت تدبیر و امید"): each is Iran's,
# where bare "دولت"/"مجلس" names no country (a president's name after
# "دولت" already tells it, ``office_names.tsv``), unless a state follows
# ("دولت سیزدهم عراق", ``context.COUNTRY_AFTER_GROUP_HEADS``). Low ordinals
# stay out: "دولت دوم ترامپ" is another state's second term.
_GOVERNMENT_ORDINALS: tuple[str, ...] = (
    *("هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم"),
)
_PARLIAMENT_ORDINALS: tuple[str, ...] = (
    *("ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"),
)
_IRANIAN_GOVERNMENTS: tuple[str, ...] = (
    *(f"{head} {n}" for head in ("دولت", "دولت‌های", "دولتهای") for n in _GOVERNMENT_ORDINALS),
    # not "دولت اصلاحات": also the plain "government ... reforms" ("از دولت
    # اصلاحات سیاسی خواستند", mend41b)
    "دولت تدبیر و امید",
)
# with its members written before it: "نمایندگان مجلس" is a title of its
# own, and the longer phrase wins
_IRANIAN_PARLIAMENTS: tuple[str, ...] = tuple(
    f"{member}{head} {n}"
    for member in ("", "نماینده ", "نمایندگان ")
    for head in ("مجلس", "مجالس")
    for n in _PARLIAMENT_ORDINALS
)
NAMED_GROUPS.update(dict.fromkeys(_forms(*_IRANIAN_GOVERNMENTS), ("IRN", "GOV", None)))
NAMED_GROUPS.update(dict.fromkeys(_forms(*_IRANIAN_PARLIAMENTS), ("IRN", "LEG", None)))
# the state broadcaster written glued as often as spaced
NAMED_GROUPS.update(dict.fromkeys(("صداوسیما", "سازمان صداوسیما"), ("IRN", "MED", None)))

# agents41fa: agent nouns frequent in the corpus that no entry read:
# wholesalers (BUS, "اتحادیه بنکداران"), military advisers (MIL), and the
# scientists who speak for public health in an epidemic: epidemiologists,
# virologists, the national COVID scientific committee (HLH, as physicians
# are). Not "سیاستمداران": the politicians news names are as often those
# arrested or in opposition as those in office.
for _agent, _phrases in {
    "BUS": _forms("بنکداران", "بنکدار", "عمده‌فروشان", "عمده فروشان"),
    "MIL": _forms("مستشاران نظامی", "مستشار نظامی"),
    "HLH": _forms(
        *("اپیدمیولوژیست", "اپیدمیولوژیست‌ها", "متخصصان اپیدمیولوژی", "ویروس‌شناسان"),
        *("ویروس‌شناس", "متخصصان عفونی", "متخصصان بیماری‌های عفونی", "مدافعان سلامت"),
        *("کمیته علمی ستاد ملی کرونا", "کمیته کشوری اپیدمیولوژی"),
        *(
            f"کمیته علمی {scope}{disease}"
            for scope in ("", "کشوری ")
            for disease in ("کرونا", "کووید", "کووید19", "کووید 19", "کووید-19")
        ),
    ),
}.items():
    AGENT_NOUNS[_agent] += tuple(p for p in _phrases if p not in AGENT_NOUNS[_agent])


# agents43fa: social media are where something is posted ("ویدیوهای منتشرشده
# در رسانه‌های اجتماعی"), a platform, not journalists who act: no MED side,
# as "شبکه‌های اجتماعی" already is none, Arabic "وسائل الإعلام الاجتماعية"
# none, and English "social media" none.
# A state named after them ("رسانه‌های اجتماعی افغانستان") is where they
# are read, and blocked with them: no state that acts.
def _social_media() -> tuple[str, ...]:
    """Social media, alone and with a state's name or adjective after."""
    from .actors import COUNTRY_ADJECTIVES, COUNTRY_NAMES

    heads = ("رسانه های اجتماعی", "رسانه‌های اجتماعی", "رسانه اجتماعی", "رسانه‌ی اجتماعی")
    states = [
        n for table in (COUNTRY_NAMES, COUNTRY_ADJECTIVES) for ns in table.values() for n in ns
    ]
    return heads + tuple(f"{head} {state}" for head in heads for state in states)


NOT_AGENTS = NOT_AGENTS + _social_media() + ("فضای مجازی",)

# agents43fa: a hospital or clinic that someone is taken to ("پس از انتقال
# به بیمارستان جان باخت", "به بیمارستان منتقل شد") is where he goes, not a
# health body that takes part in what befell him: no HLH side. English
# "taken to hospital" and Arabic "نقل إلى المستشفى" already give none; a
# hospital struck ("به بیمارستان حمله کردند") stays a side.
NOT_AGENTS = (
    NOT_AGENTS
    + tuple(
        phrase
        for place in ("بیمارستان", "بیمارستان ها", "بیمارستان‌ها", "درمانگاه", "مرکز درمانی")
        for phrase in (
            f"انتقال به {place}",
            f"انتقال وی به {place}",
            f"انتقال او به {place}",
            f"انتقال آنها به {place}",
            f"به {place} منتقل",
            f"به {place} انتقال",
            f"به {place} اعزام",
            f"راهی {place}",
            f"در {place} بستری",
        )
    )
    + ("مراکز درمانی منتقل", "به مراکز درمانی انتقال", "انتقال به مراکز درمانی")
)

# agents45fa: state bodies and armed movements no entry read, found on a
# sample of unseen corpus sentences (seed 4545): the elected councils of a
# town or village by their full name ("شورای اسلامی شهر", as "شورای شهر"
# was), the supreme councils of the state's policy ("شورای عالی انقلاب
# فرهنگی", "شورای عالی کار") and the military institutions in the plural
# ("نهادهای نظامی", as "نهادهای امنیتی" are COP). Forces opposed to a
# government are an armed opposition (REB, as Arabic "قوات المعارضة" and
# English "opposition forces" read); the takfiri creed names militants as
# "گروه‌های تکفیری" did. Not "نیروهای جهادی": in Iran's usage the volunteer
# relief and building groups.
for _agent, _phrases in {
    "GOV": _forms(
        *("شورای اسلامی شهر", "شوراهای اسلامی شهر", "شورای اسلامی روستا", "شوراهای اسلامی روستا"),
        *("شورای عالی انقلاب فرهنگی", "شورای عالی کار", "شورای عالی اداری"),
    ),
    "MIL": _forms("نهادهای نظامی", "نهاد‌های نظامی", "دستگاه‌های نظامی"),
    "REB": _forms(
        *("نیروهای مخالف", "نیروهای مسلح مخالف", "نیروهای مخالف دولت", "نیروهای مخالف حکومت"),
        *("نیروهای تکفیری", "نیروهای تروریستی"),
    ),
}.items():
    AGENT_NOUNS[_agent] += tuple(p for p in _phrases if p not in AGENT_NOUNS[_agent])

# agents45fa: Iran's own councils of state by their names, which no other
# state uses in these words: the Expediency Council named short (the Supreme
# National Security Council is an office of the state, ``roles.py``, read
# with the country written), and the state shipping
# line named short (a company, BUS, as its full name already was; "جمهوری
# اسلامی" inside it read it as the state).
NAMED_GROUPS.update(
    dict.fromkeys(
        _forms("مجمع تشخیص مصلحت", "دبیرخانه مجمع تشخیص مصلحت"),
        ("IRN", "GOV", None),
    )
)
NAMED_GROUPS.update(dict.fromkeys(("کشتیرانی جمهوری اسلامی",), ("IRN", "BUS", None)))

# agents45fa: the councils as the office an election or a candidacy is for
# ("انتخابات شوراهای اسلامی شهر و روستا", "داوطلبان عضویت در شوراها"), as
# the presidency and the Majles are (agents37): no side of the story.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{head} {council}{scope}"
    for head in ("انتخابات", "انتخاب", "عضویت در", "داوطلبان", "داوطلب", "نامزد", "نامزدهای")
    for council in (
        "شورای اسلامی",
        "شوراهای اسلامی",
        "شورا‌های اسلامی",
        "شورای شهر",
        "شوراهای شهر",
        "شورا‌های شهر",
    )
    for scope in ("", " شهر", " روستا", " شهر و روستا", " روستا و شهر")
)

# agents43fa: the plural ending ها/های is written glued ("دیپلماتها",
# "نیروها"), after a ZWNJ ("دیپلمات‌ها", "نیرو‌ها") or after a space; the
# normaliser makes the ZWNJ a space, so a plural listed one way was missed
# when written the other ("توریستها", "زخمیها", "نیرو‌های"). Each listed
# plural also gets its other spelling. Arabic and English write no detached
# plural ending.
_DETACHED_PLURALS = ("های", "ها")


def _plural_spellings(phrase: str) -> tuple[str, str]:
    """The phrase with each plural ending glued to its noun, and with each
    written apart ("نیروهای امنیتی", "نیرو های امنیتی"). A glued ending
    counts on a stem of three letters or more: "فقها" is no plural of "فق"."""
    glued: list[str] = []
    apart: list[str] = []
    for word in phrase.replace("\u200c", " ").split():
        if word in _DETACHED_PLURALS and glued:
            glued[-1] += word
            apart.append(word)
            continue
        glued.append(word)
        plural = next((p for p in _DETACHED_PLURALS if word.endswith(p)), "")
        if plural and len(word) - len(plural) >= 3:
            apart.extend((word[: -len(plural)], plural))
        else:
            apart.append(word)
    return " ".join(glued), " ".join(apart)


# agents45ar: the word classes Arabic was given this round, in Persian:
# sellers of contraband (arms, drugs) are criminals as smugglers are.
# "مرجعیت" with an adjective
# of a domain of ideas ("مرجعیت سیاسی", "مرجعیت علمی") is an authority of
# reference, not the religious authority bare "مرجعیت" names.
for _agent, _phrases in {
    "CRM": tuple(
        f"{seller} {goods}"
        for seller in ("فروشنده", "فروشندگان", "دلال", "دلالان")
        for goods in ("سلاح", "اسلحه", "سلاح گرم", "مواد مخدر")
        if f"{seller} {goods}" not in AGENT_NOUNS["CRM"]
    ),
    # a federal office of a state, as Arabic "المكتب الاتحادي" is read
    "GOV": ("اداره فدرال", "اداره فدرال مهاجرت", "دفتر فدرال"),
}.items():
    AGENT_NOUNS[_agent] += tuple(p for p in _phrases if p not in AGENT_NOUNS[_agent])
NOT_AGENTS = NOT_AGENTS + tuple(
    f"مرجعیت {a}" for a in ("سیاسی", "فکری", "علمی", "حقوقی", "قانونی", "اقتصادی", "تاریخی")
)
# A day named after a body ("روز پلیس", "روز ارتش") is a date of the
# calendar, not the body as a side of what is said on it, as Arabic "عيد
# الشرطة" and English "Police Day" are read.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"روز {body}" for body in ("پلیس", "ارتش", "نیروی انتظامی", "کارگر", "معلم", "خبرنگار")
)

# ---- agents48fa: bodies and titles of Persian news read from the spec's
# list of agents, with sentences written for them ----
# - an Afghan MP is a "وکیل" of the parliament ("وکلای پارلمان"): the
#   longer phrase wins over "وکلا" (lawyers); one of a house named
#   ("وکلای ولسی جرگه") is already that house's, the named group;
# - gunmen on motorbikes are unknown attackers, as "افراد مسلح ناشناس";
# - bodies "defending human rights" are NGOs, where "مدافعان حقوق بشر"
#   alone are activists (OPP): the longer phrase wins;
# - a police rank written with its ordinal ("ستوان یکم پلیس") or a warrant
#   officer's or sergeant's ("استوار", "گروهبان") with the police is police,
#   as "سرگرد پلیس" already was; the Afghan police command ("قوماندانی
#   امنیه", "قوماندان امنیه") is police, not an army commander's, and so
#   is the riot guard ("گارد ضد شورش");
# - "بازاری‌ها" are the bazaar's merchants as "بازاریان" are.
_RANKS_WITH_ORDINALS: tuple[str, ...] = tuple(
    f"{rank} {nth}" for rank in ("ستوان", "سرهنگ") for nth in ("یکم", "دوم", "سوم")
) + ("استوار", "استوار یکم", "استوار دوم", "گروهبان", "گروهبان یکم", "گروهبان دوم")
for _agent, _phrases in {
    "LEG": tuple(
        f"{mp} {house}"
        for mp in ("وکیل", "وکلای")
        for house in ("پارلمان", "مجلس", "مجلس نمایندگان")
    ),
    "UAF": _forms("موتورسواران مسلح", "موتورسوار مسلح", "افراد مسلح موتورسوار"),
    "NGO": _forms(
        *(f"{body} مدافع حقوق بشر" for body in ("نهاد", "سازمان", "گروه", "نهادهای")),
        "سازمان‌های مدافع حقوق بشر",
    ),
    "COP": _forms(
        *(f"{rank} {body}" for rank in _RANKS_WITH_ORDINALS for body in ("پلیس", "انتظامی")),
        *(f"{head} امنیه" for head in ("قوماندانی", "قومندانی", "قوماندان", "قومندان")),
        *("فرمانده امنیه", "فرماندهی امنیه"),
        # the riot guard, as "پلیس ضد شورش" (it was read as unknown attackers)
        *(f"{body} {riot}" for body in ("گارد", "یگان") for riot in ("ضد شورش", "ضدشورش")),
    ),
    "BUS": _forms("بازاری‌ها"),
}.items():
    AGENT_NOUNS[_agent] += tuple(p for p in _phrases if p not in AGENT_NOUNS[_agent])
# assault51fa: the Afghan (Dari) spelling of the police, "پولیس" ("پنج
# پولیس کشته شدند", "فرماندهی پولیس نیمروز"), as "پلیس" is read; whole
# words only, so "پرسپولیس" and "پوپولیستی" stay out.
AGENT_NOUNS["COP"] += tuple(
    p
    for p in (
        "پولیس",
        *(f"{head} پولیس" for head in ("نیروهای", "افسر", "افسران", "ماموران", "منسوبین")),
        *(f"{head} پولیس" for head in ("قوماندان", "قوماندانی", "فرمانده", "فرماندهی")),
    )
    if p not in AGENT_NOUNS["COP"]
)
# Afghanistan's national army, "اردوی ملی" (bare "اردو" is a camp or Urdu)
NAMED_GROUPS.setdefault("اردوی ملی", ("AFG", "MIL", None))
# "افغانی" after the other nouns for people of a state's bodies (agents33fa)
for _agent, _heads in {
    "COP": ("پلیس", "ماموران امنیتی", "مأموران امنیتی", "نیروهای امنیتی"),
    "REL": ("روحانیون", "علما", "علمای"),
    "CRM": ("قاچاقچیان",),
    "HLH": ("پزشکان", "پرستاران"),
    "OPP": ("مخالفان", "فعالان"),
}.items():
    AGENT_NOUNS_OF_STATE[("AFG", _agent)] = AGENT_NOUNS_OF_STATE.get(("AFG", _agent), ()) + tuple(
        f"{head} افغانی" for head in _heads
    )

for _agent, _phrases in list(AGENT_NOUNS.items()):
    _spellings = (s for p in _phrases for s in _plural_spellings(p))
    AGENT_NOUNS[_agent] = _phrases + tuple(
        dict.fromkeys(s for s in _spellings if s not in _phrases)
    )

# agents45ar: the US National Security Agency is named as the CIA is, as
# Arabic "وكالة الأمن القومي" and English "National Security Agency" are.
NAMED_GROUPS.setdefault("آژانس امنیت ملی", ("USA", "COP", None))

# agents46ar: a divided state whose bare name and adjective the gazetteer
# gives to one half: (its twin, the shared stems, the marks of the listed
# half's own forms); an article naming only the twin means it by the bare
# forms too (``extract/divided_states.py``).
DIVIDED_STATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "KOR": ("PRK", ("کره", "کوریا"), ("جنوب", "جمهوری", "سئول")),
}

# agents48ar: the agent nouns the Arabic list of round 48 added, as Persian
# writes them (``lang/ar/agents._AGENTS_48``): local councils, parliamentary
# committees, a group's emir, owners of a trade's shops, nuclear scientists
# humanitarian bodies, health centres, forgers. Not "ستاد
# انتخابات": as often a candidate's campaign office as the state's, and a
# place visited.
_AGENTS_48: dict[str, tuple[str, ...]] = {
    "GOV": ("شورای محلی", "شوراهای محلی"),
    "LEG": ("کمیته پارلمانی", "کمیسیون پارلمانی", "کمیته‌ای پارلمانی", "کمیته ای پارلمانی"),
    "MIL": ("چتربازان", "نیروهای چترباز", "فرمانده تیپ", "فرمانده لشکر", "فرمانده گردان"),
    "REB": ("امیر گروه", "امیر داعش", "امیر این گروه"),
    "BUS": (
        *("صاحبان نانوایی ها", "صاحبان نانوایی‌ها", "صاحبان مغازه ها", "صاحبان مغازه‌ها"),
        *("صاحبان رستوران ها", "صاحبان رستوران‌ها", "صادرکنندگان"),
    ),
    "NGO": ("سازمان های امدادی", "سازمان‌های امدادی", "سازمان های بشردوستانه"),
    "HLH": (
        *("مرکز بهداشتی", "مراکز بهداشتی", "مرکز بهداشت", "درمانگاه ها", "درمانگاه‌ها"),
        *("مرکز درمانی", "مراکز درمانی", "بیمارستان صحرایی", "کادر درمان", "کادر پزشکی"),
    ),
    "CRM": ("جاعل", "جاعلان", "اختلاسگران", "اختلاس‌گران"),
}
for _agent, _nouns in _AGENTS_48.items():
    AGENT_NOUNS[_agent] += tuple(n for n in _nouns if n not in AGENT_NOUNS[_agent])
# Bodies only one state has, named without its adjective (as Arabic
# ``_STATE_BODIES_48``).
NAMED_GROUPS.update(
    {
        **dict.fromkeys(("الازهر", "الأزهر", "شیخ الازهر", "شیخ الأزهر"), ("EGY", "REL", None)),
        "دانشگاه الازهر": ("EGY", "EDU", None),
        "کلیسای قبطی": ("EGY", "REL", None),
        "هیئت کبار علما": ("SAU", "REL", None),
        "هیئت کبار علمای": ("SAU", "REL", None),
        **dict.fromkeys(("پاتریارک مارونی", "اسقف اعظم مارونی"), ("LBN", "REL", None)),
        **dict.fromkeys(("شورای حاکمیتی", "شورای حاکمیت"), ("SDN", "GOV", None)),
        "حزب الدعوه": ("IRQ", "PTY", None),
    }
)

# agents59fa: a candidate's campaign office ("ستاد انتخاباتی رئیسی",
# "ستادهای مردمی سید ابراهیم رئیسی", "ستاد اصلاح طلبان طرفدار …") is a
# political organisation (PTY), never the state: the adjective "انتخاباتی"
# (of a campaign) or "مردمی" (the supporters' own offices) sets it apart
# from the state's election headquarters ("ستاد انتخابات کشور", round 48
# left out) and from "ستاد کل نیروهای مسلح". Every one of the corpus's
# ~100 mentions is a campaign's. The heads of these offices are in
# ``roles.TITLE_AGENTS``, the candidate named after them in
# ``context.SPONSOR_OPENERS``.
CAMPAIGN_OFFICES: tuple[str, ...] = tuple(
    f"{office}{plural} {kind}"
    for office in ("ستاد",)
    for plural in ("", "های", " های", "\u200cهای")
    for kind in ("انتخاباتی", "مردمی", "اصلاح طلبان", "اصلاح‌طلبان")
) + tuple(f"شورای هماهنگی ستاد{plural} مردمی" for plural in ("", "های", " های", "\u200cهای"))
AGENT_NOUNS["PTY"] += CAMPAIGN_OFFICES
# Iran's political coalitions and currents named in election news, which
# endorse candidates and publish lists: parties (PTY) of Iran.
NAMED_GROUPS.update(
    dict.fromkeys(
        (
            "شورای ائتلاف نیروهای انقلاب",
            "شورای ائتلاف نیروهای انقلاب اسلامی",
            "شورای ائتلاف نیرو‌های انقلاب",
            "شورای وحدت اصولگرایان",
            "جریان گام دوم انقلاب",
            "جریان گام دوم انقلاب اسلامی",
            "جبهه پیشرفت، رفاه و عدالت",
            "جبهه پیشرفت رفاه و عدالت",
        ),
        ("IRN", "PTY", None),
    )
)

# agents59fa: soldiers who rule are the government (the spec: "whoever
# holds power is GOV (a junta …)"), as "کودتاچیان" and "شورای نظامی"
# already are: "نظامیان حاکم میانمار" was read as the armed forces (MIL).
AGENT_NOUNS["GOV"] += (
    *("نظامیان حاکم", "ارتشیان حاکم", "حکام نظامی", "ژنرال‌های حاکم", "ژنرالهای حاکم"),
    *("شورای نظامی حاکم", "سران کودتا", "رهبران کودتا", "رهبر کودتا", "سران حکومت نظامی"),
)

# ranks62fa: land ranks written before a personal name ("سردار X", "سرتیپ
# X"): such an officer's own trip is a visit, not his forces sent
# (extract/ranked.py). Admirals ("امیر دریادار", "دریادار", "دریابان") are
# left out: an admiral's "سفر" is mostly his fleet's voyage, a deployment.
PERSON_RANKS: tuple[str, ...] = (
    *("سردار", "سرتیپ", "سرتیپ دوم", "سرلشکر", "سرهنگ", "ژنرال"),
    *("امیر سرتیپ", "امیر سرتیپ دوم", "امیر سرلشکر"),
    *("سرتیپ پاسدار", "سرلشکر پاسدار", "سرهنگ پاسدار"),
)

# ranks62fa: the admirals' ranks, which with the land ranks may stand in
# apposition after a title ("دبیر شورا، دریابان X"): the title's holder.
NAVAL_RANKS: tuple[str, ...] = (
    *("امیر دریادار", "امیر دریادار دوم", "دریادار", "امیر دریابان", "دریابان"),
)

# guards64ar: a force whose agent is its state's. "گارد ملی" is mostly an
# army's (the US National Guard, Saudi Arabia's: MIL, as listed above); in
# Tunisia and Venezuela the national guard is a gendarmerie (COP).
# Phrase → (the agent listed, {state: its agent}) (``extract/state_agents.py``).
AGENTS_BY_STATE: dict[str, tuple[str, dict[str, str]]] = {
    "گارد ملی": ("MIL", {"TUN": "COP", "VEN": "COP"}),
}

# agents67ar: the branches of the state named by their power in law, in
# the plural whose one head carries two of them ("قوای مجریه و مقننه": the
# government and the parliament, read as two agents by
# ``extract/shared_head.py``), as Arabic "السلطتين التنفيذية والتشريعية".
# The singular "قوه مجریه" stays out: in the corpus it is mostly a part of
# a title or a budget line ("نمایندگان قوه مجریه در شورای نظارت", "خارج از
# قوه مجریه"), and as an agent it lost those officials their country and
# made a budget share an aid.
AGENT_NOUNS["GOV"] = AGENT_NOUNS["GOV"] + ("قوای مجریه",)
AGENT_NOUNS["LEG"] = AGENT_NOUNS["LEG"] + ("قوای مقننه",)
AGENT_NOUNS["JUD"] = AGENT_NOUNS["JUD"] + ("قوای قضاییه",)

# agents67ar: captives held by a foe ("اسرای فلسطینی"): a protest of theirs,
# or for them, is against whoever holds them (``xx/agents.CAPTIVES_MODE``);
# "زندانیان", jailed by their own state, are not listed.
CAPTIVE_NOUNS: tuple[str, ...] = ("اسیر", "اسیران", "اسرا", "اسرای")

# A person named after an honorific whom no list knows ("آقای طالبی"), the
# object of a verb of arrest or sentence, is the civilian held (round 68,
# ``extract/held_persons``): the object marker right after the name, and
# one of these stems within ``HELD_REACH`` words after the marker (a date
# often stands between: "را روز ۳۱ تیر ۱۳۹۳ دستگیر کرد"), as a verb: a
# light verb right after it (``HELD_LIGHT_VERBS``), not a noun ("را در
# جریان بازداشت معترضان قرار داد").
HELD_OBJECT_MARKERS: tuple[str, ...] = ("را",)
HELD_VERBS: tuple[str, ...] = (
    "بازداشت",
    "دستگیر",
    "محکوم",
    "زندانی",
    # mendD68: no "احضار" (summoning): a summoned envoy is no civilian held
    "اعدام",
    "توقیف",
)
HELD_LIGHT_VERBS: tuple[str, ...] = ("کرد", "کن", "نمود", "نما", "می", "نمی", "خواهد", "خواهند")
HELD_REACH = 8
# mendD68: words that end the object's clause before its verb: a
# conjunction ("… را دید و برادرش را بازداشت کرد", "… را همه می‌شناسند و
# پلیس …"), a relative "که". Another object marker and a light verb of
# another verb stop the reach too (``extract/held_persons``).
HELD_CLAUSE_STOPS: tuple[str, ...] = ("و", "که")
# objects96: a person named at a clause's start, then one of these right
# after a verb of arrest within reach, is its passive subject, the one held
# ("آقای رضایی روز شنبه بازداشت شد"); a verb of saying between gives the
# verb another subject ("علی رضایی گفت دو نفر بازداشت شدند").
HELD_PASSIVE_MARKS: tuple[str, ...] = (
    *("شد", "شده", "گردید"),
    # target111: the plural of a list of names ("… و … بازداشت شدند")
    *("شدند", "شده‌اند", "گردیدند"),
)
HELD_PASSIVE_STOPS: tuple[str, ...] = (
    *("گفت", "افزود", "نوشت", "اعلام", "گزارش"),
    # mendH111: the plurals, as a list of names speaks ("علی رضایی و مریم
    # کریمی گفتند سه خبرنگار بازداشت شدند": the three are held, not the two),
    # and the plural ending of a perfect written apart ("گفته‌اند": its ZWNJ
    # is a space once normalised, so the participle stands alone)
    *("گفتند", "افزودند", "نوشتند", "اند"),
    # mendD97: the noun of a compound predicate with "شد" puts the verb of
    # arrest in its complement, a deed prevented or asked for, not suffered
    # ("علی رضایی مانع بازداشت شد", "… خواستار بازداشت … شد")
    *("مانع", "خواستار", "باعث", "موجب", "منجر"),
)
# target111: the word that joins persons' names into a list, the subject of
# one passive verb of arrest or sentence ("علی رضایی و مریم کریمی به ده سال
# زندان محکوم شدند") or one object ("… و … را بازداشت کرد"): every name of
# the list is held, not the first alone (``extract/held_persons``). A comma
# after a name joins too ("علی رضایی، مریم کریمی و …").
HELD_NAME_JOINERS: tuple[str, ...] = ("و",)
# target111: more common given names, read only by ``extract/held_persons``
# (a person named in the object or passive subject slot of a verb of arrest
# or sentence, as ``context.GIVEN_NAMES``): compounds ("علیرضا",
# "امیرحسین", "عبدالله"), and names of both sexes in common use. Left out
# those that are common words or places too ("میلاد" birth, "سینا" Sinai,
# "مینا", "سپیده" dawn, "شیرین" sweet, "ایمان" faith, "نوید", "امید", "ندا",
# "الهام", "آزاده", "نسیم", "شاهین", "رسول").
HELD_GIVEN_NAMES: tuple[str, ...] = (
    *("علیرضا", "محمدرضا", "حمیدرضا", "غلامرضا", "غلامحسین", "امیرحسین"),
    *("محمدعلی", "محمدحسین", "عبدالله", "عبدالرضا", "عبدالحسین", "ابوالفضل"),
    *("روح‌الله", "نصرالله", "حشمت‌الله", "مجتبی", "محسن", "ناصر", "سجاد"),
    *("بهنام", "بهزاد", "بابک", "آرش", "کاوه", "سیامک", "پرویز", "داریوش"),
    *("کوروش", "سهراب", "رامین", "شهرام", "فرشید", "فرزاد", "مهرداد", "کیوان"),
    *("پژمان", "هومن", "نیما", "پویا", "جمشید"),
    *("نسرین", "مهسا", "نازنین", "نیلوفر", "فریبا", "شهناز", "پروین", "ناهید"),
    *("ژیلا", "زینب", "سمیه", "مهناز"),
)

# agents70fa: people named by their art or their sport are civilians, as
# artists are ("هنرمندان", agents25fa): film-makers, musicians, poets,
# athletes and wrestlers arrested, sentenced or speaking for a strike
# ("کیهان کلهر موسیقیدان … از کارگران حمایت کرده"); converts to
# Christianity as the other religious minorities (agents27fa). Not
# "خواننده" (also a reader), "بازیگر" (also a player in politics), nor
# "نویسنده" (also the author of a report).
AGENT_NOUNS["CVL"] += _forms(
    *("کارگردان", "کارگردانان", "فیلمساز", "فیلمسازان", "مستندساز", "مستندسازان"),
    *("موسیقیدان", "موسیقی‌دان", "موسیقیدانان", "آهنگساز", "آهنگسازان"),
    *("نوازنده", "نوازندگان"),
    *("شاعر", "شاعران", "رپر", "خواننده رپ"),
    *("ورزشکار", "ورزشکاران", "کشتی‌گیر", "کشتی‌گیران", "فوتبالیست", "فوتبالیست‌ها"),
    *("نوکیشان مسیحی", "نوکیش مسیحی", "دوتابعیتی‌ها", "دوتابعیتی"),
)

# bodies73: the National Council of Resistance of Iran is the exiled
# opposition's council (IRN:OPP, as "مجاهدین خلق" above), not a parliament:
# read word by word, "شورای ملی" made it Iran's legislature (LEG).
NAMED_GROUPS.update(
    dict.fromkeys(("شورای ملی مقاومت ایران", "شورای ملی مقاومت"), ("IRN", "OPP", None))
)

# roles74: a protest one makes with one's own body: policemen or soldiers
# named before it are its strikers, not whom it is against
# (extract/armed_protest.py): "فرمانده پلیس در زندان اعتصاب غذا کرد".
SELF_PROTEST_WORDS: tuple[str, ...] = ("اعتصاب غذا", "اعتصاب غذای")

# doer76: the bare coalition is an actor only as the owner of a deed's noun
# right before it ("حملات ائتلاف", "حمله هوایی ائتلاف", ``extract/deed_owner.py``):
# elsewhere "ائتلاف" is as often a party list or an alliance ("ائتلاف حاکم").
# As the coalitions named in full (armiss18), of no one country.
DEED_OWNER_GROUPS: dict[str, tuple[str | None, str, str | None]] = {
    "ائتلاف": (None, "MIL", None),
}

# mendB76: a deed that ends or breaks a protest, told beside a hunger
# strike: the armed men named with it broke it up, they are not its strikers
# ("پلیس اعتصاب غذای زندانیان را سرکوب کرد"); extract/armed_protest.py.
SELF_PROTEST_BREAKERS: tuple[str, ...] = (
    "سرکوب", "شکستند", "شکست", "پایان دادند", "پایان داد", "متفرق", "خاتمه دادند",
    "خاتمه داد",
)  # fmt: skip

# bystander105: "which in the media (became known) as", "which the media
# called": the media named a case, they take no part in it ("پرونده‌ای که در
# رسانه‌ها به … معروف شد"). Only with the relative "که": "سانسور در رسانه‌ها"
# still strikes the media. mendA105: "که رسانه‌ها آن را" alone was any deed of
# the media on the thing ("… که رسانه‌ها آن را محکوم کردند": they condemned
# it), so only with the words of a name that follow it ("با عنوان", "به نام");
# "آن را «X» نامیدند", with the name between, cannot be said as a phrase.
_MEDIA_NAMED = tuple(
    f"که {media} {it} {title}"
    for media in ("رسانه‌ها", "رسانه ها")
    for it in ("آن را", "از آن")
    for title in ("با عنوان", "به عنوان", "تحت عنوان", "به نام")
)
NOT_AGENTS = NOT_AGENTS + ("که در رسانه‌ها به", "که در رسانه ها به") + _MEDIA_NAMED

# sides108: staff hired through contractors or on contract ("کارکنان شرکتی",
# "کارکنان پیمانکاری", "کارگران شرکتی") are workers (LAB), as "نیروهای
# شرکتی" and "کارگران پیمانی" above: read word by word they were civilians
# ("کارکنان") and a company ("شرکتی" taken for "شرکت").
AGENT_NOUNS["LAB"] += tuple(
    f"{staff} {hired}"
    for staff in ("کارکنان", "کارگران")
    for hired in ("شرکتی", "پیمانکاری", "پیمانی", "قراردادی")
    if f"{staff} {hired}" not in AGENT_NOUNS["LAB"]
)

# sides108: the press a speaker addresses ("وزیر در جمع خبرنگاران گفت")
# hears the deed, it is no side of it: read as one, the reporters took the
# next state's code ("خبرنگاران آمریکا"). Only "در جمع" (at a gathering of):
# "در میان مردم" is also where a blast struck. Not "در جمع مردم/هواداران/
# حامیان" (mendC108): there too shots and bombs struck ("در جمع مردم روستا
# تیراندازی کردند"), and the audience is often taken up again by a pronoun
# ("از آنها خواست").
NOT_AGENTS = NOT_AGENTS + ("در جمع خبرنگاران",)

# agentsar109: the members of a ring named before ("یک باند قاچاق را متلاشی
# کرد … سه نفر از اعضای این باند را بازداشت کرد"): the ring's people, not
# the civilians "نفر" was read as (``extract/ring_members.py``); a ring noun
# must be among the words of an earlier criminal or militant mention.
# mendC109: only with "این" (this ring): the bare "اعضای شبکه" is as often
# another network's ("اعضای شبکهٔ روح‌الله زم", a news channel's, the social
# networks'), its one corpus use among them. A suffix glued on by ZWNJ,
# which folding makes a word of its own, makes the head another word
# ("عناصر هسته‌ای", nuclear; "شبکه‌های اجتماعی").
RING_MEMBER_PHRASES: tuple[str, ...] = tuple(
    f"{member} این {head}"
    for member in ("اعضای", "عناصر", "افراد")
    for head in ("باند", "شبکه", "هسته")
)
RING_HEAD_MODIFIERS: tuple[str, ...] = ("ای", "های", "ها", "ی", "هایی")
RING_NOUNS: tuple[str, ...] = ("باند", "شبکه", "هسته", "گروهک")
RING_MEMBER_LINKS: tuple[str, ...] = ("از",)


# agentsfa109: protesters struck by a hand no side names were struck by the
# security forces, not by unidentified attackers (extract/protest_victims.py).
PROTESTER_NOUNS: tuple[str, ...] = (
    *("معترض", "معترضان", "معترضین", "معترضانی"),
    *("تظاهرکننده", "تظاهرکنندگان", "راهپیمایان"),
)
# mendG109 (diffread74 F7): the marcher as his plural.
PROTESTER_NOUNS += ("راهپیما",)
# mendG109 (diffread74 F2): a noun right before the protesters whose
# genitive they are ("رهبر معترضان"); the means no policeman uses on a crowd;
# the seizing of protesters (``protest_victims``)
PROTESTER_HEADS_BEFORE: tuple[str, ...] = ("رهبر", "رهبران", "سرکرده", "رئیس", "سخنگوی", "وکیل")
PROTESTER_MEANS: tuple[str, ...] = (
    *("انفجار", "بمب", "انتحاری", "تروریستی", "چاقو", "چاقوکشی", "ازدحام"),
    *("خودرو", "کامیون"),
)
PROTESTER_SEIZING: tuple[str, ...] = ("ربوده", "ربودند", "ربود", "ربایش", "گروگان", "ربایی")

# mendB110: civilian places (Arabic "الأعيان المدنية", English "civilian
# objects") are buildings, no people: no side, though "غیرنظامی" alone is.
NOT_AGENTS = NOT_AGENTS + ("اماکن غیرنظامی", "اماکن غیر نظامی")
