"""Round 22 (fp22): trigger words in a sense that tells no event, read alike
in Arabic, Persian and English (sentences written for these tests).

- Loans in their commercial sense (a bank's or a household's credit:
  "قروض بنكية", "وام‌های بانکی", "consumer loans") are no aid; a state's
  loan to another still is.
- A payment card ("بطاقة دفع إلكترونية", "کارت پرداخت", "payment card")
  deploys nothing.
- Torture inside the name of a body that prevents it ("الهيئة الوطنية
  للوقاية من التعذيب") tells no torture.
- A party's meeting of its own organs or cadres ("خلال اجتماع للحزب",
  "نشست حزبی", "a party meeting") is no talks between sides.
- An advisory (a warning to one's nationals against travel, to the public,
  of attacks that may come: "حذرت الخارجية رعاياها من السفر", "من هجمات
  إرهابية محتملة") blames no one; an attack called possible past one
  adjective ("هجمات إرهابية محتملة", "هجوم آخر محتمل") is no attack.
- Rejection voiced of a deed, not of a proposal ("رفضه لأعمال العنف",
  "rejection of the use of", "مخالفت خود را با خشونت‌ها") denounces it: no
  REJECT; a proposal rejected stays REJECT.
- The counterfactual ("وإلا لكان اتفق", "وگرنه … توافق کرده بود",
  "otherwise he would have agreed") tells what did not happen.
"""

from __future__ import annotations

import pytest

from casts import reading as read


def types(text: str, lang: str) -> set[str]:
    return {etype for etype, _, _ in read(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اتجهت بعض الأسر السعودية إلى قروض بنكية لتغطية نفقات العيد.", "ar"),
        ("لجأت الأسر المصرية إلى اخذ قروض من البنوك لشراء المنازل.", "ar"),
        ("ارتفعت القروض الاستهلاكية في الأردن بنسبة عشرة بالمئة.", "ar"),
        ("برخی خانواده‌های سعودی برای هزینه‌های عید به وام‌های بانکی روی آوردند.", "fa"),
        ("وام مسکن در ایران گران‌تر شد.", "fa"),
        ("Some Saudi families turned to consumer loans to cover holiday costs.", "en"),
        ("Mortgage loans in Jordan rose by ten percent.", "en"),
    ],
)
def test_commercial_loans_are_no_aid(text: str, lang: str) -> None:
    assert "AID" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قدمت اليابان قروضا ميسرة لمصر.", "ar"),
        ("ژاپن به مصر وام داد.", "fa"),
        ("Japan extended soft loans to Egypt.", "en"),
        ("The World Bank loan to Egypt was approved.", "en"),
    ],
)
def test_a_loan_between_states_stays_aid(text: str, lang: str) -> None:
    assert "AID" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقع البريد التونسي اتفاقية مع شركة خاصة لإحداث بطاقة دفع إلكترونية"
            " جديدة حاملة لعلامتي المؤسستين.",
            "ar",
        ),
        (
            "پست تونس با یک شرکت خصوصی قراردادی برای صدور کارت پرداخت الکترونیکی"
            " جدید حامل نشان هر دو امضا کرد.",
            "fa",
        ),
        (
            "Tunisia Post signed a deal with a private firm to issue a new electronic"
            " payment card carrying both brands.",
            "en",
        ),
    ],
)
def test_a_payment_card_deploys_nothing(text: str, lang: str) -> None:
    assert "MOBILIZE" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("عبرت الهيئة الوطنية للوقاية من التعذيب عن قلقها من الميزانية الجديدة.", "ar"),
        ("هیئت ملی پیشگیری از شکنجه از بودجه جدید ابراز نگرانی کرد.", "fa"),
        (
            "The National Authority for the Prevention of Torture voiced concern about the new budget.",
            "en",
        ),
    ],
)
def test_a_body_against_torture_tortures_no_one(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "انتقد حزب التيار الشعبي الحكومة التونسية. وقال القيادي خلال اجتماع للحزب"
            " يوم السبت إن حزبه يرفض السياسة الاقتصادية.",
            "ar",
        ),
        (
            "حزب جریان مردمی از دولت تونس انتقاد کرد. این رهبر حزب در نشست حزبی روز شنبه"
            " گفت حزبش سیاست اقتصادی را رد می‌کند.",
            "fa",
        ),
        (
            "The Popular Current party criticised the Tunisian government. Speaking at a party"
            " meeting on Saturday, the leader said his party rejects the economic policy.",
            "en",
        ),
        ("Afek Tounes held the first meeting of its executive bureau on Monday.", "en"),
    ],
)
def test_a_party_meeting_is_no_talks(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقى وفد الحزب بالرئيس التونسي في قرطاج.", "ar"),
        ("هیئت حزب با رئیس جمهور تونس در کاخ کارتاژ دیدار کرد.", "fa"),
        ("A party delegation met the Tunisian president at Carthage.", "en"),
    ],
)
def test_a_party_meeting_another_side_is_still_talks(text: str, lang: str) -> None:
    assert "CONSULT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "حذرت الخارجية البريطانية يوم الجمعة من هجمات إرهابية محتملة في الخليج قد تستهدف"
            " منشآت غربية في قطر.",
            "ar",
        ),
        ("حذرت الخارجية الفرنسية رعاياها من السفر إلى لبنان.", "ar"),
        (
            "وزارت خارجه بریتانیا روز جمعه درباره حملات تروریستی احتمالی در خلیج فارس که ممکن"
            " است تاسیسات غربی در قطر را هدف بگیرد هشدار داد.",
            "fa",
        ),
        ("وزارت خارجه فرانسه به اتباع خود درباره سفر به لبنان هشدار داد.", "fa"),
        (
            "The British Foreign Office warned on Friday of possible terrorist attacks in the Gulf"
            " that may target Western sites in Qatar.",
            "en",
        ),
        ("The French foreign ministry warned its nationals against travelling to Lebanon.", "en"),
    ],
)
def test_an_advisory_blames_no_one(text: str, lang: str) -> None:
    assert types(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("حذر وزير الخارجية الإيراني الولايات المتحدة من أي هجوم على بلاده.", "ar"),
        ("وزیر خارجه ایران به آمریکا درباره هرگونه حمله به کشورش هشدار داد.", "fa"),
        (
            "The Iranian foreign minister warned the United States against any attack on his country.",
            "en",
        ),
    ],
)
def test_a_warning_to_a_state_stays(text: str, lang: str) -> None:
    assert types(text, lang) & {"ACCUSE", "THREATEN"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("عبر الرئيس التونسي عن رفضه لأعمال العنف التي تشهدها بعض مناطق البلاد.", "ar"),
        ("أكدت تونس رفضها القطعي لاستخدام الأسلحة الكيمياوية ضد المدنيين في سوريا.", "ar"),
        ("رئیس جمهور تونس مخالفت خود را با خشونت‌ها در برخی مناطق کشور اعلام کرد.", "fa"),
        (
            "The Tunisian president voiced his rejection of the violence in parts of the country.",
            "en",
        ),
        (
            "Tunisia voiced its firm rejection of the use of chemical weapons against civilians in Syria.",
            "en",
        ),
    ],
)
def test_a_deed_rejected_is_denounced_not_refused(text: str, lang: str) -> None:
    assert "REJECT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أكدت مصر رفضها للمقترح الإسرائيلي.", "ar"),
        ("مصر مخالفت خود را با پیشنهاد اسرائیل اعلام کرد.", "fa"),
        ("Egypt voiced its rejection of the Israeli proposal.", "en"),
    ],
)
def test_a_proposal_rejected_stays_rejected(text: str, lang: str) -> None:
    assert "REJECT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قال الهاشمي إن وزير الدفاع التونسي وفي وإلا لكان اتفق مع الرئيس المصري على انقلاب.",
            "ar",
        ),
        ("وزیر دفاع تونس وفادار است وگرنه با مصر توافق کرده بود.", "fa"),
        (
            "Hachemi said the Tunisian defence minister is loyal, otherwise he would have agreed"
            " with the Egyptian president on a coup.",
            "en",
        ),
    ],
)
def test_a_counterfactual_tells_no_deed(text: str, lang: str) -> None:
    assert "AGREE" not in types(text, lang)
