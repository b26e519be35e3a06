"""Round 39 precision rules: words that name no deed between actors.

* An opinion poll's shares ("a poll found 55 percent back …") back, reject,
  blame or ask no one.
* An oath of office binds one to an office: no agreement with anyone.
* Money raised (fundraising) is collected, not given: no aid.
* Attacks traded in a debate are words: no assault.
* One sent to meet or talk is an envoy, not a force deployed.
* People flown out are evacuated: no retreat of forces.
* A candidate dropping out ("انصراف") is no retreat; giving up a deal is.
* An attack foiled or thwarted did not happen.
* A number right after a Persian month is its year ("شهریور ۹۸"), no count.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import run, types


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "ar",
            "أظهر استطلاع للرأي أن 55 في المئة من الفرنسيين يؤيدون الاتفاق مع الجزائر.",
            "SUPPORT",
        ),
        ("ar", "رفض ثلث المشاركين في استطلاع للرأي الاتفاق مع تركيا.", "REJECT"),
        ("fa", "طبق نظرسنجی تازه ۵۵ درصد فرانسوی‌ها از توافق با الجزایر حمایت می‌کنند.", "SUPPORT"),
        ("fa", "طبق نظرسنجی تازه ۵۵ درصد فرانسوی‌ها از توافق با الجزایر حمایت می‌کنند.", "AGREE"),
        (
            "en",
            "Sixty percent of Germans support the deal with Turkey, according to an opinion poll.",
            "SUPPORT",
        ),
    ],
)
def test_poll_shares_are_no_stance_taken(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # reconnaissance ("طائرات استطلاع") is no poll
        ("ar", "أيدت فرنسا إرسال طائرات استطلاع إلى مالي.", "SUPPORT"),
        ("fa", "فرانسه از توافق با الجزایر حمایت کرد.", "SUPPORT"),
        ("en", "France backed the deal with Algeria.", "SUPPORT"),
    ],
)
def test_stances_without_a_poll_stay(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وافق النواب على نص اليمين الدستورية قبل أدائه أمام الملك."),
        ("fa", "نماینده گفت ما در مراسم تحلیف تعهد دادیم که از قانون اساسی پاسداری کنیم."),
        ("en", "The new governor was sworn in and pledged to honour the accord with the unions."),
    ],
)
def test_an_oath_of_office_is_no_agreement(lang: str, text: str) -> None:
    assert "AGREE" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أطلقت الجمعية حملة لجمع التبرعات لصالح المتضررين في اليمن."),
        ("fa", "این خیریه با جمع‌آوری کمک‌های مردمی تجهیزات پزشکی برای بیمارستان‌های سیستان خرید."),
        ("en", "The charity raised funds to send aid to flood victims in Pakistan."),
    ],
)
def test_fundraising_is_no_aid(lang: str, text: str) -> None:
    assert "AID" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "تبرعت اليابان بثلاثين طنا من الأغذية للسودان."),
        ("fa", "ژاپن سی تن مواد غذایی به سودان ارسال کرد."),
        ("en", "Japan sent thirty tonnes of food aid to Sudan."),
    ],
)
def test_aid_given_stays(lang: str, text: str) -> None:
    assert "AID" in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "شن المرشح الجمهوري خلال المناظرة هجوما على الحكومة الإيرانية."),
        ("fa", "نامزد مستقل در سومین مناظره به وزیران کابینه حمله کرد."),
        (
            "en",
            "The Republican candidate attacked the senator's record on Iran in the televised debate.",
        ),
    ],
)
def test_attacks_in_a_debate_are_words(lang: str, text: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أرسل الرئيس الأمريكي مبعوثه إلى الرياض لإجراء محادثات مع الملك."),
        ("fa", "پوتین فرستاده ویژه خود را به منظور دیدار با رهبر طالبان به دوحه فرستاد."),
        ("en", "Putin sent his special envoy to Doha for talks with the Taliban leadership."),
    ],
)
def test_an_envoy_sent_to_talk_is_no_deployment(lang: str, text: str) -> None:
    assert "MOBILIZE" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أجلى الجيش 300 مدني من البلدة المحاصرة."),
        ("fa", "ارتش ایتالیا ۹۰۰ نفر را با هواپیما از هرات خارج کرد."),
        ("en", "The Italian air force flew 900 people out of Herat."),
    ],
)
def test_an_evacuation_is_no_retreat(lang: str, text: str) -> None:
    assert "RETREAT" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انسحبت القوات التركية من البلدة الحدودية."),
        ("fa", "آلمان سربازانش را از مالی خارج کرد."),
        ("fa", "دولت ترامپ انصراف خود از معاهده موشکی را اعلام کرد."),
        ("en", "Turkish troops withdrew from the border town."),
    ],
)
def test_forces_withdrawn_and_deals_left_stay_retreats(lang: str, text: str) -> None:
    assert "RETREAT" in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أعلن المرشح انسحابه من الانتخابات الرئاسية لصالح منافسه."),
        ("fa", "شهردار سابق شیراز در آخرین روزهای کارزار شورای شهر انصراف داد."),
        ("fa", "استاندار پیشین فارس به سود نامزد اصلی جبهه انصراف داد."),
        ("en", "The senator withdrew from the presidential race on Monday."),
    ],
)
def test_a_candidate_dropping_out_is_no_retreat(lang: str, text: str) -> None:
    assert "RETREAT" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أحبطت الشرطة الهولندية اليوم الأربعاء هجوما إرهابيا كان سينفذه عنصران من داعش."),
        ("fa", "وزیر اطلاعات به خنثی شدن ده‌ها عملیات تروریستی در سال گذشته اشاره کرد."),
        ("en", "Dutch police foiled a planned attack by two Islamic State militants on Wednesday."),
    ],
)
def test_a_foiled_attack_did_not_happen(lang: str, text: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "الإحباط" is despair, no foiling
        ("ar", "شعر السكان بالإحباط بعد أن قصفت الطائرات الحي مجددا."),
        # "خنثی" alone is "neutral"
        ("fa", "جنگنده‌های روسیه شهر ادلب را بمباران کردند و ترکیه موضعی خنثی گرفت."),
        ("en", "Frustrated residents fled after jets bombed the district again."),
    ],
)
def test_attacks_beside_despair_or_neutrality_stay(lang: str, text: str) -> None:
    assert "ASSAULT" in types(text, lang)


def _counts(text: str, lang: str) -> list[dict[str, int]]:
    return [e.counts for e in run(text, lang).events if e.counts]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "در شهر اهواز ۱۷ تن در ناآرامی‌های اردیبهشت ۹۶ کشته شدند.", [{"killed": 17}]),
        # a noun for people on the number makes it a count
        ("fa", "ماموران در آذر ۳۰ نفر را در کرمان دستگیر کردند.", [{"arrested": 30}]),
        ("ar", "اعتقلت الشرطة 12 متظاهرا في مارس.", [{"arrested": 12}]),
        ("en", "Police arrested 12 protesters in March.", [{"arrested": 12}]),
    ],
)
def test_a_year_after_its_month_counts_no_one(
    lang: str, text: str, expected: list[dict[str, int]]
) -> None:
    assert _counts(text, lang) == expected
