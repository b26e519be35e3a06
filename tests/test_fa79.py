"""Decisions of round 79 (fa79) on Persian readings found wrong; every
sentence written for these tests.

An unannounced trip: the negated participle of "announce" after a deed noun
("در سفری اعلام نشده وارد دمشق شد") is the trip's adjective, as Arabic "في
زيارة غير معلنة" and English "an unannounced visit" are read; the trip took
place. Followed by an auxiliary or a conjunction, or closing the sentence,
the participle is the clause's verb and its negation is left as it was.

"Never" before a refusal that its own negated verb tells ("هرگز حاضر به
گفتگو نشد", "هرگز زیر بار … نمی‌رود") agrees with that negation and leaves
the refusal reported; before any other deed ("هرگز رد نکرد") it negates.
"""

from __future__ import annotations

from casts import run
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit
from diplowatch.extract.unannounced import describes_noun
from diplowatch.text.normalize import normalize_phrase


def _statuses(text: str, lang: str, etype: str) -> list[str]:
    """The statuses of ``text``'s events of ``etype``, in order."""
    return [e.status for e in run(text, lang).events if e.type == etype]


def _describes(text: str) -> bool:
    """Whether the first "نشده" of ``text`` is read as an adjective."""
    ntext = normalize_phrase(text)
    at = ntext.index("نشده")
    entry = Entry("context", "negation", "not", "")
    return describes_noun(Hit(at, at + 4, at, at + 4, entry, ""), ntext, "fa")


# --- the unannounced trip took place ---


def test_persian_unannounced_trip_is_reported() -> None:
    text = "وزیر دفاع پاکستان در سفری اعلام نشده وارد کابل شد."
    statuses = _statuses(text, "fa", "CONSULT")
    assert statuses and "negated" not in statuses


def test_persian_unannounced_trip_joined_participle() -> None:
    text = "وزیر دفاع پاکستان در سفری اعلام‌نشده وارد کابل شد."
    statuses = _statuses(text, "fa", "CONSULT")
    assert statuses and "negated" not in statuses


def test_persian_unannounced_trips_before_another_adjective() -> None:
    text = "سفرهای اعلام نشده اخیر نخست‌وزیر عراق به عربستان خبرساز شد."
    statuses = _statuses(text, "fa", "CONSULT")
    assert statuses and "negated" not in statuses


def test_participle_followed_by_a_word_is_an_adjective() -> None:
    assert _describes("در سفری اعلام نشده وارد کابل شد")


# --- the participle as the clause's verb is left to the negation rules ---


def test_participle_before_an_auxiliary_is_a_verb() -> None:
    assert not _describes("سفری به کابل اعلام نشده است")


def test_participle_before_a_conjunction_or_stop_is_a_verb() -> None:
    assert not _describes("سفری به کابل اعلام نشده و وزیر در تهران ماند")
    assert not _describes("سفری به کابل اعلام نشده.")


def test_other_negated_participle_is_not_listed() -> None:
    assert not _describes("کمکی ارسال نشده به غزه رسید")


def test_persian_trip_not_made_stays_negated() -> None:
    text = "وزیر دفاع پاکستان به کابل سفر نکرد."
    assert _statuses(text, "fa", "CONSULT") == ["negated"]


def test_persian_no_trip_announced_stays_negated() -> None:
    text = "وزیر دفاع پاکستان گفت تاکنون هیچ سفری به کابل اعلام نشده است."
    assert "reported" not in _statuses(text, "fa", "CONSULT")


# --- Arabic and English: the adjective carries no negation cue ---


def test_arabic_unannounced_visit_is_reported() -> None:
    text = "وصل وزير الدفاع الباكستاني إلى كابول في زيارة غير معلنة."
    assert _statuses(text, "ar", "CONSULT") == ["reported"]


def test_arabic_visit_not_made_is_negated() -> None:
    text = "لم يزر وزير الدفاع الباكستاني كابول."
    assert _statuses(text, "ar", "CONSULT") == ["negated"]


def test_english_unannounced_visit_is_reported() -> None:
    text = "Pakistan's defence minister arrived in Kabul on an unannounced visit."
    assert _statuses(text, "en", "CONSULT") == ["reported"]


def test_english_visit_not_made_is_negated() -> None:
    text = "Pakistan's defence minister did not visit Kabul."
    assert _statuses(text, "en", "CONSULT") == ["negated"]


# --- "never" before a refusal told by its own negated verb ---


def test_persian_never_willing_is_a_refusal() -> None:
    text = "نماینده شرکت نفت هرگز حاضر به گفتگو با خبرنگاران نشد."
    assert _statuses(text, "fa", "REJECT") == ["reported"]


def test_persian_never_willing_before_the_verb_is_a_refusal() -> None:
    text = "وزیر نفت عراق هرگز حاضر نشد با نمایندگان کویت دیدار کند."
    assert "reported" in _statuses(text, "fa", "REJECT")
    assert "negated" not in _statuses(text, "fa", "REJECT")


def test_persian_never_bends_is_a_refusal() -> None:
    text = "دولت ونزوئلا هرگز زیر بار تحریم‌های آمریکا نمی رود."
    assert _statuses(text, "fa", "REJECT") == ["reported"]


def test_persian_never_rejected_stays_negated() -> None:
    text = "پارلمان عراق هرگز این توافقنامه را رد نکرد."
    assert _statuses(text, "fa", "REJECT") == ["negated"]


def test_persian_never_negotiated_stays_negated() -> None:
    text = "دولت ونزوئلا هرگز با آمریکا مذاکره نکرد."
    assert _statuses(text, "fa", "CONSULT") == ["negated"]


def test_arabic_never_refused_is_negated() -> None:
    text = "لم يرفض البرلمان العراقي الاتفاقية أبدا."
    assert _statuses(text, "ar", "REJECT") == ["negated"]


def test_english_never_refused_is_negated() -> None:
    text = "The Iraqi parliament never rejected the agreement."
    assert _statuses(text, "en", "REJECT") == ["negated"]
