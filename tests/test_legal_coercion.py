"""Legal and police coercion wording, and the reason told for an arrest.

Custody orders, referrals to the courts and remands are COERCE in the
wording of Maghrebi, Egyptian, Iranian and English news; a right, a seat
or a chance "kept" or "seized" is none. An attack told as an arrest's
reason ("arrested … over a bombing by …") has its own doers, never the
police (extract/doers.py ``reason_span``). Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from casts import found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وأذنت النيابة العمومية بالمنستير بالاحتفاظ بالمظنون فيهم الثلاثة على ذمة البحث.", "ar"),
        ("وبعد استشارة النيابة تم الاحتفاظ بكهل من أجل مسك المخدرات.", "ar"),
        ("أحال أعوان الحرس الوطني بالقيروان شابا على النيابة العمومية من أجل السرقة.", "ar"),
        ("قررت النيابة المصرية حبس رجل أعمال أربعة أيام احتياطيا على ذمة التحقيقات.", "ar"),
        ("یک کافه در مرکز اصفهان به دستور پلیس اماکن پلمب شد.", "fa"),
        ("A Cairo court remanded the lawyer in custody for fifteen days.", "en"),
        ("The Algerian blogger was remanded in custody pending trial.", "en"),
        ("A Tunisian judge referred the former minister to the criminal court.", "en"),
    ],
)
def test_custody_referral_and_remand_are_coercion(text: str, lang: str) -> None:
    assert "COERCE" in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("احتفظ الحزب بمقاعده في البرلمان بعد الانتخابات.", "ar"),
        ("احتفظ المنتخب المغربي باللقب القاري.", "ar"),
        ("أحال رئيس الحكومة مشروع القانون على مجلس نواب الشعب.", "ar"),
        ("تیم ملی والیبال عنوان قهرمانی آسیا را حفظ کرد.", "fa"),
        ("The senate referred the budget bill to a committee.", "en"),
        ("Jordan seized the chance to host the summit.", "en"),
        ("دعت المنظمة إلى تحسين ظروف مراكز الاحتفاظ في تونس.", "ar"),
        ("طالب الدفاع بالإفراج عنه بعد انقضاء مدة الحبس الاحتياطي.", "ar"),
    ],
)
def test_a_title_a_seat_or_a_bill_kept_or_referred_is_no_coercion(text: str, lang: str) -> None:
    assert "COERCE" not in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("به این روزنامه نگار در دادسرای شیراز تفهیم اتهام شد.", "fa"),
        ("Egyptian prosecutors charged the blogger with spreading false news.", "en"),
    ],
)
def test_a_charge_read_out_is_an_accusation(text: str, lang: str) -> None:
    assert "ACCUSE" in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقلت الشرطة التركية رجلين على خلفية تفجير نفذه تنظيم داعش في أنقرة.", "ar"),
        (
            "أوقفت قوات الأمن العراقية خمسة أشخاص بسبب هجوم انتحاري شنه مسلحو داعش على سوق.",
            "ar",
        ),
        (
            "Turkish police detained two men over a bombing by Islamic State militants in Ankara.",
            "en",
        ),
        (
            "Iraqi security forces arrested five people in connection with a suicide attack"
            " by Islamic State fighters in Baghdad.",
            "en",
        ),
        ("پلیس ترکیه دو نفر را به دلیل بمب گذاری گروه داعش در آنکارا بازداشت کرد.", "fa"),
    ],
)
def test_the_attack_an_arrest_is_over_has_its_own_doers(text: str, lang: str) -> None:
    events = found(text, lang)
    assert "COP" in events["COERCE"]
    # the attack told as the reason is the militants', with neither the
    # police nor those arrested on its sides
    assert not events.get("ASSAULT", set()) & {"COP", "CVL"}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("ماموران امنیتی به دفتر این روزنامه یورش بردند.", "fa", "COERCE"),
        ("افراد مسلح به یک روستا در ولایت غزنی یورش بردند.", "fa", "ASSAULT"),
        ("داهمت الشرطة التونسية منزل مهرب في بنقردان.", "ar", "COERCE"),
        ("Police raided the offices of an opposition newspaper in Ankara.", "en", "COERCE"),
    ],
)
def test_a_raid_by_the_police_is_coercion_by_gunmen_an_attack(
    text: str, lang: str, kind: str
) -> None:
    assert kind in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أوقفت الشرطة مروجي المخدرات في حي شعبي بسوسة.", "ar"),
        ("پلیس مواد مخدر سه فروشنده مواد مخدر را در مشهد دستگیر کرد.", "fa"),
        ("Police arrested three drug dealers in Karachi.", "en"),
    ],
)
def test_dealers_and_rings_caught_are_criminals(text: str, lang: str) -> None:
    assert "CRM" in found(text, lang).get("COERCE", set())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قصفت الطائرات الروسية حلب بسبب هجوم شنه المسلحون على قاعدة حميميم.", "ar"),
        ("Russian jets bombed Idlib for a third day in strikes on rebel positions.", "en"),
    ],
)
def test_a_reason_phrase_after_an_attack_keeps_the_attack_whole(text: str, lang: str) -> None:
    # only an arrest, a charge or a sentence (COERCE) has a reason phrase
    # read apart: an attack over an attack is one story of force
    assert found(text, lang).get("ASSAULT")
