"""Persian precision, round 25 (prec25fa): deeds that are named but not told.

* A deed made contingent on another ("منوط به", "مرهون ب", "contingent
  on", ``status.CONDITIONAL_CUES``) is a condition, not a deed done: the
  release the talks wait for has not happened.
* A threat turned into an opportunity ("تبدیل تهدید به فرصت", "حولت
  التهديدات إلى فرص", "turned the threats into opportunities",
  ``triggers.VETO_WORDS``) is a danger overcome, no threat made.
* A deed named right after a need ("نیاز به مذاکره", "بحاجة إلى
  مفاوضات", "the need for talks",
  ``status.POSSIBILITY_CUES``) is the deed needed, not one done.
* A deed named right after "instead of" ("به جای مذاکره", "عوضا عن
  المفاوضات", "instead of negotiating", ``context.TOPIC_MARKERS``) is the
  one not done.
* Where the verb ends its clause, a joint deed (meeting, agreement) told
  after a reaction ("از ایران انتقاد کردند و با یکدیگر توافق کردند") has
  the reaction's shared subject as its parties, not whom the reaction was
  about (``final_verb._reaction_verb_end``).
* A talk with the Young Journalists Club ("باشگاه خبرنگاران جوان") is an
  interview with a news agency, not a meeting.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import run, types

# --- a deed made contingent on another is a condition ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر گفت دور جدید مذاکرات با ایران منوط به آزادسازی زندانیان است."),
        ("ar", "قال الوزير إن جولة جديدة من المحادثات مع إيران مرهونة بالإفراج عن السجناء."),
        (
            "en",
            "The minister said a new round of talks with Iran is contingent on the release "
            "of the prisoners.",
        ),
    ],
)
def test_contingent_release_is_no_release(lang: str, text: str) -> None:
    assert "CONCEDE" not in types(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر گفت برگزاری نشست منوط به موافقت عربستان است."),
        ("ar", "قال الوزير إن عقد الاجتماع مرهون بموافقة السعودية."),
        ("en", "The minister said holding the meeting is conditional on Saudi approval."),
    ],
)
def test_contingent_approval_is_no_agreement(lang: str, text: str) -> None:
    assert "AGREE" not in types(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران زندانیان آمریکایی را آزاد کرد."),
        ("ar", "أفرجت إيران عن السجناء الأمريكيين."),
        ("en", "Iran released the American prisoners."),
    ],
)
def test_release_told_stays(lang: str, text: str) -> None:
    """Recall: a release told as done is still one."""
    assert "CONCEDE" in types(text, lang), text


# --- a threat turned into an opportunity is no threat ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "راهبرد سلیمانی تبدیل تهدید به فرصت بود و داعش را در عراق شکست داد."),
        ("ar", "قال الوزير إن إيران حولت التهديدات الأمريكية إلى فرص."),
        ("en", "Soleimani's strategy turned the threat into an opportunity and defeated ISIS."),
        ("fa", "وزیر گفت ایران تهدیدهای آمریکا را به فرصت تبدیل کرد."),
        ("ar", "حول سليماني تهديد داعش إلى فرصة في العراق."),
        ("en", "The minister said Iran turned American threats into opportunities."),
    ],
)
def test_threat_turned_into_opportunity(lang: str, text: str) -> None:
    assert "THREATEN" not in types(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سپاه تهدید کرد که به پایگاه‌های آمریکا حمله خواهد کرد."),
        ("ar", "هدد الحرس الثوري بمهاجمة القواعد الأمريكية."),
        ("en", "The Revolutionary Guards threatened to attack American bases."),
    ],
)
def test_threat_made_stays(lang: str, text: str) -> None:
    """Recall: a threat made is still one."""
    assert "THREATEN" in types(text, lang), text


# --- a deed needed is not a deed done ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه ایران گفت تهران نیاز به مذاکره با عربستان دارد."),
        ("ar", "قال وزير الخارجية الإيراني إن طهران بحاجة إلى مفاوضات مع السعودية."),
        ("en", "The Iranian foreign minister said there is a need for talks with Saudi Arabia."),
        ("fa", "وزیر خارجه ایران گفت ایران نیازی به مذاکره با آمریکا ندارد."),
        ("ar", "قال وزير الخارجية الإيراني إن إيران ليست بحاجة إلى مفاوضات مع الولايات المتحدة."),
        (
            "en",
            "The Iranian foreign minister said there is no need for talks with the United States.",
        ),
    ],
)
def test_needed_talks_are_no_talks(lang: str, text: str) -> None:
    assert "CONSULT" not in types(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه ایران با همتای سعودی خود دیدار و بر ضرورت گسترش روابط تاکید کرد."),
        ("ar", "التقى وزير الخارجية الإيراني نظيره السعودي وأكد على ضرورة توسيع العلاقات."),
        (
            "en",
            "The Iranian foreign minister met his Saudi counterpart and stressed the need "
            "for wider ties.",
        ),
    ],
)
def test_meeting_before_a_need_stays(lang: str, text: str) -> None:
    """Recall: the meeting told before the need is still one."""
    assert "CONSULT" in types(text, lang), text


# --- what is done instead of a deed leaves it undone ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران به جای مذاکره با آمریکا به چین روی آورد."),
        ("ar", "توجهت إيران إلى الصين عوضا عن المفاوضات مع الولايات المتحدة."),
        ("en", "Iran turned to China instead of negotiating with the United States."),
        ("fa", "کسی نمی‌تواند جنگ را به جای گفتگو با عربستان بنشاند."),
        ("ar", "اختارت إيران الحرب بدلا من الحوار مع السعودية."),
        ("en", "Iran chose war rather than talks with Saudi Arabia."),
    ],
)
def test_talks_instead_of_are_no_talks(lang: str, text: str) -> None:
    assert "CONSULT" not in types(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "معاون وزیر به جای وزیر با همتای ترکیه‌ای خود دیدار کرد."),
        ("ar", "التقى نائب الوزير نظيره التركي بدلا من الوزير."),
        ("en", "The deputy minister met his Turkish counterpart instead of the minister."),
    ],
)
def test_meeting_by_a_stand_in_stays(lang: str, text: str) -> None:
    """Recall: "instead of" a person, not a deed, leaves the meeting told."""
    assert "CONSULT" in types(text, lang), text


# --- a joint deed after a reaction: whom the reaction was about is no partner ---


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "fa",
            "وزرای خارجه فرانسه و آلمان از ایران انتقاد کردند و با یکدیگر توافق کردند.",
            "AGREE",
        ),
        ("ar", "انتقد وزيرا خارجية فرنسا وألمانيا إيران واتفقا فيما بينهما.", "AGREE"),
        (
            "en",
            "The French and German foreign ministers criticised Iran and agreed with each other.",
            "AGREE",
        ),
        (
            "fa",
            "وزرای خارجه فرانسه و آلمان از ایران انتقاد کردند و با یکدیگر دیدار کردند.",
            "CONSULT",
        ),
        ("ar", "انتقد وزيرا خارجية فرنسا وألمانيا إيران والتقيا في باريس.", "CONSULT"),
        (
            "en",
            "The French and German foreign ministers criticised Iran and met in Paris.",
            "CONSULT",
        ),
    ],
)
def test_criticised_side_is_no_partner(lang: str, text: str, etype: str) -> None:
    events = run(text, lang).events
    assert any(e.type == "ACCUSE" and "IRN" in {a.code for a in e.actors} for e in events)
    joint = [e for e in events if e.type == etype]
    assert all("IRN" not in {a.code for a in e.actors} for e in joint), joint


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه فرانسه به تهران سفر کرد و با همتای ایرانی خود توافق کرد."),
        ("ar", "زار وزير الخارجية الفرنسي طهران واتفق مع نظيره الإيراني."),
        (
            "en",
            "The French foreign minister travelled to Tehran and reached an agreement "
            "with his Iranian counterpart.",
        ),
    ],
)
def test_partner_after_a_visit_stays(lang: str, text: str) -> None:
    """Recall: a visit is no reaction; the counterpart met stays a partner."""
    events = run(text, lang).events
    assert any(e.type == "AGREE" and "IRN" in {a.code for a in e.actors} for e in events)


# --- an interview with a news agency is no meeting ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "نماینده پیشین مجلس در گفت‌وگو با باشگاه خبرنگاران جوان درباره انتخابات اظهار کرد "
            "که رضایی کناره‌گیری نمی‌کند.",
        ),
        (
            "ar",
            "قال نائب سابق في البرلمان الإيراني في حوار مع نادي الصحفيين الشباب إن رضائي لن ينسحب.",
        ),
        (
            "en",
            "A former Iranian MP said in an interview with the Young Journalists Club that "
            "Rezaei will not withdraw.",
        ),
    ],
)
def test_interview_with_news_club_is_no_meeting(lang: str, text: str) -> None:
    assert "CONSULT" not in types(text, lang), text
