"""Arabic cues for the status of an event and for reported speech.

The future prefix س on a verb is read from the verb itself (see
``affixes.FUTURE_PREFIXES``); these are the free-standing words.
"""

# mendA79: the words of a plan, a preparation or an intent that must stand
# a few words before "لشن" (to launch, ``LICENSED_CUES``) for it to plan the
# attack ("خلية خططت لشن هجمات", "تستعد روسيا لشن هجوم", "خططت المجموعة لشن
# هجوم", "بتخطيطهم لشن"). Without one "لشن" as often tells the attack
# launched, after a verb of return, motion or use ("عادت الطائرات لشن غارات
# على غزة فجر اليوم", "استخدمت روسيا القاعدة لشن غارات أمس").
_LAUNCH_PLANNERS: tuple[str, ...] = (
    *("خطط", "خططت", "خططوا", "خططا", "يخطط", "تخطط", "يخططون", "يخططان"),
    *("تخطيط", "التخطيط", "بالتخطيط", "للتخطيط", "خطة", "خطته", "خطتها"),
    *("تخطيطه", "تخطيطها", "تخطيطهم", "بتخطيطه", "بتخطيطها", "بتخطيطهم"),
    *("يستعد", "تستعد", "يستعدون", "استعد", "استعدت", "استعدوا", "استعدادا"),
    *("يتاهب", "تتاهب", "يتاهبون", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي"),
    *("ينوون", "نوى", "نوت", "يسعى", "تسعى", "يسعون", "سعى", "سعت", "سعوا"),
    *("يحضر", "تحضر", "يحضرون", "يتامر", "يتامرون", "تامر", "تامروا"),
    # a call: the attack called for is still to come ("دعا أنصاره لشن هجمات")
    *("دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "دعوة", "دعوات"),
    *("حث", "حثت", "يحث", "تحث", "ناشد", "ناشدت"),
)
# A cue of plan that plans only with one of its words among the
# ``LICENSE_REACH`` words before it (``extract/status._unlicensed``).
LICENSED_CUES: dict[str, tuple[str, ...]] = {"لشن": _LAUNCH_PLANNERS}
LICENSE_REACH = 4

PLANNED_CUES: tuple[str, ...] = (
    "سوف",
    "سيتم",
    "ستتم",
    "من المقرر",
    "من المنتظر",
    "من المتوقع",
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
    "يعتزم",
    "تعتزم",
    "ينوي",
    "تنوي",
    "غدا",
    "الشهر المقبل",
    "الاسبوع المقبل",
    "في وقت لاحق",
    "ستعقد",
    "سيعقد",
    # tri29b: the signing verb with its future prefix, listed whole among the
    # triggers ("ستوقع مصر وتركيا اتفاقية"), so its prefix is not read apart
    "ستوقع",
    "ستوقعان",
    "ستجري",
    "سيجري",
    "الاسبوع الجاري",
    "المرتقبة",
    "المرتقب",
    # "اجتماع مرتقب", "زيارة مرتقبة": awaited, so still to come
    "مرتقب",
    "مرتقبة",
    "المزمع",
    "المزمعة",
    # status85: the indefinite "planned" after its noun ("زيارات مزمعة",
    # "اجتماع مزمع"), as "مرتقب", and a date not yet set ("لم يحدد بعد موعد
    # الزيارة"): neither is held yet
    *("مزمع", "مزمعة", "مزمعا"),
    *(
        f"{unset} موعد"
        for unset in (
            "لم يحدد",
            "لم يتحدد",
            "لم يتم تحديد",
            "لم يحدد بعد",
            "لم يتحدد بعد",
            "لم تحدد",
        )
    ),
    "ستقوم بها",
    "سيقوم بها",
    "سيقوم",
    "ستقوم",
    # the rest of the current month or week is still to come
    "نهاية الشهر الجاري",
    "اواخر الشهر الجاري",
    "نهاية الاسبوع الجاري",
    # status12: a future verb of an event's course ("المفاوضات ستبدأ بعد
    # أسبوعين", "الجولة ستشمل ثلاث دول"): it tells of an event still to come;
    # verbs of discussing are left out (they govern what is discussed, which
    # may have happened: "سيناقش المجلس الهجوم")
    "ستبدا",
    "سيبدا",
    "ستنطلق",
    "سينطلق",
    "ستستانف",
    "سيستانف",
    "ستشمل",
    "سيشمل",
    # precision59: "include" as "ستشمل" ("الجولة ستتضمن زيارة إسرائيل")
    "ستتضمن",
    "سيتضمن",
    "ستجرى",
    "سيجرى",
    "ستقام",
    "سيقام",
    "ستنعقد",
    "سينعقد",
    "الجولة المقبلة",
    "الجولة القادمة",
    # precision78ar: the purpose "to launch" ("خلية خططت لشن هجمات", "تستعد
    # لشن هجوم"): the attack is still to come, as a preparation plans it
    # (status_ahead); only after a word of plan (mendA79: ``LICENSED_CUES``).
    # Not "لارتكاب" (to commit), which as often looks back at a deed done
    # ("دفعهم لارتكاب هذه المجزرة")
    "لشن",
    # nonevents13: what is about to happen has not happened ("على وشك
    # التوقيع"); not "بصدد", mostly "in the course of" ("ضبطه بصدد الصيد")
    "على وشك",
    # status24ar: reaching an agreement as an aim ("جهود للتوصل إلى تسوية",
    # "بهدف التوصل إلى اتفاق"): the agreement is still to come
    *("للتوصل", "بهدف التوصل", "سعيا للتوصل", "من اجل التوصل", "بغية التوصل"),
)
# The future told in the relative clause after an event's noun (status12:
# "القمة التي ستعقد في الرياض"; ``extract/status.held_later``): future
# auxiliaries and verbs of holding, not time words ("لل3 سنوات القادمة").
# The future verbs of being held, taking place or beginning, read both in a
# noun's relative clause and closing its clause (status67).
_HELD_FUTURE_VERBS: tuple[str, ...] = (
    "ستعقد",
    "سيعقد",
    "ستنعقد",
    "سينعقد",
    "ستجري",
    "سيجري",
    "ستجرى",
    "سيجرى",
    "ستقام",
    "سيقام",
    "ستبدا",
    "سيبدا",
    "ستنطلق",
    "سينطلق",
)
HELD_LATER_CUES: tuple[str, ...] = (
    "سوف",
    "سيتم",
    "ستتم",
    *_HELD_FUTURE_VERBS,
    "من المقرر",
    "المزمع",
    "المزمعة",
)
# status67: the future verbs of being held, taking place or beginning that
# close a deed noun's clause where the subject comes first ("توزيع المساعدات
# على العائلات … سيجري عبر الهلال الأحمر", "المؤتمر الدولي … سيعقد في تونس"):
# the deed is still to come (``extract/closing_future.py``). Not "سيتم" nor
# "ستتم", which as often open another deed's future ("الهجوم … سيتم الرد
# عليه"). A noun with a prepositional clitic ("للاجتماع", "بالهجوم") is no
# subject (``FUTURE_CLOSER_NOT_PREFIXES``).
FUTURE_CLOSERS: tuple[str, ...] = (
    *_HELD_FUTURE_VERBS,
    *("سوف تعقد", "سوف يعقد", "سوف تجري", "سوف يجري", "سوف تبدا", "سوف يبدا"),
)
FUTURE_CLOSER_NOT_PREFIXES: tuple[str, ...] = (
    "ب",
    "ل",
    "لل",
    "بال",
    "وب",
    "ول",
    "ولل",
    "وبال",
    "فب",
    "فل",
    "فلل",
    "فبال",
    "ك",
    "كال",
)
# mendC67: words that end the deed noun's own clause before a future
# closer: a word of past time, a standalone conjunction that opens a new
# clause (a "و" glued on a noun cannot be told from one joining names) and a
# finite past verb of ending or being ("اجتماع … انتهى أمس في أنقرة والجولة
# المقبلة ستعقد في طهران"): the future closes another clause
# (``extract/closing_future.py``).
FUTURE_CLOSER_GAP_STOPS: tuple[str, ...] = (
    "أمس",
    "الماضي",
    "الماضية",
    "لكن",
    "ولكن",
    "بينما",
    "ثم",
    "انتهى",
    "انتهت",
    "اختتم",
    "اختتمت",
    "كان",
    "كانت",
)
# planned98: a deed done at one time named by its noun, the subject of a
# clause a present verb of being held closes ("زيارة الرئيس التونسي إلى
# الجزائر تنعقد يوم الاثنين", "القمة العربية تقام في الرياض"), is told ahead
# (``extract/closing_future.closed_present``); not in a relative clause
# after the noun ("المحادثات التي تعقد في الدوحة"), nor with a word of now,
# habit or course in its clause ("الاجتماع يعقد سنويا"). Not "يتم/تتم",
# which as often tell how a deed is done ("الإفراج يتم عبر الصليب الأحمر").
# mendC99: "تعقد/يعقد" unvoweled is also "complicates" ("زيارة … تعقد جهود
# السلام", its object a definite noun): it closes only before a word of time
# or place ("تعقد في الرياض", "يعقد يوم الاثنين"); "تنعقد/تقام" alone
_HELD_WHEN_WHERE: tuple[str, ...] = ("في", "يوم", "غدا", "الأسبوع", "الشهر", "بعد", "خلال")
PRESENT_CLOSERS: tuple[str, ...] = (
    *("تنعقد", "ينعقد", "تقام", "يقام"),
    *(f"{verb} {word}" for verb in ("تعقد", "يعقد") for word in _HELD_WHEN_WHERE),
)
PRESENT_CLOSER_TYPES: tuple[str, ...] = ("CONSULT", "MOBILIZE", "AID", "RETREAT")
PRESENT_CLOSER_GAP_STOPS: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "التى")
PRESENT_CLOSER_STOPS: tuple[str, ...] = (
    *("حاليا", "الآن", "اليوم", "الجارية", "لا تزال", "لا يزال", "ما زالت", "مازالت"),
    *("سنويا", "عادة", "دوريا", "بانتظام", "كل عام", "كل سنة", "كل شهر", "كل أسبوع"),
    *("بينما", "فيما", "حين", "عندما"),
)
# mendC99: a present of manner or channel tells how a deed goes, not one
# ahead ("المساعدات … تقام عبر الهلال الأحمر"), unless a time ahead is named
# in the clause too (``PRESENT_CLOSER_AHEAD_TIMES``: "عبر الحدود يوم الأحد")
PRESENT_CLOSER_MANNERS: tuple[str, ...] = (
    *("عبر", "من خلال", "بالتنسيق", "بالتدريج", "تدريجيا", "على مراحل"),
)
PRESENT_CLOSER_AHEAD_TIMES: tuple[str, ...] = (
    *("غدا", "يوم", "الأسبوع المقبل", "الأسبوع القادم", "الشهر المقبل", "الشهر القادم"),
)
# readiness68: "ready" by its other adjective ("جاهزون للإضراب"); mendD68:
# only with its complement "لـ/للـ" after it (``AHEAD_COMPLEMENTED``): "كانت
# القوات جاهزة عندما هاجمت" tells a state, the attack done.
_READY: tuple[str, ...] = ("جاهز", "جاهزة", "جاهزا", "جاهزون", "جاهزين", "جاهزان", "جاهزتان")
AHEAD_COMPLEMENTED: dict[str, tuple[str, ...]] = dict.fromkeys(_READY, ("ل",))
# Words that put what follows them in their clause ahead: a draft, a text
# still being written, a preparation ("مشروع قرار يفرض حظرا", "يستعد لنشر
# قوات"). What they govern is planned, not done (``extract/status.py``).
AHEAD_CUES: tuple[str, ...] = (
    "مشروع قرار",
    "مشروع القرار",
    "مشروع اتفاق",
    "مشروع الاتفاق",
    "مشروع اتفاقية",
    "مشروع الاتفاقية",
    "مسودة",
    "مسودة قرار",
    "مسودة اتفاق",
    "صياغة",
    "يستعد",
    "تستعد",
    "يستعدون",
    "يستعدان",
    "تستعدان",
    "استعدادا",
    "استعدادات",
    "يتاهب",
    "تتاهب",
    "يتاهبون",
    "تحضيرا",
    "التحضير",
    "التحضيرات",
    # status16: readiness offers a deed still to come ("بلاده مستعدة لإرسال
    # مستشفيات متنقلة", "أبدت استعدادها لتدريب قوة"): what it governs is not done
    "مستعد",
    "مستعدة",
    "مستعدا",
    "مستعدون",
    "مستعدين",
    "مستعدان",
    "مستعدتان",
    "على استعداد",
    "استعداده",
    "استعدادها",
    "استعدادهم",
    "استعدادهما",
    "استعدادنا",
    "استعداد بلاده",
    # readiness68: "ready" by its other adjective ("جاهزون للإضراب", "بلاده
    # جاهزة لإرسال قوات") and readiness at its height ("على أتم الاستعداد
    # لاستضافة المفاوضات"): offered, not done, as "مستعد" is; the noun of a
    # standing state ("جاهزية القوات") is no cue
    *_READY,
    *("على أتم الاستعداد", "على أهبة الاستعداد"),
)
# postponed86: an event postponed ("تأجيل الإضراب", "أرجئ الاجتماع إلى
# الغد", "تأجلت المحادثات") did not take place when it was due: told as
# negated, as one called off is (``CANCELLED_CUES``, which take these cues),
# on either side of it in its clause, as English "was postponed" and
# Persian "به تعویق افتاد" are read.
PUT_OFF_CUES: tuple[str, ...] = (
    "تاجيل",
    "ارجاء",
    "تاجل",
    "تاجلت",
    "ارجئ",
    "ارجئت",
    "ارجا",
    "ارجات",
    "يؤجل",
    "تؤجل",
    "مؤجل",
    "مؤجلة",
)
# An attempt is no deed when the sentence tells it failed ("حاولت السفن
# إيصال المساعدات دون جدوى"): a trigger a few words after an ATTEMPT cue,
# with a FAILURE cue after that cue in its sentence, is negated.
ATTEMPT_CUES: tuple[str, ...] = (
    "حاول",
    "حاولت",
    "حاولوا",
    "يحاول",
    "تحاول",
    "يحاولون",
    "محاولة",
    "محاولات",
    "سعى",
    "سعت",
)
FAILURE_CUES: tuple[str, ...] = (
    "دون جدوى",
    "بدون جدوى",
    "بلا جدوى",
    "دون نجاح",
    "دون ان تنجح",
    "دون ان ينجح",
    "لم تنجح",
    "لم ينجح",
    "لم تفلح",
    "لم يفلح",
    "باءت بالفشل",
    "بالفشل",
    "فشلت",
    "فشل",
    "فشلوا",
    "لكنها فشلت",
    "لكنه فشل",
)
# Verbs of denial: what they deny did not happen, right after them ("نفت
# وقوع") or in the clause their "أن" opens ("نفى الجيش أنه قصف القرية";
# ``extract/status.py``). A denial is no rejection.
DENIAL_CUES: tuple[str, ...] = (
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
    "ينفون",
    "نافيا",
    "نافية",
    "انكر",
    "انكرت",
    "ينكر",
    "تنكر",
    "كذب",
    "كذبت",
    # denial29: "فنّد" refutes as "نفى" denies ("فندت الوزارة الأنباء عن
    # اعتقال …")
    *("فند", "فندت", "يفند", "تفند", "فندوا", "مفندا", "مفندة"),
)
# Reports a denial's object may name before the deed it denies ("نفى الجيش
# التقارير عن قصف المدينة", the army denied reports of shelling the city):
# the deed is denied, as "denied reports of" does in English.
DENIED_REPORTS: tuple[str, ...] = tuple(
    f"{noun} {prep}"
    for noun in ("التقارير", "الأنباء", "الأخبار", "الشائعات", "المزاعم", "الادعاءات")
    for prep in ("عن", "حول", "بشأن")
)
# denial29: one's own part in a deed, named after the denial's subject
# ("نفت إيران تورطها في الهجوم", "نفى الجيش دوره في قصف المدرسة"): the
# denier's deed is denied, as "أي دور لها في" below and "denied involvement
# in" read. Only after a denial (``extract/status.denied_past_subject``).
# Responsibility is not among them: "نفى الجيش مسؤوليته عن الهجوم" answers
# a claim of an attack that happened, which stays reported (police18).
DENIED_PARTS: tuple[str, ...] = tuple(
    f"{stem}{own} {prep}"
    for stem, prep in (
        ("تورط", "في"),
        ("ضلوع", "في"),
        ("دور", "في"),
        ("مشاركت", "في"),
    )
    for own in ("ه", "ها", "هم", "هما")
)
NEGATION_CUES: tuple[str, ...] = (
    "لم",
    "لن",
    "لا",
    "ليس",
    # status24ar: the future in the past that a "لولا" clause stopped ("كان
    # سيتم ترحيلهم لولا تدخل القاضية"): the deed was not done
    *("كان سيتم", "كانت ستتم"),
    # status24ar: the other persons of "ليس" ("ليسوا مستعدين للانسحاب") and
    # "غير" before readiness ("غير مستعدة للتفاوض"): with the readiness
    # words of ``context.NEGATION_GAP_WORDS`` between, the deed is refused
    *("ليست", "ليسوا", "لسنا", "لست", "لستم"),
    *(f"غير {w}" for w in ("مستعد", "مستعدة", "مستعدين", "مستعدون", "جاهز", "جاهزة")),
    *("غير جاهزين", "غير جاهزون"),
    "ما",
    "دون",
    "بدون",
    # senses22: "without" before a verb ("دون أن تغلق الحدود"): the verb's
    # deed is not done, as "دون" before a noun
    "دون ان",
    "بدون ان",
    "من دون ان",
    "عدم",
    "الغاء",
    # "any role in", "any link to": said of a deed only to deny it ("نفت سوريا
    # أي دور لها في التفجير")
    "اي دور في",
    "اي دور لها في",
    "اي دور له في",
    "اي دور لهم في",
    "اي علاقة لها",
    "اي علاقة له",
    "اي علاقة لهم",
    "اي صلة لها",
    "اي صلة له",
    "اي مسؤولية عن",
    # "any involvement in" ("نفت طهران أي تورط لها في الهجوم")
    "اي تورط في",
    "اي تورط لها في",
    "اي تورط له في",
    "اي تورط لهم في",
    # a deed attempted and failed, a search that found no one: it did not
    # happen ("فشلت في تنفيذ هجوم", "دون أن تسفر عن القبض على أحد")
    "فشل في تنفيذ",
    "فشلت في تنفيذ",
    "فشلوا في تنفيذ",
    "فشل في شن",
    "فشلت في شن",
    "لم يتمكن من تنفيذ",
    "لم تتمكن من تنفيذ",
    "لم يتمكنوا من تنفيذ",
    "عجز عن تنفيذ",
    "عجزت عن تنفيذ",
    "دون ان تسفر عن",
    "دون ان يسفر عن",
    "لم تسفر عن",
    "لم يسفر عن",
)
# Phrases that are no cue of status and hide the cues written inside them:
# "ان تم" (if it is done) holds no "ان" (that); "سبق ان" (had already) is a
# recap (RECAP_CUES) and hides its "ان" too.
NOT_CUES: tuple[str, ...] = (
    "ان تم",
    # types39ar: the relative "ما" after a pointer ("وهو ما يمثل انتهاكا",
    # "وهذا ما دفع الجيش إلى …") is "which", no negation, as English "which"
    # and Persian "که این" are read
    *(f"{w}{p} ما" for w in ("", "و") for p in ("هو", "هي", "هذا", "ذلك")),
    # on condition of anonymity: no condition on what is told
    "شريطة عدم",
    "شريطة عدم نشر",
    "شريطة عدم الكشف",
    "شريطة عدم ذكر",
    "بشرط عدم",
    # senses23: "عشية" before a day or a time of day is that day's evening
    # ("عشية الجمعة", "عشية أمس"), not the eve of an event (AHEAD_CUES)
    *(
        f"عشية {day}"
        for day in (
            *("السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء"),
            *("الاربعاء", "الخميس", "الجمعة", "اليوم", "أمس", "امس", "يوم", "الغد"),
        )
    ),
)
# Words that open a reported clause ("أعلن الاثنين أن الرئيس سيزور …"): a date
# before them dates the saying, not a planned event after them.
CLAUSE_OPENERS: tuple[str, ...] = ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")

# accidents62: disasters and accidents (a collapse, a fire, an
# industrial blast, ordnance left from an old war, a heat
# wave, a flood): a sentence about one has no attack unless an armed actor or
# a word of an attack (``ATTACK_CUES``) is named ("انهار مبنى سكني … ما أدى إلى
# مقتل ثمانية أشخاص").
DISASTER_CUES: tuple[str, ...] = (
    "انهار مبنى",
    "انهيار مبنى",
    "انهيار منجم",
    "حريق",
    "اشتعلت النيران",
    "الالعاب النارية",
    "للكيماويات",
    "مصنع كيماويات",
    "لغم قديم",
    "الغام قديمة",
    "مخلفات الحرب",
    "من مخلفات",
    "موجة الحر",
    "رجل اطفاء",
    "رجال الاطفاء",
    "زلزال",
    "الزلزال",
    "فيضانات",
    "الفيضانات",
    "السيول",
    "اعصار",
)
# noevent85: a road accident told by its kind ("حادث سير", "حوادث المرور")
# or by a vehicle that ran someone over, the victim a pronoun on the verb
# ("دهسته سيارة", "صدمتهم شاحنة"): the vehicle kills, no attack unless an
# attack word is named ("في عملية دهس": ``ATTACK_CUES``). Not the bare verb:
# "دهست شاحنة مجموعة من المارة" is as often a ramming, and in "السيارة التي
# صدمت شاحنة للشرطة" the vehicle is the object (round 62 left "صدمت سيارة").
DISASTER_CUES += (
    *(f"{kind} {road}" for kind in ("حادث", "حادثة", "حوادث") for road in ("سير", "مرور")),
    *("حوادث السير", "حوادث المرور", "حادث مروري", "حادثة مرورية"),
    *(
        f"{verb}{obj} {vehicle}"
        for verb in ("دهست", "صدمت")
        for obj in ("ه", "ها", "هم", "هما")
        for vehicle in ("سيارة", "شاحنة", "حافلة", "مركبة")
    ),
)
# nonevent106: a crash, a collision, a vehicle overturned or a technical
# fault ("تحطم مروحية", "حادث تصادم قطارين", "انقلاب حافلة", "طرأ عطب فني
# على شاحنة … قبل أن تنفجر"): the deaths are an accident's, as Persian
# "سانحه", "سقوط بالگرد", "نقص فنی" and English "plane crash", "technical
# fault" are read. Not a bare "تصادم" or "اصطدام" ("تصادم مع المحتجين" is a
# clash), nor "سقوط طائرة" (shot down as often), nor a bare "انقلاب" (a coup).
DISASTER_CUES += (
    *(f"{crash} {craft}" for crash in ("تحطم", "تحطمت") for craft in ("طائرة", "مروحية")),
    *("تحطم الطائرة", "تحطم المروحية", "حادث تحطم"),
    *("حادث تصادم", "حادث التصادم", "حادثة تصادم", "تصادم قطارين", "تصادم سيارتين"),
    *(f"انقلاب {vehicle}" for vehicle in ("سيارة", "حافلة", "شاحنة", "قطار", "مركبة")),
    *("عطب فني", "عطل فني", "خلل فني"),
)
# accidents62: words of someone's use of force that keep an attack in a
# sentence that also names a disaster cue ("انفجرت سيارة مفخخة", "أضرم
# مسلحون النار في حافلة").
ATTACK_CUES: tuple[str, ...] = (
    "مفخخة",
    "مفخخ",
    "عبوة ناسفة",
    "عبوات ناسفة",
    "انتحاري",
    "انتحارية",
    "فجر نفسه",
    "زرع",
    "زرعها",
    "مسلحون",
    "مسلحين",
    "دهس",
    "دهست",
    "الدهس",
    "قنابل",
    "القنابل",
    "الرصاص",
    "رصاص",
    "اضرم",
    "اضرموا",
    "احراق",
    "متعمد",
    "تفجير",
    "قصف",
    "غارة",
    # mendA106: the article and the plural ("الغارات الجوية والفيضانات")
    *("غارات", "الغارات"),
    # mendA106: a missile that struck ("إن صاروخا أصاب المبنى")
    *("صاروخ", "صاروخا", "صواريخ", "الصاروخ"),
    # sides70ar: a shooting ("في إطلاق نار داخل مقهى"), as "الرصاص"
    *("اطلاق نار", "اطلاق النار"),
)
# mendA70: a ceasefire names the shooting it stops ("خرق لوقف إطلاق النار"):
# as the longer phrase it hides the shooting cue inside it (read by no rule).
CEASEFIRE_CUES: tuple[str, ...] = (
    *("وقف اطلاق النار", "لوقف اطلاق النار", "بوقف اطلاق النار", "ووقف اطلاق النار"),
    *("وقف لاطلاق النار", "وقف اطلاق نار", "لوقف اطلاق نار", "بوقف اطلاق نار"),
)
# mendA70: words that call a shooting an accident ("قتل صياد في حادث عرضي",
# "أصيب بطلق ناري عن طريق الخطأ"): no one's attack (``victims_only.attack_told``).
# Not a bare "حادث", also an incident of any kind ("حادث إطلاق نار").
ACCIDENT_CUES: tuple[str, ...] = (
    *("حادث عرضي", "عرضيا", "بشكل عرضي", "عن طريق الخطأ", "بطريق الخطأ", "حادث صيد"),
)

# What follows these may happen or should happen, it has not: no event
# ("في حال تعرض لهجوم", "ضرورة الإفراج عن", "إمكانية فرض عقوبات").
CONDITIONAL_CUES: tuple[str, ...] = (
    # precision59: a habit told by "whenever" is no one event ("كلما خرج
    # المتظاهرون اعتقلتهم الشرطة", "في كل مرة يهاجم فيها"), as English
    # "whenever" and Persian "هرگاه"
    *("كلما", "وكلما", "في كل مرة", "وفي كل مرة"),
    # "if": "اذا هاجموا", "لو وقعت الحرب", "في حال تعرض"; the counterfactual
    # "otherwise … would have" ("وإلا لكان اتفق"); not "لولا", whose own
    # clause tells what did happen
    "لكان",
    "لكانت",
    "لكانوا",
    "اذا",
    # status50: "unless" ("ما لم تفرج", "إذا لم ينسحب"): what it names is a
    # condition, not done (and a harm promised before it a threat:
    # ``context.THREAT_CONDITIONS``)
    "ما لم",
    "اذا لم",
    "ان لم",
    "في حال لم",
    "واذا",
    "لو",
    "ولو",
    "في حال",
    "وفي حال",
    "ففي حال",
    "اذا ما",
    "في حالة",
    "امكانية",
    "احتمال",
    "احتمالات",
    "ضرورة",
    "بضرورة",
    "مخاوف من",
    "خشية",
    # noev37ar: what one fears has not happened ("يخشى المسؤولون من تفجيرات
    # جديدة", "تتخوف السلطات من هجمات"), as the nouns "مخاوف من" and "خشية"
    "يخشى",
    "تخشى",
    "يخشون",
    "نخشى",
    "أخشى",
    "يتخوف",
    "تتخوف",
    "يتخوفون",
    "تخوفا من",
    "التخوف من",
    "المخاوف من",
    "تحسبا",
    "لمنع",
    "لتفادي",
    "لتجنب",
    "يمكن",
    "يمكن ان",
    # senses22: "you can" ("يمكنكم انتقاد الحكومة"), as "يمكن"; not "we can"
    # ("يمكننا تأكيد التقارير": an official confirms what is reported)
    "يمكنك",
    "يمكنكم",
    "بامكانكم",
    "بامكانك",
    "من الممكن",
    "قد يتم",
    # denied or only prepared: it did not happen
    "لا صحة",
    "نفى وقوع",
    "نفت وقوع",
    "التحضير",
    "بالتحضير",
    "بشبهة",
    "يخطط",
    "تخطط",
    "التخطيط",
    # faults21: the plan of the one suspected ("بتخطيطه لشن هجوم"): the deed
    # planned did not happen
    *("بالتخطيط", "للتخطيط", "تخطيطه", "بتخطيطه", "تخطيطها", "بتخطيطها"),
    *("تخطيطهم", "بتخطيطهم"),
    # on a condition ("شريطة أن تنسحب القوات")
    "شريطة",
    "بشرط",
    # prec25fa: contingent on ("إجراؤها مرهون بموافقة المجلس")
    "مرهون",
    "مرهونة",
    "متوقف على",
    "يتوقف على",
    "شرط ان",
    # an anniversary is of an old event ("الذكرى العاشرة للهجوم")
    "ذكرى",
    "الذكرى",
    "بذكرى",
    "لذكرى",
    "بالذكرى",
    # "until" what follows has not happened
    "الى حين",
    "الى غاية",
    "ريثما",
)

# plans15: what must or should happen is no report of it ("يجب وقف القتال",
# "ينبغي استئناف المفاوضات"): a deed a few words after one of these, and one
# joined to that deed by "و" (``extract/hypothetical.hypothetical_starts``).
OBLIGATION_CUES: tuple[str, ...] = (
    "يجب",
    "ينبغي",
    "لا بد",
    "لابد",
    "يتعين",
    "يتوجب",
    # modal18: "على" + the one who must, after "that" ("قال إن على إسرائيل
    # الانسحاب", "أكد أن على الطرفين العودة إلى المفاوضات"): the deed after
    # the addressee is demanded, not done ("كان على متنها" is another word)
    "ان على",
    "بان على",
    "فان على",
    "وان على",
    # senses17: a right or a permission ("يحق للمسؤولين طلب معلومات إضافية
    # إذا …", "من حق الدول أن تطلب"): what one may do is not what one did
    "يحق",
    "لا يحق",
    "من حق",
    "من حقه",
    "من حقها",
    "من حقهم",
    "له الحق في",
    "لها الحق في",
    "لهم الحق في",
)

# Phrases after which the actors named up to the end of the clause are the
# source of the report, not parties ("وفق ما أورده موقع …", "بحسب صحيفة …").
SOURCE_CUES: tuple[str, ...] = (
    "وفق",
    "وفقا ل",
    "وفقا لما",
    "حسب",
    "حسبما",
    "بحسب",
    "طبقا لما",
    "استنادا الى",
    "على ذمة",
    "مصدر دبلوماسي",
    "مصدر مسؤول",
    "مصدر امني",
    "مصدر عسكري",
    "مصدر حكومي",
    "مصدر مطلع",
    "مصادر دبلوماسية",
    "مصادر امنية",
    "مصادر عسكرية",
    "مصادر مطلعة",
    "مصادر حكومية",
    "مصادر محلية",
    "مصادر اعلامية",
)

# Reporting verbs: the medium named right after one is cited ("ذكرت صحيفة").
REPORTING_CUES: tuple[str, ...] = (
    "قال",
    "قالت",
    "ذكر",
    "ذكرت",
    "نقل",
    "نقلت",
    "افاد",
    "افادت",
    "اورد",
    "اوردت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "بث",
    "بثت",
    "نشرت",
    # the same verbs in a relative clause, with the object's clitic ("صور
    # نشرتها وسائل إعلام تركية", "فيديو بثته قناة"): the medium publishes, it
    # takes no part in what the pictures show
    *(
        f"{verb}{clitic}{some}"
        for verb in ("نشرت", "نشر", "بثت", "بث", "تداولت", "تناقلت", "اوردت", "نقلت")
        for clitic in ("ها", "ه")
        for some in ("", " بعض")
    ),
    "كشف",
    "كشفت",
    "اضاف",
    "اضافت",
    "تابع",
    "تابعت",
    # verbs of stating, explaining and stressing before what is reported
    # ("أوضح المتحدث أن …", "أشار الوزير إلى أن …", "شدد على أن …")
    "صرح",
    "صرحت",
    "اوضح",
    "اوضحت",
    "اشار",
    "اشارت",
    "شدد",
    "شددت",
    "لفت",
    "لفتت",
    "نوه",
    "نوهت",
    "اعتبر",
    "اعتبرت",
    "زعم",
    "زعمت",
    "ادعى",
    "ادعت",
    "ابلغ",
    "ابلغت",
    "كتب",
    "كتبت",
    "غرد",
    "غردت",
    "يقول",
    "تقول",
    "قالوا",
    "ذكروا",
    "اكدوا",
    "افادوا",
    "اضافوا",
    # "نقلت … عن مسؤول قوله إن …"
    "قوله",
    "قولها",
    # parties46fa: verbs of belief in the third person ("يعتقد خبراء … أن
    # ناقلة تعرضت لهجوم"): the believer comments on the deed told after it,
    # as a speaker does, and takes no part in it
    "يعتقد",
    "تعتقد",
    "يعتقدون",
)

# bystander101: media that circulate a deed told by its noun ("وتناقلت وسائل
# إعلام مقتل …", "تداولت وسائل الإعلام مقطعا يظهر إلقاء القبض على …") report
# it, as "ذكرت" does; read for a medium alone (``sources``): "تداول" is also
# the rotation of power and the trading of shares.
MEDIUM_SAYING_CUES: tuple[str, ...] = (
    "تناقلت",
    "تداولت",
    "تناقل",
    "تداول",
    "تتناقل",
    "تتداول",
    "يتناقل",
    "يتداول",
    "تناقلوا",
    "تداولوا",
)

# "That" after a verb of saying: what follows is reported, not the source;
# bound to a pronoun ("أنه", "أنها": that he/she) it refers back to the speaker.
COMPLEMENTIZER_CUES: tuple[str, ...] = ("ان", "بان")
BOUND_COMPLEMENTIZER_CUES: tuple[str, ...] = ("انه", "انها", "انهم", "انهما", "بانه", "بانها")

# Words after an event in its clause that tell it as history, long before
# the news ("غارة شنتها في الخمسينات", "اعتقل قبل سنوات").
HISTORY_CUES: tuple[str, ...] = (
    "قبل سنوات",
    "قبل عقود",
    "قبل عقد",
    "منذ سنوات",
    "منذ عقود",
    "في الخمسينات",
    "في الستينات",
    "في السبعينات",
    "في الثمانينات",
    "في التسعينات",
    "من الخمسينات",
    "من الستينات",
    "من السبعينات",
    "من الثمانينات",
    "منذ الخمسينات",
    "منذ الستينات",
    "منذ السبعينات",
    "منذ الثمانينات",
    "منذ التسعينات",
    "منذ بداية التسعينات",
    "القرن الماضي",
    # a statement of principle, no deed ("نرفض العنف بكل أشكاله")
    "بكل اشكاله",
    "بكل اشكالها",
    "بجميع اشكاله",
    "بجميع اشكالها",
    "بكافة اشكاله",
    "بكافة اشكالها",
    "بشتى اشكاله",
    "بشتى اشكالها",
    "بكل صوره",
    "بكل صورها",
    "بجميع صوره",
    "بجميع صورها",
    "بكافة صوره",
    "بكافة صورها",
    "العام الماضي",
    "السنة الماضية",
)

# Words of those who only look into or grieve over a deed named after them
# ("فتحت الشرطة تحقيقا في الهجوم", "قدم تعازيه لضحايا التفجير"): they take
# no part in it (extract/onlookers.py).
# arabic72: regret and sorrow over a deed ("أعربت الحكومة عن أسفها لمقتل …",
# "عبر عن حزنه لمقتل …") are no deed of force: who voices them is no doer
# of the deed named after them — unless the deed is its own (mendB72:
# "أعرب الجيش الإسرائيلي عن أسفه لقصف مدرسة", an armed body, or the deed's
# word with a possessive clitic, "لقصفها"; ``onlookers.after_onlooker``).
# Possessed forms only: bare "الأسف"/"بكل أسف" (unfortunately) may stand
# before a deed told whole.
REGRET_CUES: tuple[str, ...] = (
    *(f"{noun}{own}" for noun in ("أسف", "حزن") for own in ("ه", "ها", "هم", "هما", "نا")),
    *("بالغ الأسف", "عميق الأسف", "بالغ الحزن", "عميق الحزن", "ببالغ الأسف", "ببالغ الحزن"),
    *("يأسف", "تأسف", "نأسف"),
)

ONLOOKER_CUES: tuple[str, ...] = (
    "تحقيق في",
    "تحقيقا في",
    "التحقيق في",
    "تحقيقات في",
    "التحقيقات في",
    "تحقيقاتها في",
    "تحقيقاته في",
    "يحقق في",
    "تحقق في",
    "يحققون في",
    "حقق في",
    "حققت في",
    # after the preposition written on the noun ("طالبت بالتحقيق في")
    "بالتحقيق في",
    "بتحقيق في",
    "بالتحقيقات في",
    "بتحقيقات في",
    "تعازي",
    "تعازيه",
    "تعازيها",
    "التعازي",
    "تعزية",
    "تعازيهم",
    "يعزي",
    "عزى",
    "حداد",
    "الحداد",
    "المواساة",
    "مواساته",
    "مواساتها",
    # Who asks that a deed's doers be held to account, tried or punished
    # ("طالبت بمحاسبة المسؤولين عن قتل المتظاهرين") is no party to that deed
    # either.
    "محاسبة",
    "بمحاسبة",
    "مساءلة",
    "بمساءلة",
    "محاكمة مرتكبي",
    "محاكمة المسؤولين",
    "محاكمة قتلة",
    "محاكمة الجناة",
    "محاكمة منفذي",
    "بمحاكمة مرتكبي",
    "بمحاكمة المسؤولين",
    "بمحاكمة قتلة",
    "بمحاكمة الجناة",
    "بمحاكمة منفذي",
    "معاقبة مرتكبي",
    "معاقبة المسؤولين",
    "معاقبة قتلة",
    "معاقبة الجناة",
    "معاقبة منفذي",
    "بمعاقبة مرتكبي",
    "بمعاقبة المسؤولين",
    "بمعاقبة قتلة",
    "بمعاقبة الجناة",
    "بمعاقبة منفذي",
    "ملاحقة مرتكبي",
    "ملاحقة المسؤولين",
    # Who only comments on, reacts to or describes a deed named after these
    # ("وفي تعليقه على الهجوم، قال الوزير …", "وصف الرئيس الهجوم بأنه …")
    # keeps his own reaction but is no party to that deed.
    "تعليقا على",
    "تعليقه على",
    "تعليقها على",
    "تعليقهم على",
    "في تعليق على",
    "في معرض تعليقه على",
    "رد فعل على",
    "رد فعله على",
    "رد فعلها على",
    "ردا على سؤال",
    "في رده على",
    "في ردها على",
    "تعقيبا على",
    "وصف",
    "وصفت",
    "وصفوا",
    "يصف",
    "تصف",
    # actors62: the deed named again by a relative clause of describing
    # ("الهجوم الذي وصفه رئيس الوزراء الكندي بأنه إرهابي", "الاعتداء الذي
    # اعتبره رئيس الوزراء الفرنسي إرهابيا"): the describer after the verb,
    # its object a pronoun, is no side of the deed it describes
    "وصفه",
    "وصفها",
    "وصفته",
    "اعتبره",
    "اعتبرها",
    "اعتبرته",
)

# A hope or a wish is no report: what follows it in its clause has not
# happened ("أعرب عن أمله في أن تفي إيران بوعودها", "نأمل أن يتم التوقيع").
WISH_CUES: tuple[str, ...] = (
    "اتمنى",
    "نتمنى",
    "يتمنى",
    "تتمنى",
    "نامل",
    "يامل",
    "تامل",
    "امل",
    "اعرب عن امله",
    "اعربت عن املها",
    "اعربوا عن املهم",
    "معربا عن امله",
    "معربة عن املها",
    "عن امله في",
    "عن املها في",
    "عن املهم في",
    # nonevent70: the hope with "أن" and no "في" ("عن أمله أن"); the
    # speaker's name stands between "أعرب" and "عن", so "اعربت عن املها" was
    # not read. mendB70: the bare "عن أمله" reached a deed told before what
    # is hoped ("عن أمله خلال لقائه نظيره"); with a glued "ب" it is
    # ``WISH_GLUED_CUES``
    "عن امله ان",
    "عن املها ان",
    "عن املهم ان",
    "امله في",
    "املها في",
    "املهم في",
    "الامل في",
    # habits24fa: wanting ("تريد إيران استئناف المفاوضات"), as a hope
    "تريد",
    "يريد",
    "نريد",
    "يريدون",
    "ترغب",
    "يرغب",
    "نرغب",
    "يرغبون",
)

# mendB70: a hope that counts only when what is hoped is glued right after it
# (``context.WISH_OBJECT_PREFIXES``: "عن أملها بصدور إدانة", "عن أمله بأن"),
# the speaker's name between "أعرب" and "عن"
WISH_GLUED_CUES: tuple[str, ...] = ("عن امله", "عن املها", "عن املهم")

# Words before an event in its clause that recall it as done before the news
# ("سبق أن طردت روسيا", "وقد سبق لتركيا أن اتهمت"): background, no new event.
RECAP_CUES: tuple[str, ...] = (
    "سبق ان",
    "سبق وان",
    "سبق و",
    # not "سبق" alone: it is also a newspaper's name ("سبق ـ الرياض")
    "قد سبق",
    "سبق له",
    "سبق لها",
    "سبق لهم",
    "سابقا",
    "في السابق",
    # an era opening the clause ("خلال الحرب الباردة، …"); after the deed it
    # may name what the deed is about ("اعتذرت عن ممارسات الحقبة الاستعمارية")
    "خلال الحرب العالمية الاولى",
    "خلال الحرب العالمية الثانية",
    "ابان الحرب العالمية الثانية",
    "في الحرب العالمية الثانية",
    "خلال الحرب الباردة",
    "ابان الحرب الباردة",
    "خلال الحرب العراقية الايرانية",
    "ابان الحرب العراقية الايرانية",
    "في العهد العثماني",
    "خلال الحقبة الاستعمارية",
)

# The auxiliary of the Arabic pluperfect: "كان … قد" + past verb recalls a
# deed done before the news ("وكانت الشرطة قد اعتقلت", "التي كانت واشنطن قد
# فرضت"); the particle is read from ``context.MAY_PARTICLES``.
PLUPERFECT_AUX: tuple[str, ...] = ("كان", "كانت", "كانوا", "كانا", "كانتا")

# A habit, a statistic or an era on either side of an event in its clause: a
# general statement or history, no new event ("تقتل الأسلحة آلاف الأمريكيين
# سنويا", "في ثمانينيات القرن الماضي هاجمت").
BACKGROUND_CUES: tuple[str, ...] = (
    "سنويا",
    "كل عام",
    "كل سنة",
    "في كل عام",
    "في كل سنة",
    "مرارا",
    "مرارا وتكرارا",
    "في الماضي",
    "خمسينيات",
    "ستينيات",
    "سبعينيات",
    "ثمانينيات",
    "تسعينيات",
    "الخمسينيات",
    "الستينيات",
    "السبعينيات",
    "الثمانينيات",
    "التسعينيات",
    # prec26ar: a running total since a war broke out ("قتل 15 ألف شخص منذ
    # اندلاع التمرد") or by a tally ("بحسب تعداد"): no one deed. Not "منذ
    # بداية": "since the start of the year" may date real deeds
    "منذ اندلاع",
    "بحسب تعداد",
    "حسب تعداد",
    "وفق تعداد",
)

# Words of a claim of responsibility for a deed of force ("وتبناه تنظيم
# الدولة", "أعلنت الحركة مسؤوليتها عن الهجوم"): the armed group named next
# to them did the sentence's attacks (extract/claims.py). The bare
# "المسؤولية عن" is left out: it is also what one is blamed for ("حمّل
# الجيش الحركة المسؤولية عن …").
CLAIM_CUES: tuple[str, ...] = (
    "تبنى",
    "تبنت",
    "تبناه",
    "تبنته",
    "تبناها",
    "تبنتها",
    # agents62ar: the dual clitic ("تفجيران … تبناهما تنظيم داعش")
    "تبناهما",
    "تبنتهما",
    "تبنوا",
    "يتبنى",
    "تتبنى",
    "مسؤوليته عن",
    "مسؤوليتها عن",
    "مسؤوليتهم عن",
    "مسؤوليته عنه",
    "مسؤوليتها عنه",
    "عن مسؤوليته",
    "عن مسؤوليتها",
    "عن مسؤوليتهم",
    "مسؤوليته عن الهجوم",
    # actors17: an attack laid at an armed group's door ("اتهمت السلطات
    # التنظيم بالوقوف وراء الهجوم", "رجحت أن يكون التنظيم وراء التفجير"):
    # the armed group next to the words did it, as in a claim
    "بالوقوف وراء",
    "بالوقوف خلف",
    "وراء الهجوم",
    "وراء الهجمات",
    "وراء التفجير",
    "وراء التفجيرات",
    "وراء الاعتداء",
)


# status12: a guess opens what might happen, not what did ("ربما تفرض واشنطن عقوبات",
# "رجح أن يتوصل الطرفان إلى اتفاق للانسحاب", "لم يستبعد أن تشن إسرائيل هجوما"):
# a trigger a few words after one is no report (``extract/hypothetical.hypothetical``).
SPECULATION_CUES: tuple[str, ...] = (
    "ربما",
    "من المحتمل ان",
    "يحتمل ان",
    "من الممكن ان",
    "رجح ان",
    "رجحت ان",
    "يرجح ان",
    "ترجح ان",
    "مرجحا ان",
    "مرجحة ان",
    "يعتقد البعض ان",
    "لا يستبعد ان",
    "لا تستبعد ان",
    "لم يستبعد ان",
    "لم تستبعد ان",
)


# status12: "N years ago" (two or more) dates a deed as history on either
# side of it ("قتل الضابط قبل 12 عاما في هجوم", "قبل عامين وقعت"), as a year
# two or more before the article's does; "منذ" is left out: "منذ عامين" is
# also "for two years" of what goes on ("المفاوضات الجارية منذ عامين").
BACKGROUND_CUES += tuple(
    f"قبل {n} {unit}"
    for n in range(2, 61)
    for unit in (("سنوات", "اعوام") if n <= 10 else ("عاما", "سنة"))
) + (
    "قبل عامين",
    "قبل سنتين",
    "قبل بضع سنوات",
    "قبل بضعة اعوام",
    "قبل عدة سنوات",
    "قبل عدة اعوام",
    "قبل ثلاث سنوات",
    "قبل اربع سنوات",
    "قبل خمس سنوات",
    "قبل عشر سنوات",
    "قبل ثلاثة اعوام",
    "قبل خمسة اعوام",
    "قبل عشرة اعوام",
    "قبل عشرين عاما",
    "قبل ثلاثين عاما",
)

# --- bystanders13: sources of figures and reports ------------------------------
# "According to" + a noun of figures or statements, its preposition glued
# ("وفقا لإحصاءات الأمم المتحدة", "حسب بيانات وزارة الصحة", "بحسب تقديرات
# …"): the body named next counts or tells, it takes no part in what it
# reports (extract/sources.py). Not its own statement ("حسب بيان
# الخارجية"): who announces often tells his own deed. Written as
# normalised (hamza folded).
_SOURCE_PREPOSITIONS: tuple[str, ...] = (
    "وفقا ل",
    "طبقا ل",
    "حسب ",
    "بحسب ",
    "استنادا الى ",
    "نقلا عن ",
)
_SOURCE_NOUNS: tuple[str, ...] = (
    "احصاءات",
    "احصائيات",
    "احصائية",
    "بيانات",
    "ارقام",
    "تقرير",
    "تقارير",
    "تقديرات",
    "تقدير",
    "معلومات",
    "مصادر",
)
SOURCE_CUES = SOURCE_CUES + tuple(
    f"{prep}{noun}" for prep in _SOURCE_PREPOSITIONS for noun in _SOURCE_NOUNS
)
# --- end bystanders13 ---


# nonevents14: a schedule or timetable of events lists what is still to come
# ("نشرت النقابة رزنامة الاضرابات", "الجدول الزمني للمفاوضات"); a future verb
# of taking part or undertaking governs the event it takes up ("ستستخدم
# طائرات في شن الغارات", "سيشارك في القمة", "ستدخل في اضراب"): what follows
# it is still to come. Only before the event (``status.ahead``): after it,
# such a verb is another clause's ("الهجوم الذي … سيستخدم"). Not "سيواصل"
# (what goes on is told: "سيواصل الاضراب الذي ينفذه") nor "سيشهد" (it
# reaches past its object: "سيشهد تدارس مقررات الاجتماع الذي ترأسه").
AHEAD_CUES += (
    "رزنامة",
    "روزنامة",
    "جدول زمني",
    "الجدول الزمني",
    "جدولا زمنيا",
    *(
        f"{person}{verb}"
        for person in ("سي", "ست")
        for verb in (
            "ستخدم",
            "شارك",
            "دخل",
            "خوض",
            "نفذ",
            "حضر",
            "ترأس",
            "ستضيف",
            "توجه",
        )
    ),
)
# status85: the same future verbs of taking part in the other persons and
# numbers ("سيحضران حفل التوقيع", "سيشاركون في القمة", "سنشارك في الاجتماع",
# "سأحضر المؤتمر"), and "will accompany" ("سيرافق الرئيس في زيارته"): the
# event they take up is still to come, as for "سيحضر" (only before it).
_TAKE_PART_VERBS: tuple[str, ...] = ("شارك", "حضر", "دخل", "خوض", "توجه", "رافق")
AHEAD_CUES += tuple(
    f"{person}{verb}{ending}"
    for person, endings in (
        ("سي", ("ان", "ون")),
        ("ست", ("ان",)),
        ("سن", ("",)),
        ("سا", ("",)),
    )
    for verb in _TAKE_PART_VERBS
    for ending in endings
) + ("سيرافق", "سترافق")
# status85: "supposed to" governs the deed its clause goes on to name ("يفترض
# أن يزور الرئيس القاهرة", "من المفترض أن تعقد القمة"), not a noun before it,
# whose relative clause may be another noun's ("الانسحاب من المنطقة التي من
# المفترض أن تتحول إلى آمنة"): only before the deed.
AHEAD_CUES += ("يفترض ان", "من المفترض ان")
# mendB86 (review85, finding 6): only before an imperfect, the verb of what
# is to be done ("يفترض أن يلتقي", "أن تعقد"); a perfect after it ("يفترض أن
# الوزير التقى نظيره أمس") is presumed done, no plan (``status.ahead``: a
# cue needs one of its complement's starts right after it).
AHEAD_COMPLEMENTED.update(dict.fromkeys(("يفترض ان", "من المفترض ان"), ("ي", "ت", "ن")))
# senses14b: "before heading to" the place of a tour tells of a trip still
# ahead ("قبيل توجهه إلى الرياض في أولى محطات جولته"): what follows the cue
# in its clause is planned (``status.ahead``: before the event only).
# senses23: what a day comes on the eve of is still to come ("عشية اجتماع
# وزراء الخارجية، قال …"): the meeting is not held (a day's evening,
# "عشية الجمعة", is among NOT_CUES).
AHEAD_CUES += ("عشية", "في عشية")
AHEAD_CUES += tuple(
    f"{before} {head}"
    for before in ("قبيل", "قبل")
    for head in ("توجهه", "توجهها", "توجههم", "توجههما")
)


# plans15: a deed named right after a word of possibility is only mentioned,
# not reported ("صفقة محتملة لتبادل الأسرى"; ``extract/hypothetical.POSSIBILITY_SPAN``).
POSSIBILITY_CUES: tuple[str, ...] = (
    "محتملة",
    "محتمل",
    # senses17: a plan, a proposal or an initiative names the deed it is
    # for ("ناقشا خطة لنشر قوات حفظ السلام", "مقترحا لتبادل الأسرى"): the
    # deed is its content, not reported
    "خطة",
    "خطط",
    "مقترح",
    "مقترحا",
    "اقتراح",
    "اقتراحا",
    "مبادرة",
    # prec25fa: a need names the deed needed, not one done ("ليست بحاجة إلى
    # مفاوضات"), as "ضرورة" (CONDITIONAL_CUES) is read
    "بحاجة الى",
    "بحاجة إلى",
    "الحاجة الى",
    "الحاجة إلى",
    "حاجة الى",
    "حاجة إلى",
)

# faextra17: who reacts to a deed named right after these ("قالت الخارجية
# الروسية ردا على الهجوم على ناقلة إيرانية …") is no party to it; only the
# noun right after binds, so a reply told later ("ردا على اغتياله قصف
# الجيش …") keeps its doer (extract/reacted.py).
REACTED_CUES: tuple[str, ...] = (
    "ردا على",
    "رداً على",
    "ردًا على",
    "في رد على",
    "وردا على",
)

# reporter106: who voices concern over a deed named right after these
# ("أعربت منظمة العفو الدولية عن قلقها من اعتقال الشرطة المصرية ناشطين",
# "أعرب الاتحاد الأوروبي عن قلقه البالغ إزاء احتجاز …") neither did it nor
# suffered it: read as a reaction's word (extract/reacted.py), binding only
# the noun right after, so a deed told later in the clause ("… ودعت إلى …")
# keeps its doer, and a phrase that names no side keeps the sides whole.
CONCERN_CUES: tuple[str, ...] = tuple(
    f"{noun}{own} {grade}{about}"
    for noun in ("قلق", "انشغال")
    for own in ("ه", "ها", "هم", "هما", "نا")
    for grade in ("", "البالغ ", "العميق ", "الشديد ", "الكبير ")
    for about in ("من", "إزاء", "ازاء", "حيال", "بشأن", "تجاه", "جراء", "من جراء")
)

# bystander101: who refers to a deed or a meeting named right after these
# ("قال الوزير، في إشارة إلى الهجوم الإسرائيلي على غزة، إن …") only tells of
# it and is no side of it, where the phrase names its sides
# (extract/referred.py); "مشيرا إلى أن …" reports a clause, read as before.
# Remarks referred to are REFERENCE_CUES.
REFERRING_CUES: tuple[str, ...] = tuple(
    f"{ref} {to}"
    for ref in (
        "في إشارة",
        "في اشارة",
        "وفي إشارة",
        "مشيرا",
        "مشيراً",
        "مشيرة",
        "مشيرين",
    )
    for to in ("إلى", "الى")
)


# faextra18: the medium a speaker talks through ("في حديث لصحيفة …",
# "في مقابلة مع قناة …") is the channel of the statement, never a party to
# what is said (extract/sources.py).
CHANNEL_CUES: tuple[str, ...] = (
    "في حديث",
    "في حديث خاص",
    "في حديث إلى",
    "في مقابلة مع",
    "في مقابلة",
    "في مقابلة خاصة مع",
    "في حوار مع",
    "في تصريح",
    "في تصريحات",
    "في تصريح خاص",
    "في تصريحات خاصة",
    "في تقرير",
)

# ---- senses19: a deed told of nobody (extract/nobody.py) ----
# "أي" (any) under a negation just before it quantifies the clause's doer
# or undergoer to none: "لم يتعرض أي صحفي للضرب" (no journalist was
# beaten) tells that the deed did not happen. Elsewhere it is "any",
# "which" or "that is", and negates nothing.
NEGATED_QUANTIFIERS: tuple[str, ...] = ("أي", "أيا", "أية")
# After these a quantifier tells how a deed was done, not that it was not:
# "اعتقل … دون أي تهمة" (arrested without any charge).
QUANTIFIER_FREE_WORDS: tuple[str, ...] = ("دون", "بدون", "بلا")


# lead21: a deed judged unlikely is a guess too ("قال محلل إن من غير المرجح
# أن تعود إيران إلى المفاوضات").
SPECULATION_CUES += (
    "من غير المرجح ان",
    "من غير المحتمل ان",
    "من المستبعد ان",
    "يستبعد ان",
    "تستبعد ان",
)


# lead21: verbs of failure that govern the deed failed at across their
# subject ("فشلت إثيوبيا ومصر في التوصل إلى اتفاق", "لم تتمكن الأطراف من
# التوصل"; ``extract/status.unable``, links in ``context.INABILITY_LINKS``).
FAILURE_CUES += (
    "فشلا",
    "فشلتا",
    "اخفق",
    "اخفقت",
    "اخفقا",
    "اخفقتا",
    "اخفقوا",
    "لم يتمكن",
    "لم تتمكن",
    "لم يتمكنا",
    "لم تتمكنا",
    "لم يتمكنوا",
    "عجز",
    "عجزت",
    "عجزوا",
)

# senses22: a question asked ("ردا على سؤال عما إذا كانت واشنطن تدعم",
# "هل تدعم واشنطن") reports nothing it asks about: what follows the cue in
# its clause is no event (``extract/hypothetical.hypothetical``).
QUESTION_CUES: tuple[str, ...] = ("هل", "وهل")
# consist26: a deed no longer done ("لم تعد تدعم") is negated; a promise not
# given ("لم تعد اليابان بإرسال أدوية", its subject between) governs the deed
# after "ب" as a failure does (``context.INABILITY_LINKS``), as English "made
# no promise to send" and Persian "وعده‌ای … نداد" are read.
NEGATION_CUES += ("لم تعد", "لم يعد", "لم يعدوا", "لم تعدا")
FAILURE_CUES += ("لم تعد", "لم يعد", "لم يعدوا", "لم تعدا")


# nonevent27: a habit or a standing policy ("لطالما دعمت إيران المقاومة",
# "تدعم تركيا دائما الحوار", "عادة ما ترفض") tells what a side does in
# general, no deed of the day, as "سنويا" and "مرارا" above
# (``extract/history._recalled``), as English "always" (Persian "همواره"
# is left out: see ``lang/fa/status.py``).
BACKGROUND_CUES += (
    "دائما",
    "دوما",
    "لطالما",
    "على الدوام",
    "عادة ما",
    "غالبا ما",
    "كثيرا ما",
    "تاريخيا",
)
# topics50: a deed told as what happens often or daily ("تشن إسرائيل غارات
# على سوريا بشكل شبه يومي", "في كثير من الاحيان") is a habit, no event.
# Bare "يوميا" is left out: "تتواصل الاحتجاجات يوميا منذ اسبوع" tells a
# running protest.
BACKGROUND_CUES += (
    *("في كثير من الاحيان", "في اغلب الاحيان", "في معظم الاحيان", "بشكل متكرر"),
    *("بصورة متكررة", "بشكل شبه يومي", "بصورة شبه يومية", "بشكل يومي", "بصورة يومية"),
    *("بشكل دوري", "بصورة دورية", "بشكل منتظم", "بانتظام"),
)
# nonevent111: a deed told as what happens at times or in many cases
# ("ترفض السلطات أحيانا منح التأشيرات", "في كثير من الحالات يعتقل الناشطون")
# is a habit, no one deed, as Persian "گاهی" and English "sometimes".
# mendA111: they tell a habit of their own clause only
# (``extract/occasion``): a case cue a relative clause follows names known
# cases ("في بعض الحالات التي …"), and a relative, a conjunction after a
# comma ("، وترد …"), a verb of saying, a colon, quote marks or "؛" between
# cue and deed, or a day in the deed's clause ("أمس"), keep the cue from it.
OCCASION_CUES: tuple[str, ...] = (
    *("احيانا", "في بعض الاحيان", "في احيان كثيرة", "في احيان عديدة", "من حين لاخر"),
    *("بين الحين والاخر", "بين حين واخر", "من وقت لاخر"),
)
OCCASION_CASE_CUES: tuple[str, ...] = (
    *("في حالات كثيرة", "في حالات عديدة", "في كثير من الحالات", "في معظم الحالات"),
    *("في اغلب الحالات", "في بعض الحالات"),
)
BACKGROUND_CUES += OCCASION_CUES + OCCASION_CASE_CUES
OCCASION_RELATIVES: tuple[str, ...] = (
    *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "حيث"),
)
OCCASION_CONJUNCTIONS: tuple[str, ...] = ("و", "لكن", "ولكن", "بينما", "فيما")
# The conjunctions written glued to the next word ("، وترد سوريا").
OCCASION_GLUED: tuple[str, ...] = ("و", "ف")
# noevent91: a span of recent years sums up deeds done over years, no one
# deed, on either side of it ("في السنوات الاخيرة، اعتقلت السلطات مئات
# الناشطين"; round 13's history cues read four of these after the deed
# only, and are moved here).
BACKGROUND_CUES += tuple(
    f"{prep} {span}"
    for prep in ("في", "خلال", "على مدى", "على مدار", "طوال")
    for span in ("السنوات الاخيرة", "السنوات الماضية", "الاعوام الاخيرة", "الاعوام الماضية")
) + ("على مر السنين", "على مر السنوات", "على مدى سنوات")
# noevent91: a deed told as done many times ("اتهمت تركيا اليونان عدة مرات
# بانتهاك مجالها الجوي") is a tally of deeds, no one deed, as "مرارا" above.
# Not "للمرة الثانية": a deed done once more is told.
REPETITION_CUES: tuple[str, ...] = (
    *("عدة مرات", "مرات عدة", "مرات عديدة", "مرات كثيرة", "اكثر من مرة"),
    *("في اكثر من مناسبة", "في مناسبات عدة", "في مناسبات عديدة", "في عدة مناسبات"),
)
BACKGROUND_CUES += REPETITION_CUES
# mendB92: a repetition word tells one deed done several times, no habit,
# where its clause names one day ("قصفت الطائرات المطار عدة مرات اليوم
# الاثنين"; ``extract/history.habit_cues``), as the older "مرارا" above;
# and it is a multiplier, no repetition at all, beside a comparative ("بقوة
# أكبر عدة مرات", "أضعافا عدة مرات"), as English "many times larger".
REPETITION_CUES += ("مرارا", "مرارا وتكرارا")
MULTIPLIER_BEFORE: tuple[str, ...] = (
    *("اكبر", "اكثر", "اعلى", "اقوى", "اشد", "اسرع", "اوسع", "اطول", "اقل", "اضعافا"),
)
MULTIPLIER_AFTER: tuple[str, ...] = ("اكبر", "اكثر", "اعلى", "اقوى", "اشد", "اقل", "اضعافا")
# mendF93: a weekday after a word of recurrence or of a span's start is no
# one day ("عدة مرات كل يوم اثنين", "منذ الاثنين"; ``extract/history.
# habit_cues``); a day noun between is skipped.
ONE_DAY_NOT_AFTER: tuple[str, ...] = ("كل", "منذ")
ONE_DAY_NOUNS: tuple[str, ...] = ("يوم",)

# nonevent27: an opinion given as one's own ("في رأيي", "أعتقد أن") is no
# report of what it names: a deed a few words after it is a view, as a
# guess is (``extract/hypothetical.hypothetical``). Third persons ("يرى الوزير
# أن") are left out: what a side holds another did is its accusation; so is
# a hedge ("يبدو أن"): a report told with care is still a report.
SPECULATION_CUES += (
    "في رايي",
    "برايي",
    "في تقديري",
    "من وجهة نظري",
    "اعتقد ان",
    "اظن ان",
)

# nonevent27: words that name a thing by its title or name ("تقرير
# بعنوان «…»", "كتاب «…»", "عملية أطلق عليها اسم «…»"): a deed
# word inside the quoted title that follows names a book, a conference or a
# campaign, and tells no deed (``extract/nonevents.in_title``), as English
# "entitled" and Persian "با عنوان" are read.
TITLE_CUES: tuple[str, ...] = (
    "بعنوان",
    "تحت عنوان",
    "حمل عنوان",
    "يحمل عنوان",
    "تحمل عنوان",
    "عنوانه",
    "عنوانها",
    "يحمل اسم",
    "تحمل اسم",
    "حمل اسم",
    "حملت اسم",
    "تحت اسم",
    "باسم",
    "اطلق عليه اسم",
    "اطلق عليها اسم",
    "اطلق عليه",
    "اطلق عليها",
    "المسمى",
    "المسماة",
    "يسمى",
    "تسمى",
    "المعروف باسم",
    "المعروفة باسم",
    "كتاب",
    "كتابه",
    "كتابها",
    "فيلم",
    "مقال",
    "مقالا",
    "مقالة",
)

# requests28: an agreement the sides are close to reaching has not been
# reached ("باتتا قريبتين من التوصل إلى اتفاق", "اقترب الطرفان من إبرام
# صفقة"): it is at most planned, as English "are close to an agreement" and
# Persian "به توافق نزدیک شده‌اند" are read. The cue holds the verbal noun of
# reaching: "مصادر قريبة من الحكومة" (sources close to) is no plan.
PLANNED_CUES += tuple(
    f"{near} من {reach}"
    for near in (
        *("قريب", "قريبة", "قريبان", "قريبتان", "قريبين", "قريبتين", "قريبون", "قريبا"),
        *("اقرب", "اقترب", "اقتربت", "اقتربا", "اقتربتا", "اقتربوا", "يقترب", "تقترب"),
        *("يقتربان", "تقتربان", "يقتربون", "نقترب", "اقتربنا", "الاقتراب"),
    )
    for reach in ("التوصل", "الوصول", "ابرام", "توقيع", "التوقيع", "اتفاق", "الاتفاق")
)

# tri30b: calling an event off is its negation, the verb in every person
# and the passive ("ألغى وزير الخارجية زيارته إلى باريس", "ألغيت القمة"),
# as the noun "إلغاء" (``NEGATION_CUES``) and English "cancelled his visit"
# are read; not of what the cancelling undoes ("ألغى العقوبات" lifts
# sanctions, ``event_types`` ``undoes``).
CANCELLED_CUES: tuple[str, ...] = (
    *("الغى", "الغت", "الغوا", "الغيا", "الغتا", "الغينا"),
    *("يلغي", "تلغي", "نلغي", "يلغون", "الغي", "الغيت"),
)
# status50: a deed halted ("توقفت المفاوضات", "توقف تبادل الأسرى بين …")
# is not going on: negated as one called off is, as English "was halted" and
# Persian "متوقف شد" are (``extract/status.halted``: the verb or noun right
# before its deed, as the verb stands before its subject). The intransitive
# verb and its noun only: "أوقف" is also an arrest, and "علق … المساعدات" is
# a sanction of its own. A halt after "بعد"/"منذ" is an earlier one that
# ended ("استؤنفت المفاوضات بعد توقف دام شهرين"): those phrases
# (``SINCE_HALT_CUES``) hide the cue.
HALTED_BEFORE_CUES: tuple[str, ...] = ("توقفت", "توقف", "تتوقف", "يتوقف")
SINCE_HALT_CUES: tuple[str, ...] = tuple(
    f"{prep} {halt}"
    for prep in ("بعد", "منذ", "عقب", "اثر", "إثر", "بعد ان", "منذ ان")
    for halt in ("توقف", "توقفت", "توقفها", "توقفه")
)

# consult34fa: the chances or the prospects of reaching an agreement name an
# agreement not (yet) reached ("ازدادت فرص التوصل إلى اتفاق"), as English
# "the chances of reaching a deal" and Persian "فرصت رسیدن به توافق" are
# read. Not the singular "فرصة": "فرصة للقاء" may tell a meeting that was
# held (so "فرصة التوصل" stays read as an agreement).
POSSIBILITY_CUES = POSSIBILITY_CUES + ("فرص", "آفاق", "حظوظ")

# nonevent105: a deed ruled out ("لا مجال للتردد والتراجع", "لا مكان للحوار
# مع …") is named, not done (``extract/hypothetical.RULED_OUT_SPAN``); "لا
# مجال للشك في أن القوات قصفت …" keeps the deed its clause tells.
RULED_OUT_CUES: tuple[str, ...] = tuple(
    f"{no} {room}" for no in ("لا", "ولا", "فلا") for room in ("مجال", "مكان")
)

# consult34fa: remarks referred to ("مشيرا إلى تصريحات المرشد في لقائه مع
# الشعراء"): the meeting they were made at is only where they were said
# (``extract/hypothetical.REFERENCE_SPAN``), as English "referring to the
# remarks" and Persian "با اشاره به بیانات" are read.
REFERENCE_CUES: tuple[str, ...] = tuple(
    f"{ref} {remarks}"
    for ref in ("مشيرا إلى", "مشيرا الى", "في إشارة إلى", "في اشارة الى", "مستشهدا ب")
    for remarks in ("تصريحات", "كلمة", "خطاب", "أقوال", "اقوال")
)

# prec38ar: a stance in the present in a relative clause on a named side
# ("الحركة التي تدعو إلى …", "الزعيم الذي يطالب بـ …") describes that side,
# no call made that day (``extract/standing.py``). Each pronoun with the
# start its imperfect takes; a past verb of that start ends in its own
# letter ("التي تعهدت"), a word of the day makes it the day's news.
STANDING_RELATIVES: dict[str, tuple[str, ...]] = {
    "الذي": ("ي",),
    "الذين": ("ي",),
    "اللذين": ("ي",),
    "اللذان": ("ي",),
    "التي": ("ت",),
    "اللتين": ("ت",),
    "اللتان": ("ت",),
    "اللواتي": ("ي",),
    "اللاتي": ("ي",),
}
STANDING_PAST_ENDINGS: tuple[str, ...] = ("ت", "تا")
STANDING_NOW_WORDS: tuple[str, ...] = (
    "اليوم",
    "حاليا",
    "الآن",
    "أمس",
    "امس",
    "غدا",
    "مجددا",
    "الليلة",
    "صباح",
    "مساء",
)

# real42: a danger to an abstract good right after the verb or noun of
# threatening ("يهدد الأمن والاستقرار", "تهديد للسلم الدولي", "تهدد إيران أمن
# المنطقة") is no threat an actor makes (``extract/endangered.py``); the
# good is read without a glued article or conjunction (``GOOD_PREFIXES``).
ENDANGERED_GOODS: tuple[str, ...] = (
    *("أمن", "سلم", "سلام", "استقرار", "اقتصاد", "مستقبل", "حياة", "أرواح", "صحة"),
    *("سلامة", "وحدة"),
)
GOOD_PREFIXES: tuple[str, ...] = ("وال", "بال", "لل", "ال", "و", "ل")
# nonevent72fa: a danger or a hardship that threatens, as the subject right
# after the verb ("هدد الجفاف ملايين المزارعين", "تهديد المجاعة"), is no side
# making a threat (``extract/endangered.py``); read without a glued article
# (``GOOD_PREFIXES``). Not a word right before the verb: it ends an opening
# phrase ("في ظل الأزمة هددت إيران …").
DANGER_SUBJECTS: tuple[str, ...] = (
    *("جفاف", "مجاعة", "جوع", "فقر", "أزمة", "وباء", "فيروس", "كورونا", "تضخم"),
    *("بطالة", "فيضانات", "إرهاب", "خطر", "أخطار", "مخاطر", "تصحر", "انعدام"),
)
DANGER_SUBJECT_AFTER = True

# noevent51: what a law, a bill, a constitution or a deal provides ("وينص
# مشروع القانون على أن يعاقب كل …", "قرار ينص على إنهاء الاحتلال") is a rule,
# no deed done: a trigger up to twenty words on in its clause tells no event
# (``extract/hypothetical.hypothetical``). Not the bare noun "نص" (a text).
PROVISION_CUES: tuple[str, ...] = ("ينص", "تنص", "ينصان", "تنصان")
# nonevent74ar: what a body recommends ("أوصت المنظمة بضرورة … وتولي أعضاء
# النيابة العمومية زيارة مراكز الاحتفاظ", "موصيا الوزراء بتكثيف الزيارات إلى
# الجهات") is advice for what may come, no deed done, as a provision is and
# as English "recommended that …" (en ``PROVISION_CUES``) is read; Persian
# "توصیه کرد" is a request whose object tells no deed already.
PROVISION_CUES += (
    *("أوصى", "أوصت", "أوصوا", "أوصيا", "أوصتا", "يوصي", "توصي", "يوصون", "نوصي"),
    *("موصيا", "موصية", "موصين", "أوصاه", "أوصاها", "أوصاهم"),
)
# noevent85: what a law, a deal or a side allows or forbids ("يسمح القانون
# للشرطة بإطلاق النار", "الاتفاق الذي يسمح برفع العقوبات", "سمحت أنقرة
# للطائرات بشن هجمات", "يجيز القانون اعتقال", "يحظر الدستور نفي أي مواطن") is
# a deed that may or may not be done, none told: as a provision, over the
# verb phrase it governs (eight words: whom it allows stands between, not
# another clause's deed). The permission stays its own trigger where it is one.
# Not bare "سمح" ("لا سمح الله", God forbid), nor "يمنع"/"منع", triggers of
# their own ("منع دخول"), nor "حرم", also "deprived" and "sanctuary".
PERMISSION_CUES: tuple[str, ...] = (
    *("يسمح", "تسمح", "يسمحان", "تسمحان", "يسمحون", "سمحت", "سمحوا", "سمحتا"),
    *("يجيز", "تجيز", "يجيزان", "أجاز", "أجازت", "يخول", "تخول", "يبيح", "تبيح"),
    *("يحظر", "تحظر", "يحرم", "تحرم"),
)

# status67: a deed noun told as imminent is still to come ("هجمات إرهابية
# وشيكة", "مشروع اعتداء وشيك", "هجوما قد يكون وشيكا"), as English "imminent"
# and Persian "قریب‌الوقوع" are read; only the noun the word qualifies, a few
# words before it (``extract/closing_future.told_imminent``).
IMMINENT_CUES: tuple[str, ...] = ("وشيك", "وشيكة", "وشيكا", "الوشيك", "الوشيكة")
# mendC67: a negation between the noun and "وشيك", or by the cue ("الهجوم
# ليس وشيكا", "لا هجوم وشيكا"), denies the deed is near: it plans nothing
# (``extract/closing_future.told_imminent``).
IMMINENT_NEGATIONS: tuple[str, ...] = ("ليس", "ليست", "ليسوا", "لا", "لم", "غير")
# mendC67: verbs of being held that, between a plan cue in a meeting noun's
# relative clause and a later deed, keep the cue the meeting's own ("اجتماع
# … الذي من المقرر أن يعقد الأسبوع المقبل لبحث الهجوم": a purpose, not the
# planned deed; ``extract/status.relative_deed_after``).
RELATIVE_HELD_VERBS: tuple[str, ...] = (
    *("يعقد", "تعقد", "ينعقد", "تنعقد", "يجري", "تجري", "يقام", "تقام"),
    *("يبدأ", "تبدأ", "ينطلق", "تنطلق", "عقده", "عقدها"),
)

# noevent83: a deed one acts "for fear of" has not happened, as "تخوفا من"
# and "خشية" are read: here only a clause the fear opens with "أن" ("خوفا
# من أن يهاجم المسلحون"); the noun phrase after a bare "خوفا من" is read
# by ``context.FEAR_MARKERS`` (mendB84: a cue's five words' reach silenced
# "… خوفا من هجمات جديدة بعد أن قصفت القوات القرية").
CONDITIONAL_CUES += ("خوفا من ان", "خوفا من أن")


# status108: a past passive auxiliary right before the deed's noun ("وتم
# إلقاء القبض على", "قد تم بحث", "جرت محادثات") tells the deed done, as a
# Persian past light verb after it does (``OWN_PAST_VERBS`` there): a future
# cue or date elsewhere in the sentence plans another deed. Only whole words:
# "سيتم" and "يتم" (future, present) are other words; "عقد" is also a noun.
OWN_PAST_BEFORE: tuple[str, ...] = tuple(
    f"{conj}{aux}" for conj in ("", "و", "ف") for aux in ("تم", "تمت", "جرى", "جرت")
)


# mendB86 (review85, finding 5): the indefinite "planned" after its noun
# ("زيارة مزمعة") plans nothing when a past light verb governs the noun
# ("أجرى زيارة مزمعة إلى طهران", "قام بزيارة مزمعة") or a past time word
# follows it in its clause ("… زيارة مزمعة إلى طهران أمس"): the visit was
# made (``extract/status.past_governed``). The definite "المزمعة" is left:
# "ناقش الزيارة المزمعة" names one still to come.
PAST_UNDONE_CUES: tuple[str, ...] = ("مزمع", "مزمعة", "مزمعا")
PAST_DEED_VERBS: tuple[str, ...] = (
    *("أجرى", "أجرت", "أجروا", "أجريا", "أجرتا"),
    *("قام", "قامت", "قاموا", "قاما", "قامتا"),
    *("عقد", "عقدت", "عقدوا", "عقدا", "عقدتا"),
    *("اختتم", "اختتمت", "اختتموا", "أنهى", "أنهت", "أنهوا"),
)
# mendE87 (review86, finding 12): the clitic a past light verb may carry glued
# to its end before the deed noun ("قامب زيارة" in run-together text); only
# these are stripped, never any final letter of a verb.
PAST_DEED_CLITICS: tuple[str, ...] = ("ب",)
# mendE87 (review86, finding 6): verbs of saying, discussing and announcing
# that, governing the noun, take a past time word of the clause as their own
# ("ناقش الطرفان زيارة مزمعة للرئيس إلى بغداد أمس": the talk was yesterday,
# the visit is still to come), so the time word does not undo the plan.
PLAN_TALK_VERBS: tuple[str, ...] = (
    *("ناقش", "ناقشت", "ناقشوا", "ناقشا", "ناقشتا", "يناقش", "تناقش"),
    *("بحث", "بحثت", "بحثوا", "بحثا", "بحثتا", "يبحث", "تبحث"),
    *("تناول", "تناولت", "تناولوا", "تناولا", "استعرض", "استعرضت", "استعرضوا"),
    *("أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت", "أكدوا", "كشف", "كشفت", "كشفوا"),
    *("قال", "قالت", "قالوا", "ذكر", "ذكرت", "أفاد", "أفادت", "تحدث", "تحدثت"),
)
PAST_DEED_TIMES: tuple[str, ...] = (
    *("أمس", "الأمس", "البارحة", "أول أمس", "الليلة الماضية"),
    *("الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "السنة الماضية"),
)

# mendD87: a put-off with a target time after it in its clause ("إلى الأسبوع
# المقبل", "حتى يوم الاثنين") sets a new date: the deed is planned
# (``extract/put_off.py``); bare or open-ended ("إلى أجل غير مسمى") it is
# negated. A relative or "but" between the deed and the put-off tells the
# deed's history ("المحادثات التي تأجلت … عقدت"), no status. A denied
# put-off ("لم يتم تأجيل") is none (``NOT_CUES``); "أرجاء" (throughout) is
# no put-off ("في كافة أرجاء إيران").
PUT_OFF_TARGETS: tuple[str, ...] = ("إلى", "الى", "حتى", "لغاية", "وحتى")
PUT_OFF_TIMES: tuple[str, ...] = (
    "يوم",
    "الأسبوع",
    "الاسبوع",
    "أسبوع",
    "الشهر",
    "شهر",
    "العام",
    "الغد",
    "غد",
    "موعد",
    "السبت",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "صباح",
    "مساء",
    "الساعة",
)
PUT_OFF_OPEN: tuple[str, ...] = ("أجل غير مسمى", "موعد لاحق", "وقت لاحق", "إشعار آخر")
PUT_OFF_HISTORY: tuple[str, ...] = (
    "التي",
    "الذي",
    "اللتين",
    "الذين",
    "لكن",
    "لكنها",
    "ولكن",
    "ولكنها",
    "غير أن",
)
NOT_CUES += tuple(f"{w} ارجاء" for w in ("في", "كافة", "كل", "مختلف", "جميع", "شتى"))
NOT_CUES += tuple(
    f"{n} {c}"
    for n in ("لم يتم", "لن يتم", "لا يتم", "لم", "لن")
    for c in ("تاجيل", "يؤجل", "تؤجل", "تتاجل", "يتاجل", "ارجاء")
)
# a suspended sentence ("بالسجن ستة أشهر مع تأجيل التنفيذ") was handed down:
# its execution's put-off is a legal term, no put-off of the deed
NOT_CUES += ("تاجيل التنفيذ", "مع تاجيل التنفيذ")
# status88: a verb of containing negated right before it ("لم يتضمن البيان
# اعتذارا", "لا تشمل الاتفاقية انسحابا"): the deed it names is missing, so
# negated (``extract/lacked.py``). Its definite subject may stand between
# (the article ``LACKING_SUBJECT_ARTICLE``), and is no deed contained.
LACKING_CUES: tuple[str, ...] = ("يتضمن", "تتضمن", "يشمل", "تشمل", "يتضمنا", "تتضمنا")
LACKING_NEGATIONS: tuple[str, ...] = ("لم", "لا", "لن", "ولم", "ولا", "ولن", "فلم", "فلا")
LACKING_SUBJECT_ARTICLE = "ال"
# mendB89: words that open a clause of their own between the verb of
# containing and a later deed ("لا تشمل المحادثات إيران التي وقعت اتفاقا"):
# the deed is no longer the verb's object, so it keeps its status.
# mendF90: no lone "و", which joins a second object as often; a relative
# right after the definite subject is the subject's ("لم يتضمن الاتفاق الذي
# وقعه الطرفان انسحاب …"; ``extract/lacked.py``).
LACKING_CLAUSE_OPENERS: tuple[str, ...] = (
    *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"),
    *("ثم", "لكن", "ولكن", "بينما"),
)
# status88: words that head a denier's title and may open the subject between
# a denial and the deed it denies, though no mention covers them ("نفى
# المتحدث باسم الخارجية المصرية عقد لقاء …": the spokesman's title, then
# the body he speaks for; ``extract/status.denied_past_subject``).
DENIER_TITLES: tuple[str, ...] = (
    "المتحدث",
    "المتحدثة",
    "متحدث",
    "متحدثة",
    "الناطق",
    "الناطقة",
    "ناطق",
    "ناطقة",
)
# status88: links of addition: the deed right after one is the same verb's
# object as the deed before it, and planned where that one is ("سيحضر
# اجتماعا … يوم 25 ماي بالإضافة لقمة مجموعة السبع"; ``extract/added.py``).
# "بالإضافة" alone takes the glued "ل" of the deed after it.
ADDITIVE_LINKS: tuple[str, ...] = (
    "بالإضافة إلى",
    "بالإضافة",
    "إضافة إلى",
    "فضلا عن",
    "علاوة على",
)
# mendB89: an added deed told by a clause of its own (a relative right after
# it: "فضلا عن الهجوم الذي شنته روسيا") or by a past time in its clause
# ("بالإضافة إلى المحادثات … الأسبوع الماضي") was done, not planned.
ADDED_OWN_CLAUSE: tuple[str, ...] = (
    *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"),
)
ADDED_PAST_TIMES: tuple[str, ...] = (
    *("أمس", "الأمس", "البارحة", "أول أمس", "الليلة الماضية"),
    *("الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "السنة الماضية"),
    *("الأسبوع المنصرم", "الشهر المنصرم", "مؤخرا"),
)
# mendF90: the relative's verb right after it marked present or future (the
# imperfect's one-letter prefixes, "سوف" as a word) tells no deed done ("القمة التي تستضيفها
# فرنسا"); a past time after a word of the deed's topic is the topic's ("قمة
# لبحث الاتفاق الموقع العام الماضي"; ``extract/added.py``).
ADDED_NOT_DONE_MARKS: tuple[str, ...] = ("ي", "ت", "ن", "س", "سوف")
ADDED_VERB_WORDS = 1
ADDED_TIME_STOPS: tuple[str, ...] = ("حول", "بشأن", "لبحث", "لمناقشة", "بخصوص")

# nonevent96: the head of an unreal apodosis, "ل" glued to a verb of doing
# or of being ("لو كان رئيسا، لقام باستدعاء السفير"): after a condition in
# its sentence the deed it governs is supposed, not done
# (``extract/apodosis.py``), past the comma that a
# condition's own span stops at ("لكان", "لكانت", "لكانوا" are conditional
# cues of their own: ``CONDITIONAL_CUES``).
APODOSIS_CUES: tuple[str, ...] = (
    *("لقام", "لقامت", "لقاموا", "لقمت", "لقمنا", "لكنا"),
    *("لتم", "لبادر", "لبادرت", "لبادرنا"),
)
# mendB97: "لولا" (were it not for) opens an unreal condition for the
# apodosis after it ("لولا تدخل قطر لتم إعدام الرهائن": no execution), not
# a conditional of its own clause (``CONDITIONAL_CUES`` leave it out;
# ``extract/apodosis.py``).
APODOSIS_CONDITIONS: tuple[str, ...] = ("لولا", "ولولا", "فلولا")

# mendA97: what a report or a study warns may come ("حذر تقرير من أن إيران
# ستهاجم …") is its forecast, no deed done nor threatened; the verb of
# warning is no trigger there (``triggers.NOT_TRIGGERS``, senses96).
SPECULATION_CUES += tuple(
    f"{warn} {report} {that}"
    for warn in ("حذر", "حذرت", "يحذر", "تحذر", "وحذر", "وحذرت", "ويحذر", "وتحذر")
    for report in ("تقرير", "التقرير", "دراسة", "الدراسة", "بحث علمي")
    for that in ("من أن", "أن", "بأن")
)


# status108: a verb of securing in a purpose phrase names the deed right
# after it as an aim, still to come ("لضمان انسحاب الدبلوماسيين", "من أجل
# ضمان الإفراج عن"; ``extract/aimed.py``), glued "و"/"ف" too ("ولضمان
# الإفراج", mendG108 F10). One spelling each: "أجل"/"اجل" fold together.
AIM_CUES: tuple[str, ...] = tuple(
    f"{conj}{cue}"
    for conj in ("", "و", "ف")
    for cue in ("لضمان", "لتأمين", "من أجل ضمان", "بهدف ضمان", "بغية ضمان")
    + ("بهدف تأمين", "من أجل تأمين")
)
# mendG108 (diffread73 F5): the coordinating word that joins the deed to a
# gap word as a second aim ("لضمان سلامة وانسحاب"), a word or glued.
AIM_JOINERS: tuple[str, ...] = ("و",)


# mendD108 (review108c F1/F2, ``extract/aux_held.py``): the past auxiliary
# of ``OWN_PAST_BEFORE`` tells nothing done after the head of a future
# perfect and "قد" ("سيكون قد تم سحب القوات", "أن تكون قد جرت محادثات") ...
AUX_AHEAD_HEADS: tuple[str, ...] = tuple(
    f"{conj}{head}" for conj in ("", "و", "ف") for head in ("يكون", "تكون", "سيكون", "ستكون")
)
# ... nor as the verb of a condition ("إن تم توقيع الاتفاق فسيتم رفع
# العقوبات", "لو تمت الزيارة", "متى تم التوصل"; "إذا ما تم" reads the
# particle through) ...
AUX_CONDITIONS: tuple[str, ...] = tuple(
    f"{conj}{cue}"
    for conj in ("", "و", "ف")
    for cue in ("إذا", "لو", "حال", "حالة", "متى", "كلما", "لئن")
)
# ... and "إن" only when it opens the clause: normalised it is also "أن"
# ("بعد أن تم التوقيع", "وأن تم": that, done).
AUX_OPENING_CONDITIONS: tuple[str, ...] = ("إن", "وإن", "فإن")
# mendG108 (diffread73 F5/F11): the particle read through between a
# condition and its verb ("إذا ما تم") ...
AUX_PARTICLES: tuple[str, ...] = ("ما",)
# ... the perfect's particle between the head and the auxiliary ("سيكون قد
# تم") ...
AUX_PERFECT_PARTICLES: tuple[str, ...] = ("قد", "وقد")
# ... and the past head of a pluperfect, read through to a condition before
# it ("لو كان قد تم التوقيع": held open).
AUX_PAST_HEADS: tuple[str, ...] = ("كان", "كانت", "كانوا")


# mendD108 (review108c F6): a word of safety, going on, repetition or "not"
# between the cue and the deed makes the deed the thing secured, not the
# aim ("لضمان سلامة زيارة", "لضمان عدم تكرار الهجمات"; ``extract/aimed.py``).
AIM_GAP_WORDS: tuple[str, ...] = tuple(
    f"{article}{word}"
    for article in ("", "ال")
    for word in ("أمن", "سلامة", "أمان", "حماية", "استمرار", "استقرار", "تكرار", "عدم")
)
