"""Words read in the wrong sense because a clitic or a quantifier was
ignored (senses19): a noun in ة written with the clitic ه is another word
("طلبه", his request, is no students) or a masculine title with its
possessive ("رئيسه", "رئيسها": its head, not a female president); a title
with a possessive ("رئيسه", "رئیسش", "its chief") is its owner's head, of
the owner's agent, not a head of state; the members of a body written
with its possessive ("عناصرها", "نیروهایش", "its officers") are that
body's, of its agent; a deed told of nobody ("no journalist was beaten",
"لم يتعرض أي صحفي للضرب", "هیچ خبرنگاری بازداشت نشد") is negated.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


def _statuses(text: str, lang: str, etype: str) -> set[str]:
    return {e.status for e in run(text, lang).events if e.type == etype}


# --- a noun in ة written with the clitic ه is another word ---


@pytest.mark.parametrize(
    "text",
    [
        "رفضت السلطات الألمانية طلبه للجوء بعد أشهر من الانتظار.",
        "رفض البرلمان العراقي طلبه لعقد جلسة طارئة.",
    ],
)
def test_arabic_his_request_is_no_students(text: str) -> None:
    assert not any(a.endswith(":EDU") for a in cast(run(text, "ar"), "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت الشرطة المصرية طلبة جامعيين في القاهرة.",
        "اعتقلت الشرطة المصرية الطلبه المحتجين في القاهرة.",
    ],
)
def test_arabic_students_stay_students(text: str) -> None:
    assert "EGY:EDU" in cast(run(text, "ar"), "COERCE")


# --- a title with a possessive is its owner's head ---


def _actors(text: str, lang: str, etype: str) -> set[tuple[str, str, str]]:
    return {
        (a.code or "-", a.agent or "-", a.role or "-")
        for e in run(text, lang).events
        if e.type == etype
        for a in e.actors
    }


@pytest.mark.parametrize(
    ("text", "lang", "owner", "not_head_of"),
    [
        ("أعلن البرلمان الإيراني أن رئيسه سيزور موسكو الأسبوع المقبل.", "ar", "IRN:LEG", "RUS"),
        ("قالت الحكومة العراقية إن رئيسها سيزور طهران.", "ar", "IRQ:GOV", "IRN"),
        ("أعلن الاتحاد الأفريقي أن رئيسه سيزور الخرطوم الأسبوع المقبل.", "ar", "AU:GOV", "SDN"),
        ("مجلس ایران اعلام کرد رئیسش هفته آینده به مسکو سفر می‌کند.", "fa", "IRN:LEG", "RUS"),
        ("The African Union said its chief will visit Khartoum next week.", "en", "AU:GOV", "SDN"),
    ],
)
def test_possessed_title_is_its_owners_head(
    text: str, lang: str, owner: str, not_head_of: str
) -> None:
    found = _actors(text, lang, "CONSULT")
    assert owner in {f"{c}:{a}" for c, a, _ in found}
    assert not any(c == not_head_of and r == "head_of_state" for c, _, r in found)


def test_arabic_feminine_ending_is_no_possessive() -> None:
    # "إرهابية" written with ة: terrorist (attacks), not "Britain's terrorists"
    found = cast(run("حذرت الخارجية البريطانية من هجمات إرهابية محتملة في الأردن.", "ar"), "ACCUSE")
    assert "GBR:UAF" not in found


def test_arabic_feminine_consul_keeps_her_office() -> None:
    found = _actors("اعتقلت الشرطة التركية القنصلة الفرنسية في إسطنبول.", "ar", "COERCE")
    assert ("FRA", "GOV", "ambassador") in found


def test_a_states_president_waits_for_his_name() -> None:
    text = "وحذرت نيجيريا التي زار رئيسها محمد بخاري واشنطن الولايات المتحدة من وقف بيع الأسلحة."
    found = _actors(text, "ar", "ACCUSE")
    assert ("NGA", "GOV", "head_of_state") in found


def test_arabic_female_titles_stay_titles() -> None:
    found = _actors("التقت رئيسة الوزراء البريطانية بالرئيس الفرنسي في باريس.", "ar", "CONSULT")
    assert ("GBR", "GOV", "head_of_government") in found


# --- the members of a body, written with its possessive ---


@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer"),
    [
        ("أعلن الجيش العراقي أن أفراده قتلوا خمسة مسلحين في الأنبار.", "ar", "ASSAULT", "IRQ:MIL"),
        ("قالت الشرطة التركية إن عناصرها اعتقلوا صحفيا في إسطنبول.", "ar", "COERCE", "TUR:COP"),
        (
            "پلیس ترکیه اعلام کرد نیروهایش سه خبرنگار را در استانبول بازداشت کردند.",
            "fa",
            "COERCE",
            "TUR:COP",
        ),
        ("The Iraqi army said its men killed five militants in Anbar.", "en", "ASSAULT", "IRQ:MIL"),
        (
            "Turkish police said their officers arrested three journalists in Istanbul.",
            "en",
            "COERCE",
            "TUR:COP",
        ),
    ],
)
def test_members_are_their_owners(text: str, lang: str, etype: str, doer: str) -> None:
    assert doer in cast(run(text, lang), etype)


def test_members_of_an_uncoded_owner_are_no_side() -> None:
    text = "قال الوزير إن كتيبة إرهابية عناصرها من تونس وليبيا خططت لقتل شرطي في سوسة."
    assert "TUN:COP" in cast(run(text, "ar"), "ASSAULT")


def test_persian_forces_of_a_state_are_its_army() -> None:
    assert "RUS:MIL" in cast(run("روسیه نیروهایش را از خرسون خارج کرد.", "fa"), "RETREAT")


def test_persian_police_forces_are_no_army() -> None:
    found = cast(run("پلیس ترکیه اعلام کرد نیروهایش سه خبرنگار را بازداشت کردند.", "fa"), "COERCE")
    assert "TUR:MIL" not in found


# --- a deed told of nobody ---


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("قال المتحدث إنه لم يتعرض أي صحفي للضرب خلال الاحتجاجات في بغداد.", "ar", "ASSAULT"),
        ("لم يتم اعتقال أي متظاهر في القاهرة يوم الجمعة.", "ar", "COERCE"),
        ("هیچ معترضی در تهران بازداشت نشده است.", "fa", "COERCE"),
        ("Police said no journalist was beaten during the protests in Cairo.", "en", "ASSAULT"),
        ("No protester was arrested in Tehran on Monday, the Iranian police said.", "en", "COERCE"),
    ],
)
def test_deed_of_nobody_is_negated(text: str, lang: str, etype: str) -> None:
    assert _statuses(text, lang, etype) == {"negated"}


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # the protests during which nobody was beaten did happen
        ("قال المتحدث إنه لم يتعرض أي صحفي للضرب خلال الاحتجاجات في بغداد.", "ar", "PROTEST"),
        (
            "پلیس ایران اعلام کرد هیچ خبرنگاری در جریان اعتراضات تهران بازداشت نشد.",
            "fa",
            "PROTEST",
        ),
        # "without any charge" tells how the arrest was made
        ("اعتقلت الشرطة المصرية الصحفي دون أي تهمة.", "ar", "COERCE"),
        ("پلیس ایران این خبرنگار را بدون هیچ اتهامی بازداشت کرد.", "fa", "COERCE"),
        ("Iraqi police arrested the journalist without any warrant.", "en", "COERCE"),
        # a count, not a quantifier of nobody
        ("No fewer than 20 protesters were arrested by Iranian police in Tehran.", "en", "COERCE"),
        # nobody claimed the attack, nobody published figures: the deed was done
        ("ولم تعلن أي جهة مسؤوليتها عن الهجوم على السفارة الأمريكية في بغداد.", "ar", "ASSAULT"),
        ("پلیس هیچ آماری از معترضان کشته شده در شیراز منتشر نکرد.", "fa", "ASSAULT"),
    ],
)
def test_deeds_told_around_nobody_stay_reported(text: str, lang: str, etype: str) -> None:
    assert _statuses(text, lang, etype) == {"reported"}
