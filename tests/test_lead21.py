"""Round 21 (lead): guesses and failures read alike in Arabic, Persian and
English (sentences written for these tests).

- A deed noun right before a guess is the guessed verb's subject ("the
  Vienna talks may resume", "مذاکرات وین ممکن است از سر گرفته شود"): no
  report, as Arabic "قد تستأنف" read it already
  (``extract/hypothetical.guessed_subject``).
- A deed judged unlikely ("is unlikely to", "من غير المرجح أن", "بعید است")
  is a guess too (``status.SPECULATION_CUES``).
- A deed that a verb of failure governs across its subject ("فشلت إثيوبيا
  ومصر في التوصل إلى اتفاق", "نتوانستند … به توافق برسند", "were unable
  to reach") is negated, as English "failed to reach" was already
  (``extract/status.unable``).
"""

from __future__ import annotations

import pytest

from casts import Reading, run
from casts import reading as read

NO_DEAL = {("AGREE", "negated", (("ETH", None), ("EGY", None)))}
TALKS = {("CONSULT", "reported", (("ETH", None), ("EGY", None)))}

CASES: list[tuple[str, str, Reading]] = [
    ("An EU official said the Vienna talks may resume in September.", "en", set()),
    ("قال مسؤول أوروبي إن محادثات فيينا قد تستأنف في سبتمبر.", "ar", set()),
    ("یک مقام اروپایی گفت مذاکرات وین ممکن است در سپتامبر از سر گرفته شود.", "fa", set()),
    (
        "An analyst said Iran is unlikely to return to talks with the United States soon.",
        "en",
        set(),
    ),
    (
        "قال محلل إن من غير المرجح أن تعود إيران إلى المفاوضات مع الولايات المتحدة قريبا.",
        "ar",
        set(),
    ),
    ("یک تحلیلگر گفت بعید است ایران به زودی به مذاکرات با آمریکا بازگردد.", "fa", set()),
    ("Ethiopia and Egypt were unable to reach an agreement on the dam.", "en", NO_DEAL),
    ("Ethiopia and Egypt failed to reach an agreement on the dam.", "en", NO_DEAL),
    ("فشلت إثيوبيا ومصر في التوصل إلى اتفاق بشأن السد.", "ar", NO_DEAL),
    ("أخفقت إثيوبيا ومصر في التوصل إلى اتفاق.", "ar", NO_DEAL),
    ("لم تتمكن إثيوبيا ومصر من التوصل إلى اتفاق بشأن السد.", "ar", NO_DEAL),
    ("اتیوپی و مصر نتوانستند درباره سد به توافق برسند.", "fa", NO_DEAL),
    # the failure's subject is no deed that failed to happen: the talks were held
    ("فشلت المفاوضات بين إثيوبيا ومصر.", "ar", TALKS),
    ("Talks between Ethiopia and Egypt over the dam have stalled.", "en", TALKS),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_guesses_and_failures(text: str, lang: str, expected: Reading) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iran and Turkey held talks that could lead to a deal.", "en"),
        ("وزیر خارجه ایران با همتای ترکیه دیدار کرد و ممکن است توافقی امضا شود.", "fa"),
    ],
)
def test_a_guess_after_a_verb_leaves_it_reported(text: str, lang: str) -> None:
    assert any(e[0] == "CONSULT" and e[1] == "reported" for e in read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an interview with an outlet named by its kind alone is no talks, and
        # the outlet no party to what is said in it
        ("وزیر در گفتگو با یک روزنامه گفت ایران همچنان به توافق پایبند است.", "fa"),
        ("قال الوزير في مقابلة مع صحيفة إن إيران لا تزال ملتزمة بالاتفاق.", "ar"),
    ],
)
def test_an_interview_with_an_unnamed_outlet_is_no_event(text: str, lang: str) -> None:
    assert read(text, lang) == set()


def test_the_unnamed_outlet_of_an_interview_is_no_party() -> None:
    text = "The minister, speaking to a television channel, accused Israel of attacking Gaza."
    found = read(text, "en")
    assert found and all("MED" not in {agent for _, agent in actors} for _, _, actors in found)


@pytest.mark.parametrize(
    "text",
    [
        "ایران در مذاکرات وین شرکت نخواهد کرد.",
        "نمایندگان عربستان در نشست تهران شرکت نکردند.",
        "عراق در این نشست شرکت داشت.",
    ],
)
def test_taking_part_negated_is_no_company(text: str) -> None:
    # "شرکت" before a light verb is taking part, in every form, not a firm (BUS)
    assert all("BUS" not in {agent for _, agent in actors} for _, _, actors in read(text, "fa"))


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # a guess about what a deed brings is not about the deed: it happened
        ("قال خبير إن إعدام الرهينة ربما يكشف ضعف الحملة التي تجري في سيناء.", "ar", "COERCE"),
        (
            "An expert said the arrest of the Iranian diplomat could reveal the weakness of the network.",
            "en",
            "COERCE",
        ),
        ("کارشناسان گفتند حملات ترکیه ممکن است ضعف نیروهای کرد را آشکار کند.", "fa", "ASSAULT"),
    ],
)
def test_a_guess_about_what_a_deed_brings_keeps_it(text: str, lang: str, etype: str) -> None:
    assert any(e[0] == etype for e in read(text, lang)), read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "victims"),
    [
        # whom a condemned killing struck is no side of the condemnation
        ("Egypt condemned the killing of three policemen in Sinai.", "en", "COP"),
        ("أدانت مصر مقتل ثلاثة من رجال الشرطة في سيناء.", "ar", "COP"),
        ("أدانت الأمم المتحدة قتل عمال الإغاثة في السودان.", "ar", "NGO"),
    ],
)
def test_the_victims_of_a_condemned_killing_are_not_accused(
    text: str, lang: str, victims: str
) -> None:
    accused = [actors for etype, _, actors in read(text, lang) if etype == "ACCUSE"]
    assert accused and all(victims not in {agent for _, agent in a} for a in accused)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a negated participle closing the noun before the trigger negates
        # nothing of it: the strike over unpaid wages took place
        ("کارگران در تهران به دلیل حقوق پرداخت‌نشده اعتصاب کردند.", "fa"),
        ("معلمان به خاطر مطالبات پرداخت نشده تجمع کردند.", "fa"),
        ("أضرب العمال في طهران بسبب الأجور غير المدفوعة.", "ar"),
        ("Workers went on strike in Tehran over unpaid wages.", "en"),
        # protesters who gather demonstrate
        ("Hundreds of protesters gathered outside parliament in Baghdad on Sunday.", "en"),
        ("تجمع مئات المحتجين أمام البرلمان في بغداد يوم الأحد.", "ar"),
        ("صدها معترض روز یکشنبه مقابل مجلس در بغداد تجمع کردند.", "fa"),
    ],
)
def test_protests_reported(text: str, lang: str) -> None:
    assert any(e[0] == "PROTEST" and e[1] == "reported" for e in read(text, lang)), read(text, lang)


def test_leaders_who_gather_do_not_protest() -> None:
    assert not any(
        e[0] == "PROTEST" for e in read("Leaders of the two countries gathered in Baghdad.", "en")
    )


@pytest.mark.parametrize(
    ("text", "lang", "kind", "number"),
    [
        # Arabic numbers of two words ("اثني عشر") start with a word that is
        # no number alone; Persian "… را … کشت." counts its victims
        ("قتل انتحاري اثني عشر شخصا في مسجد في كويتا.", "ar", "killed", 12),
        ("اعتقلت الشرطة أحد عشر شخصا في القاهرة.", "ar", "arrested", 11),
        ("A suicide bomber killed twelve people at a mosque in Quetta.", "en", "killed", 12),
        ("یک بمب‌گذار انتحاری دوازده نفر را در مسجدی در کویته کشت.", "fa", "killed", 12),
        ("پلیس یازده نفر را در قاهره بازداشت کرد.", "fa", "arrested", 11),
    ],
)
def test_counts_of_compound_numbers(text: str, lang: str, kind: str, number: int) -> None:
    counts = [e.counts for e in run(text, lang).events if kind in e.counts]
    assert counts and counts[0][kind] == number


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # a strike its workers hold is a walkout; one on a convoy is a blow
        ("The strike by oil workers in Iran entered its third day.", "en", "PROTEST"),
        ("The teachers' strike in Tehran continued for a week.", "en", "PROTEST"),
        ("دخل إضراب عمال النفط في إيران يومه الثالث.", "ar", "PROTEST"),
        ("اعتصاب کارگران نفت در ایران وارد سومین روز شد.", "fa", "PROTEST"),
        ("A strike on a convoy in Syria killed five fighters.", "en", "ASSAULT"),
    ],
)
def test_strikes_by_workers_and_strikes_on_targets(text: str, lang: str, etype: str) -> None:
    assert {e[0] for e in read(text, lang)} == {etype}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a fighter jet shot down is an attack on its state's forces
        ("Turkey shot down a Russian fighter jet near the Syrian border.", "en"),
        ("أسقطت تركيا مقاتلة روسية قرب الحدود السورية.", "ar"),
        ("ترکیه یک جنگنده روسی را در نزدیکی مرز سوریه سرنگون کرد.", "fa"),
    ],
)
def test_a_fighter_jet_shot_down(text: str, lang: str) -> None:
    assert ("ASSAULT", "reported", (("TUR", None), ("RUS", "MIL"))) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "aid"),
    [
        # money a parliament allots at home is a budget, no aid; to another
        # state it is aid
        ("مجلس ۵۰۰ میلیارد ریال اعتبار به وزارت نفت اختصاص داد.", "fa", False),
        ("The parliament allocated 2 million dollars to the fisheries agency.", "en", False),
        ("خصص البرلمان مليوني دولار لهيئة الثروة السمكية.", "ar", False),
        ("The US Congress approved 1 billion dollars in aid to Ukraine.", "en", True),
        ("کنگره آمریکا یک میلیارد دلار کمک به اوکراین را تصویب کرد.", "fa", True),
        ("وافق الكونغرس الأمريكي على مساعدات بقيمة مليار دولار لأوكرانيا.", "ar", True),
        ("The government allocated 5 million dollars in aid to flood victims.", "en", True),
    ],
)
def test_a_budget_at_home_is_no_aid(text: str, lang: str, aid: bool) -> None:
    assert any(e[0] == "AID" for e in read(text, lang)) == aid


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # an army chief who visits a country meets its hosts; a fleet deploys
        ("The Iranian army chief visited Syria.", "en", "CONSULT"),
        ("زار رئيس أركان الجيش الإيراني سوريا.", "ar", "CONSULT"),
        ("رئیس ستاد ارتش ایران به سوریه سفر کرد.", "fa", "CONSULT"),
        ("ناوگروه نیروی دریایی ایران به بندر ولادی‌وستوک روسیه سفر کرد.", "fa", "MOBILIZE"),
    ],
)
def test_an_army_chief_visits_a_fleet_deploys(text: str, lang: str, etype: str) -> None:
    assert {e[0] for e in read(text, lang)} == {etype}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # packaged goods sold abroad are trade, no aid package
        ("ایران ۵۰۰ تن چای بسته‌بندی به ارزش ۲ میلیون دلار به عراق صادر کرد.", "fa"),
        ("Iran exported 500 tonnes of packaged tea worth 2 million dollars to Iraq.", "en"),
        ("صدرت إيران 500 طن من الشاي المعبأ بقيمة مليوني دولار إلى العراق.", "ar"),
    ],
)
def test_packaged_goods_are_no_aid_package(text: str, lang: str) -> None:
    assert not any(e[0] == "AID" for e in read(text, lang))


def test_an_aid_package_stays_aid() -> None:
    found = read("ژاپن یک بسته کمک ۲ میلیون دلاری به افغانستان اعطا کرد.", "fa")
    assert ("AID", "reported", (("JPN", None), ("AFG", None))) in found
