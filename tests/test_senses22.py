"""Round 22 (senses22): events that are not there, read alike in Arabic,
Persian and English (sentences written for these tests).

- "حکومت نظامی" is martial law when declared, but a military government in
  "حکومت نظامیان" and when a time qualifies it ("حکومت نظامی پیشین"): no
  restriction imposed (``lang/fa/triggers.NOT_TRIGGERS``).
- "can" in the second person and the impersonal "one can" ("می‌توانید …
  انتقاد کنید", "می‌توان انتظار داشت") is no report, as the third person is
  (``lang/fa/status.UNREAL_CUES``); "we can confirm" reports what it confirms.
- A question asked ("whether", "آیا", "هل") reports nothing it asks about
  (``status.QUESTION_CUES``, ``extract/hypothetical.hypothetical``).
- Deaths in a train accident named with the article ("حادث القطار") or an
  accident of collision ("حادث تصادم") are no attack (Arabic ``VETO_WORDS``).
- A cyber attack's name ("حظر الخدمة", denial of service) is no ban.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


MILITARY_RULE = [
    ("fa", "هزاران نفر در سالروز سرکوب اعتراضات علیه حکومت نظامی پیشین در میانمار تظاهرات کردند."),
    ("fa", "مخالفان حکومت نظامیان در میانمار در یانگون تظاهرات کردند."),
    ("fa", "این کودتا یک دهه پس از پایان حکومت نظامی ۴۹ ساله در تایلند روی داد."),
    ("ar", "تظاهر الآلاف في ميانمار في ذكرى قمع الاحتجاجات ضد الحكم العسكري السابق."),
    ("ar", "تظاهر معارضو الحكم العسكري في ميانمار في مدينة يانغون."),
    ("ar", "وقع الانقلاب بعد عقد من نهاية الحكم العسكري الذي دام 49 عاما في تايلاند."),
    (
        "en",
        "Thousands demonstrated in Myanmar on the anniversary of the crackdown on "
        "protests against the former military government.",
    ),
    ("en", "Opponents of the military government in Myanmar demonstrated in Yangon."),
    ("en", "The coup came a decade after the end of 49 years of military rule in Thailand."),
]

MARTIAL_LAW = [
    ("fa", "ارتش میانمار در یانگون حکومت نظامی اعلام کرد."),
    ("ar", "أعلن الجيش في ميانمار الأحكام العرفية في يانغون."),
    ("en", "Myanmar's army declared martial law in Yangon."),
]


@pytest.mark.parametrize(("lang", "text"), MILITARY_RULE)
def test_a_military_government_imposes_no_restriction(lang: str, text: str) -> None:
    assert "COERCE" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), MARTIAL_LAW)
def test_martial_law_declared_is_still_a_restriction(lang: str, text: str) -> None:
    assert "COERCE" in _types(text, lang)


CAN = [
    ("fa", "وی افزود: می‌توانید از دولت و شخص رئیس‌جمهور انتقاد کنید اما با ادب."),
    ("fa", "می‌توان انتظار داشت که آمریکا تحریم‌های ایران را لغو کند."),
    ("fa", "نمی‌توانید با آمریکا مذاکره کنید."),
    ("ar", "وأضاف: يمكنكم انتقاد الحكومة ورئيس الجمهورية شخصيا لكن بأدب."),
    ("ar", "يمكن توقع أن ترفع الولايات المتحدة العقوبات عن إيران."),
    ("ar", "لا يمكنكم التفاوض مع أمريكا."),
    ("en", "He added: you can criticise the government and the president himself, but politely."),
    ("en", "One can expect the United States to lift the sanctions on Iran."),
    ("en", "You cannot negotiate with America."),
]

CONFIRMED = [
    ("fa", "ما می‌توانیم گزارش‌ها از خروج چند صد نیروی نظامی آمریکا از عراق را تایید کنیم."),
    ("ar", "يمكننا تأكيد التقارير عن انسحاب مئات الجنود الأمريكيين من العراق."),
    ("en", "We can confirm reports of the withdrawal of several hundred US troops from Iraq."),
]


@pytest.mark.parametrize(("lang", "text"), CAN)
def test_what_one_can_do_is_no_report(lang: str, text: str) -> None:
    assert not {"ACCUSE", "CONSULT", "CONCEDE", "REQUEST"} & _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), CONFIRMED)
def test_we_can_confirm_reports_what_it_confirms(lang: str, text: str) -> None:
    assert "RETREAT" in _types(text, lang)


QUESTION = [
    (
        "fa",
        "او در پاسخ به این پرسش که آیا آمریکا از حمله اسرائیل به ایران حمایت می‌کند گفت: نه.",
    ),
    ("ar", "وردا على سؤال هل تدعم الولايات المتحدة ضربة إسرائيلية ضد إيران قال لا."),
    (
        "en",
        "In reply to a question whether the United States supports an Israeli strike "
        "on Iran, he said no.",
    ),
]

STATED = [
    ("fa", "آمریکا از حمله اسرائیل به ایران حمایت می‌کند."),
    ("ar", "تدعم الولايات المتحدة الضربة الإسرائيلية ضد إيران."),
    ("en", "The United States supports the Israeli strike on Iran."),
]


@pytest.mark.parametrize(("lang", "text"), QUESTION)
def test_a_question_reports_nothing_it_asks(lang: str, text: str) -> None:
    assert "SUPPORT" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), STATED)
def test_the_same_support_stated_is_one(lang: str, text: str) -> None:
    assert "SUPPORT" in _types(text, lang)


ACCIDENT = [
    ("ar", "قالت الشرطة الهندية إن حصيلة ضحايا حادث القطار في شمال الهند ارتفعت إلى 90 قتيلا."),
    ("ar", "لقي أربعة أشخاص مصرعهم في حادث تصادم بين حافلة وشاحنة جنوب القاهرة."),
    ("fa", "پلیس هند گفت شمار قربانیان حادثه قطار در شمال هند به ۹۰ کشته رسید."),
    ("fa", "چهار نفر در تصادف یک اتوبوس و کامیون در جنوب تهران کشته شدند."),
    (
        "en",
        "Indian police said the death toll from the train accident in northern India rose to 90.",
    ),
    ("en", "Four people were killed in a collision between a bus and a truck south of Cairo."),
]

TRAIN_ATTACK = [
    (
        "ar",
        "قالت الشرطة الهندية إن حصيلة ضحايا الهجوم على القطار في شمال الهند ارتفعت إلى 90 قتيلا.",
    ),
    ("fa", "پلیس هند گفت شمار قربانیان حمله به قطار در شمال هند به ۹۰ کشته رسید."),
    (
        "en",
        "Indian police said the death toll from the attack on the train in northern India rose to 90.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ACCIDENT)
def test_an_accident_is_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), TRAIN_ATTACK)
def test_an_attack_on_a_train_is_one(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


DENIAL_OF_SERVICE = [
    ("ar", "استخدم القراصنة أسلوب حظر الخدمة لمهاجمة خوادم الشركة."),
    ("fa", "هکرها از روش منع سرویس برای حمله به سرورهای شرکت استفاده کردند."),
    ("en", "The hackers used a denial of service method to attack the company's servers."),
]


@pytest.mark.parametrize(("lang", "text"), DENIAL_OF_SERVICE)
def test_denial_of_service_is_no_ban(lang: str, text: str) -> None:
    assert "SANCTION" not in _types(text, lang)


WIDGET = [
    (
        "fa",
        "ارسال به دیگران ارسال انصراف دریادار عزیزی گفت ناوگروه ارتش در رژه دریایی روسیه حضور یافت.",
    ),
    (
        "ar",
        "إرسال إلى الآخرين إرسال إلغاء وقال الأدميرال عزيزي إن أسطول الجيش شارك في العرض البحري الروسي.",
    ),
    (
        "en",
        "Send to others Send Cancel Admiral Azizi said the army's flotilla took part in Russia's naval parade.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WIDGET)
def test_a_share_widget_withdraws_nothing(lang: str, text: str) -> None:
    assert "RETREAT" not in _types(text, lang)


WITHOUT_TRIAL = [
    ("fa", "طالبان سربازان اسیر را بدون محاکمه کشته‌اند."),
    ("ar", "قتلت طالبان الجنود الأسرى دون محاكمة."),
    ("en", "The Taliban killed captured soldiers without trial."),
]


@pytest.mark.parametrize(("lang", "text"), WITHOUT_TRIAL)
def test_killed_without_trial_holds_no_trial(lang: str, text: str) -> None:
    assert "COERCE" not in _types(text, lang)
    assert "ASSAULT" in _types(text, lang)


STATIONED_AT = [
    ("fa", "دانشجویان به سمت محل استقرار نیروهای امنیتی حرکت کردند."),
    ("ar", "توجه الطلاب نحو مقر قوات الأمن."),
    ("en", "Students walked towards the security forces' headquarters."),
]


@pytest.mark.parametrize(("lang", "text"), STATIONED_AT)
def test_where_forces_are_stationed_is_a_place(lang: str, text: str) -> None:
    assert "MOBILIZE" not in _types(text, lang)


NOT_RECOGNISED = [
    (
        "fa",
        "در این بیانیه آمده است که امارت اسلامی افغانستان در سازمان ملل به رسمیت شناخته نمی‌شود.",
    ),
    ("ar", "وجاء في البيان أن إمارة أفغانستان الإسلامية لا يعترف بها في الأمم المتحدة."),
    (
        "en",
        "The statement said the Islamic Emirate of Afghanistan is not recognised at the United Nations.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RECOGNISED)
def test_not_recognised_is_no_reported_recognition(lang: str, text: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "SUPPORT"}
    assert "reported" not in statuses


WITHOUT_CLOSING = [
    ("ar", "قد توسع تركيا المناطق العسكرية دون أن تغلق الحدود في وجه اللاجئين."),
    ("fa", "ترکیه ممکن است مناطق نظامی را گسترش دهد بدون اینکه مرز را به روی پناهجویان ببندد."),
    ("en", "Turkey may widen the military zones without closing the border to refugees."),
]


@pytest.mark.parametrize(("lang", "text"), WITHOUT_CLOSING)
def test_without_doing_is_not_done(lang: str, text: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "SANCTION"}
    assert "reported" not in statuses


THROUGH_SUPPORT = [
    ("ar", "تسعى المؤسسة إلى تحقيق غاياتها عبر دعم الأعمال الخيرية في العالم."),
    ("fa", "این بنیاد از طریق حمایت از کارهای خیریه در جهان اهداف خود را دنبال می‌کند."),
    ("en", "The foundation pursues its aims through support for charity work around the world."),
]

EXPRESSED_SUPPORT = [
    ("ar", "وعبر الوزير عن دعمه للحكومة اللبنانية."),
    ("fa", "وزیر از دولت لبنان ابراز حمایت کرد."),
    ("en", "The minister expressed his support for the Lebanese government."),
]


@pytest.mark.parametrize(("lang", "text"), THROUGH_SUPPORT)
def test_through_support_expresses_nothing(lang: str, text: str) -> None:
    assert "SUPPORT" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), EXPRESSED_SUPPORT)
def test_expressed_support_is_support(lang: str, text: str) -> None:
    assert "SUPPORT" in _types(text, lang)


TRAINING_TARGETS = [
    (
        "ar",
        "تم الاتفاق مع البنك على تقديم 10 دورات تدريبية تستهدف تدريب أكثر من 250 شابا في الرياض.",
    ),
    ("fa", "با بانک توافق شد که ۱۰ دوره آموزشی با هدف آموزش بیش از ۲۵۰ جوان در ریاض برگزار شود."),
    (
        "en",
        "The bank agreed to offer 10 training courses targeting more than 250 young people in Riyadh.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TRAINING_TARGETS)
def test_training_courses_target_no_one_by_force(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


BOUND_FOR_A_FRONT = [
    (
        "fa",
        "صدها جنگجوی طالبان برای تصرف پنجشیر عازم آنجا شده‌اند؛ چرا که مقام‌های آنجا از تسلیم سر باز زدند.",
    ),
    (
        "ar",
        "توجه مئات من مقاتلي طالبان إلى هناك للسيطرة على بنجشير لأن المسؤولين هناك رفضوا الاستسلام.",
    ),
    (
        "en",
        "Hundreds of Taliban fighters have headed there to take Panjshir because officials "
        "there refused to surrender.",
    ),
]

BOUND_FOR_A_VISIT = [
    ("fa", "وزیر خارجه ایران برای دیدار با همتای روس خود عازم مسکو شد."),
    ("ar", "توجه وزير الخارجية الإيراني اليوم إلى موسكو في زيارة رسمية."),
    ("en", "Iran's foreign minister left for Moscow today on an official visit."),
]


@pytest.mark.parametrize(("lang", "text"), BOUND_FOR_A_FRONT)
def test_fighters_bound_for_a_front_visit_no_one(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), BOUND_FOR_A_VISIT)
def test_a_minister_bound_for_a_capital_visits(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


HOSTED_BY_A_UNIVERSITY = [
    (
        "fa",
        "همایش آموزش عالی با حضور وزیر علوم و رئیس دانشگاه به میزبانی دانشگاه الزهرا در حال برگزاری است.",
    ),
    ("ar", "يعقد مؤتمر التعليم العالي بحضور وزير العلوم ورئيس الجامعة باستضافة جامعة الزهراء."),
    (
        "en",
        "The higher education conference, attended by the science minister, was hosted by "
        "the university in Tehran.",
    ),
]

HOSTED_TALKS = [
    ("fa", "مذاکرات وزیران خارجه ایران و عربستان به میزبانی عمان برگزار شد."),
    ("ar", "استضافت سلطنة عمان محادثات وزيري خارجية إيران والسعودية."),
    ("en", "The talks between the foreign ministers of Iran and Saudi Arabia were hosted by Oman."),
]


@pytest.mark.parametrize(("lang", "text"), HOSTED_BY_A_UNIVERSITY)
def test_a_university_hosting_a_conference_receives_no_visit(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), HOSTED_TALKS)
def test_talks_hosted_by_a_state_are_talks(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


PROPOSED_PACT = [
    ("fa", "طراح طرح پیمان دفاعی گروه مقاومت گفت این طرح به مجلس ارائه شده است."),
    ("ar", "قال صاحب مقترح معاهدة الدفاع لمجموعة المقاومة إن المقترح قدم إلى البرلمان."),
    (
        "en",
        "The author of the proposal for a defence pact of the resistance group said the "
        "proposal was submitted to parliament.",
    ),
]

SIGNED_PACT = [
    ("fa", "ایران و عراق پیمان دفاعی امضا کردند."),
    ("ar", "وقعت إيران والعراق معاهدة دفاع."),
    ("en", "Iran and Iraq signed a defence pact."),
]


@pytest.mark.parametrize(("lang", "text"), PROPOSED_PACT)
def test_a_proposed_pact_is_no_agreement(lang: str, text: str) -> None:
    assert "AGREE" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), SIGNED_PACT)
def test_a_signed_pact_is_one(lang: str, text: str) -> None:
    assert "AGREE" in _types(text, lang)
