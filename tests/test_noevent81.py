"""Statements that tell no event (round 81, noevent81; every sentence
written for these tests).

A sentence that tells the plot of a film, a novel or a series reports no
deed (``context.OFF_DOMAIN_CUES`` of lang/ar, lang/en, lang/fa, read by
``extract/nonevents.off_domain``): only words of a story's plot count, so a
video that shows a real deed, an account told ("وفق الرواية الرسمية") and a
novelist arrested stay events. A deed whose start, resumption or holding is
spoken of as a possibility ("the possible resumption of talks", "احتمال
آغاز هفتمین دور مذاکرات") is not held (``context.TOPIC_MARKERS``); the
talks that did resume stay.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


# --- a story's plot ------------------------------------------------------------

PLOTS = [
    ("en", "The film tells the story of a Syrian soldier who kills his commander."),
    ("en", "In the novel, Russian troops invade Estonia."),
    ("en", "The series follows a spy who kidnaps an Iranian scientist."),
    ("ar", "تدور أحداث الفيلم حول ضابط سوري يقتل قائده."),
    ("ar", "يقدم المخرج في هذا الفيلم الجديد حكاية فتاة تكتشف أن الملكة أرسلت من يقتلها."),
    ("ar", "يروي المسلسل قصة جندي إسرائيلي يقتل فلسطينيا."),
    ("fa", "داستان فیلم درباره سربازی است که فرمانده‌اش را می‌کشد."),
    ("fa", "در این رمان ارتش روسیه به استونی حمله می‌کند."),
    ("fa", "قهرمان این سریال جاسوسی است که یک دانشمند را ربوده است."),
]


@pytest.mark.parametrize(("lang", "text"), PLOTS)
def test_a_plot_tells_no_event(lang: str, text: str) -> None:
    assert not _types(text, lang)


REAL_DEEDS = [
    ("en", "A film published online shows soldiers beating protesters in Tehran.", "ASSAULT"),
    ("en", "The police arrested the novelist over his latest novel.", "COERCE"),
    ("ar", "وأظهر فيلم نشر على الإنترنت جنودا إسرائيليين يطلقون النار على فلسطيني.", "ASSAULT"),
    ("ar", "وفق الرواية الرسمية، قتلت الشرطة ثلاثة مسلحين في الهجوم.", "ASSAULT"),
    ("fa", "فیلمی منتشر شد که نشان می‌دهد ماموران پلیس معترضان را در تهران کتک می‌زنند.", "ASSAULT"),
    ("fa", "پلیس نویسنده را به خاطر رمانش بازداشت کرد.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REAL_DEEDS)
def test_a_video_or_an_account_keeps_its_deed(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# --- the possible start of a deed ------------------------------------------------

POSSIBLE_STARTS = [
    ("en", "The spokesman announced the possible resumption of talks between Iran and the US."),
    ("en", "The envoy raised the prospect of a new round of talks between Iran and the US."),
    ("en", "The envoy spoke of the possibility of holding talks between Iran and the US."),
    ("fa", "سخنگو از احتمال ازسرگیری مذاکرات ایران و آمریکا خبر داد."),
    ("fa", "سخنگو از امکان برگزاری دور جدید مذاکرات ایران و آمریکا خبر داد."),
    ("fa", "سخنگو از احتمال آغاز هفتمین دور مذاکرات ایران و آمریکا خبر داد."),
    ("ar", "أعلن المتحدث احتمال استئناف المفاوضات بين إيران والولايات المتحدة."),
]


@pytest.mark.parametrize(("lang", "text"), POSSIBLE_STARTS)
def test_a_possible_start_holds_no_talks(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


HELD_TALKS = [
    ("en", "The talks between Iran and the US resumed in Vienna."),
    ("fa", "هفتمین دور مذاکرات ایران و آمریکا در وین آغاز شد."),
    ("fa", "سخنگو از احتمال حصول پیشرفت در مذاکرات ایران و آمریکا خبر داد."),
    ("ar", "استؤنفت المفاوضات بين إيران والولايات المتحدة في فيينا."),
]


@pytest.mark.parametrize(("lang", "text"), HELD_TALKS)
def test_talks_held_stay(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


# --- an obligation over its whole verb-final clause ----------------------------

OBLIGED = [
    ("fa", "باید به دانشمندان جوان کشور برای ساخت این پهپادهای پیشرفته تبریک گفت.", "SUPPORT"),
    (
        "fa",
        "شورای نگهبان باید در قالب بیانیه‌ای رسمی از مجلس جدید خواستار توقف این طرح شود.",
        "REQUEST",
    ),
    ("fa", "کمیسیون باید ظرف سه روز از تاریخ ابلاغ دعوت رئیس مجلس در جلسه حاضر شود.", "REQUEST"),
    (
        "fa",
        "دولت جدید عراق قاعدتا باید روابط تجاری خود را با همه کشورهای همسایه از سر بگیرد.",
        "COOPERATE",
    ),
    (
        "fa",
        "ما باید با کمک جوانان در عرصه اقتصاد دشمن را به زانو درآورد و این اهرم را از دست او خارج کرد.",
        "RETREAT",
    ),
    (
        "en",
        "The two sides should, after long years of silence and mutual suspicion, resume talks.",
        "CONSULT",
    ),
    (
        "ar",
        "يجب على الطرفين بعد سنوات طويلة من الصمت والشكوك المتبادلة استئناف المفاوضات.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OBLIGED)
def test_an_obliged_deed_is_not_done(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


TOLD_BESIDE = [
    (
        "fa",
        "آمریکا باید به هرگونه پاسخ احتمالی ایران پس از حمله هفته گذشته به نفتکش توجه کند.",
        "ASSAULT",
    ),
    (
        "fa",
        "باید یادآور شد که تا کنون چهار دور گفت‌وگو بین مقامات دو کشور برگزار شده است.",
        "CONSULT",
    ),
    (
        "fa",
        "بایدن گفت میان آمریکا و روسیه درباره اینکه ایران نباید به سلاح هسته‌ای دست پیدا کند توافق وجود دارد.",
        "AGREE",
    ),
    ("fa", "وزیر خارجه دیروز با همتای روس خود در مسکو دیدار کرد.", "CONSULT"),
    ("en", "The army must stay alert after militants attacked the embassy.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_BESIDE)
def test_a_deed_told_beside_an_obligation_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# --- what an Arabic "may" verb may bring about ----------------------------------

MAY_OUTCOMES = [
    (
        "ar",
        "وقال المحامي إن القرار قد يعرض الحكومة الفرنسية لدعاوى قضائية أمام المحاكم الأوروبية.",
        "ACCUSE",
    ),
    ("ar", "وهو الأمر الذي قد يعرض الحزب لعقوبة بالسجن تصل إلى خمس سنوات.", "COERCE"),
    (
        "en",
        "The ruling could expose the French government to lawsuits in European courts.",
        "ACCUSE",
    ),
    (
        "fa",
        "این حکم ممکن است دولت فرانسه را در معرض شکایت‌های قضایی در دادگاه‌های اروپا قرار دهد.",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), MAY_OUTCOMES)
def test_a_possible_outcome_is_no_deed(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


MAY_TOLD = [
    ("ar", "وقال الطبيب إن الضحايا قد يكونون قتلوا برصاص في الرأس.", "ASSAULT"),
    ("ar", "وقد قتل الجيش الإسرائيلي ثلاثة فلسطينيين في غزة أمس.", "ASSAULT"),
    ("ar", "قد يؤدي القرار إلى توتر، واعتقلت الشرطة عشرة متظاهرين أمس.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), MAY_TOLD)
def test_a_hedged_or_later_deed_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
