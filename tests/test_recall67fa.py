"""Decisions of round 67 (recall67fa) on a side that says it will respond to
a hostile deed; every sentence written for these tests.

A side that says it will respond to an attack, a threat, an aggression or
sanctions (Persian "به هرگونه حمله پاسخ خواهد داد", English "will respond to
any attack", Arabic "سترد على الهجوم") promises harm in return: PLOVER
THREATEN, as "تلافی خواهیم کرد", "will retaliate" and "سترد على أي" are read.
Only the future and only with the hostile deed named: an answer to a
question or a fight against corruption threatens no one. A group named
after "از سوی" did the deed responded to; it is not the one who responds.
"""

from __future__ import annotations

from casts import cast, casts_in_order, reading_lines, run


def _types(text: str, lang: str) -> list[str]:
    """The event types of ``text``, in order."""
    return [e.type for e in run(text, lang).events]


# --- Persian: a response promised to a hostile deed ---


def test_persian_response_to_any_attack() -> None:
    text = "سخنگوی ارتش ترکیه گفت آنکارا به هرگونه حمله به خاک خود پاسخ خواهد داد."
    assert "THREATEN" in _types(text, "fa")


def test_persian_conditional_attack_and_first_person_response() -> None:
    text = "قاهره به آدیس آبابا هشدار داد: هرگاه به نیروگاه‌های ما حمله کنند، پاسخ خواهیم داد."
    assert cast(run(text, "fa"), "THREATEN") >= {"EGY:", "ETH:"}


def test_persian_response_to_sanctions_names_who_imposed_them() -> None:
    text = "وزارت خارجه ونزوئلا اعلام کرد کاراکاس به تحریم‌های جدید کانادا پاسخ خواهد داد."
    assert casts_in_order(text, "fa", "THREATEN")[0][0].startswith("VEN")


def test_persian_strong_dealing_with_a_threat() -> None:
    text = "وزیر کشور پاکستان گفت با هر گروهی که امنیت افغانستان را تهدید کند برخورد خواهیم کرد."
    assert "THREATEN" in _types(text, "fa")


def test_persian_responder_is_the_speaker_not_the_violator() -> None:
    text = "وزیر دفاع یونان افزود: «ما به نقض حریم هوایی خود از سوی ترکیه پاسخ خواهیم داد.»"
    assert casts_in_order(text, "fa", "THREATEN") == [["GRC:GOV", "TUR:"]]


def test_persian_answer_to_a_question_is_no_threat() -> None:
    # a threat named as the topic within the eight words (mendB67): the
    # answer is to the question, not to the threat
    text = "سخنگوی دولت ژاپن گفت وزیر خارجه فردا درباره تهدیدهای کره شمالی به پرسش خبرنگاران پاسخ خواهد داد."
    assert "THREATEN" not in _types(text, "fa")


def test_persian_fight_against_corruption_is_no_threat() -> None:
    text = "رئیس جمهور برزیل گفت در این برنامه با فساد اداری برخورد خواهیم کرد."
    assert "THREATEN" not in _types(text, "fa")


def test_persian_past_answer_is_no_threat() -> None:
    text = "وزیر خارجه مالزی به پرسشی درباره حمله به کشتی پاسخ داد."
    assert "THREATEN" not in _types(text, "fa")


# --- English ---


def test_english_will_respond_to_any_attack() -> None:
    text = "Egypt's defence minister said Cairo will respond to any attack on the dam."
    assert "THREATEN" in _types(text, "en")


def test_english_would_respond_to_the_strikes_is_the_speakers_threat() -> None:
    # a strike of arms only (mendB67): a bare "strikes" may be a labour strike
    text = "Armenia said it would respond to the missile strikes by Azerbaijan."
    assert "ARM:" in cast(run(text, "en"), "THREATEN")


def test_english_respond_to_questions_is_no_threat() -> None:
    text = "The Peruvian minister said he would respond to questions about the attack later."
    assert "THREATEN" not in _types(text, "en")


# --- Arabic ---


def test_arabic_will_respond_to_the_aggression() -> None:
    text = "قال وزير الخارجية الإثيوبي إن أديس أبابا سترد على العدوان."
    assert "THREATEN" in _types(text, "ar")


def test_arabic_will_respond_to_the_sanctions() -> None:
    text = "قالت فنزويلا إنها سترد على العقوبات الكندية الجديدة."
    assert cast(run(text, "ar"), "THREATEN") >= {"VEN:", "CAN:"}


def test_arabic_answer_to_journalists_is_no_threat() -> None:
    text = "قال الوزير البيروفي إنه سيرد على أسئلة الصحفيين بشأن الهجوم غدا."
    assert "THREATEN" not in _types(text, "ar")


# --- a conditional attack answered (moved from test_types33fa's triples) ---


def test_conditional_attack_is_no_assault_and_persian_reads_the_threat() -> None:
    en = "If Israel attacks Iran, Iran will respond."
    ar = "إذا هاجمت إسرائيل إيران فسترد إيران."
    fa = "اگر اسرائیل به ایران حمله کند، ایران پاسخ خواهد داد."
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert "ASSAULT" not in _types(text, lang), lang
    # round 33 read all three as no event; the response told in Persian is
    # now Iran's threat, while English and Arabic read a response only with
    # the hostile deed after the verb ("will respond to any attack")
    assert reading_lines(fa, "fa") == {"THREATEN reported IRN:"}
    assert reading_lines(en, "en") == set()
    assert reading_lines(ar, "ar") == set()
