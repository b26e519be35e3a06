"""Round 51, events where the sentence reports none (every sentence written for these tests).

A sample of corpus events read against their evidence found meetings that
are the paper's own interview told in the writer's voice: "با … به
گفت‌وگو نشستیم", "گفت‌وگوی ما با …", "بخشی از گفت‌وگو … در ادامه می‌آید",
"التقينا الوزير", "we met the minister" (``extract/writer_talks.py``). The
same words said by someone quoted, or after a verb of saying, stay that
side's news.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> list[str]:
    """The event types of one sentence."""
    return [e.type for e in run(text, lang).events]


def _events(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """(type, actor codes) of every event of one sentence ('-' for none)."""
    return [(e.type, [a.code or "-" for a in e.actors]) for e in run(text, lang).events]


# --- the writer's own talk is an interview, no meeting ------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("با معاون وزیر امور خارجه ایران درباره آینده روابط با چین گفت‌وگو کردیم.", "fa"),
        ("با رئیس کمیسیون امنیت ملی مجلس ایران به گفت‌وگو نشستیم.", "fa"),
        ("گفت‌وگوی ما با سفیر سابق ایران در عراق را در ادامه می‌خوانید.", "fa"),
        ("بخشی از گفت و گوی سفیر پیشین ایران در ترکیه در ادامه می‌آید.", "fa"),
        ("زمان دیدار ما با فرمانده نیروی دریایی ایران کوتاه بود.", "fa"),
        ("التقينا وزير الخارجية العراقي في بغداد وتحدثنا معه عن العلاقات مع إيران.", "ar"),
        (
            "We met the Iraqi foreign minister in Baghdad and talked about relations with Iran.",
            "en",
        ),
    ],
)
def test_writer_talk_is_no_meeting(text: str, lang: str) -> None:
    assert "CONSULT" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # said by a quoted minister after a colon or a verb of saying
        (
            "وزیر خارجه ایران گفت: ما با همتای روسی خود در مسکو گفت‌وگو کردیم.",
            "fa",
            ["IRN", "RUS"],
        ),
        (
            "وزیر خارجه ایران گفت ما با همتای روسی خود در مسکو به گفت‌وگو نشستیم.",
            "fa",
            ["IRN", "RUS"],
        ),
        (
            "وزیر خارجه ایران تاکید کرد «ما با همتای روسی خود در مسکو گفت‌وگو کردیم».",
            "fa",
            ["IRN", "RUS"],
        ),
        (
            "وقال وزير الخارجية العراقي: التقينا وزير الخارجية الإيراني في بغداد.",
            "ar",
            ["IRQ", "IRN"],
        ),
        (
            "وقال وزير الخارجية العراقي إننا التقينا وزير الخارجية الإيراني في بغداد.",
            "ar",
            ["IRQ", "IRN"],
        ),
        (
            'The Iraqi foreign minister said: "We met the Iranian foreign minister in Baghdad."',
            "en",
            ["IRQ", "IRN"],
        ),
        (
            "The Iraqi foreign minister said we met the Iranian foreign minister in Baghdad.",
            "en",
            ["IRQ", "IRN"],
        ),
    ],
)
def test_quoted_we_keeps_the_meeting(text: str, lang: str, sides: list[str]) -> None:
    assert ("CONSULT", sides) in _events(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # a third person's talk, and a formula that announces something else
        ("وزیر خارجه ایران روز دوشنبه با همتای روسی خود در مسکو گفت‌وگو کرد.", "fa", ["IRN", "RUS"]),
        (
            "وزیر خارجه ایران با همتای روسی خود گفت‌وگو کرد که متن بیانیه آن در ادامه می‌آید.",
            "fa",
            ["IRN", "RUS"],
        ),
        ("التقى وزير الخارجية العراقي نظيره الإيراني في بغداد.", "ar", ["IRQ", "IRN"]),
        (
            "The Iraqi foreign minister met his Iranian counterpart in Baghdad.",
            "en",
            ["IRQ", "IRN"],
        ),
    ],
)
def test_third_person_talk_stays(text: str, lang: str, sides: list[str]) -> None:
    assert ("CONSULT", sides) in _events(text, lang)


# --- what a law or a bill provides is a rule, no deed -------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وينص مشروع القانون على أن يعاقب كل أسير أفرج عنه وعاد إلى العمل المسلح بالسجن عشرين عاما.",
            "ar",
        ),
        ("قدمت الحكومة مشروع قانون إلى البرلمان ينص على معاقبة أصحاب البيوت بالسجن.", "ar"),
        (
            "The Israeli bill stipulates that freed prisoners who return to armed activity "
            "be jailed for twenty years.",
            "en",
        ),
        ("The new law provides for the arrest of anyone who insults the president.", "en"),
    ],
)
def test_provision_is_no_deed(text: str, lang: str) -> None:
    assert "COERCE" not in _types(text, lang)


def test_persian_provision_is_read_by_its_mood() -> None:
    """Persian puts what a law provides in the subjunctive ("… بازداشت
    شود"), which already tells no event; it lists no provision cue, and
    nothing changes there."""
    text = "این لایحه مقرر می‌دارد که هر کسی به رئیس جمهور توهین کند بازداشت شود."
    assert _types(text, "fa") == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a deed in another clause, or told before the provision, stays
        (
            "اعتقلت الشرطة الإسرائيلية خمسة فلسطينيين، وينص القانون على محاكمتهم خلال شهر.",
            "ar",
            "COERCE",
        ),
        (
            "Israeli police arrested five Palestinians, and the law stipulates a trial within a month.",
            "en",
            "COERCE",
        ),
        ("پلیس ایران پنج نفر را در تهران بازداشت کرد.", "fa", "COERCE"),
        # bare "provides" is the verb of aid, no provision
        ("The United States provides weapons to the Ukrainian army.", "en", "AID"),
    ],
)
def test_deed_outside_the_provision_stays(text: str, lang: str, kind: str) -> None:
    assert kind in _types(text, lang)


# --- a talk whose partner is the press is an interview ------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقال وزير الخارجية التونسي في اتصال هاتفي مع رويترز إن بلاده ترفض التدخل في ليبيا.",
            "ar",
        ),
        (
            'وأكد وزير الخارجية التونسي في اتصال هاتفي بـ "الجوهرة أف أم" أن بلاده ترفض التدخل العسكري في ليبيا.',
            "ar",
        ),
        (
            "وأكد وزير الخارجية التونسي في اتصال هاتفي للجوهرة أف أم أن بلاده ترفض التدخل العسكري في ليبيا.",
            "ar",
        ),
        (
            "وقال وزير الداخلية التونسي في اتصال هاتفي بزميلتنا إن الحكومة الليبية تدعم المهربين.",
            "ar",
        ),
        (
            "وزیر کشور ایران گفت: دیدارهای رسانه‌ای رئیس‌جمهور با خبرنگاران عراقی همواره برقرار بوده است.",
            "fa",
        ),
        (
            "The Tunisian foreign minister said in a phone call with Reuters that his country "
            "opposes military intervention in Libya.",
            "en",
        ),
    ],
)
def test_talk_with_the_press_is_no_meeting(text: str, lang: str) -> None:
    assert "CONSULT" not in _types(text, lang)


def test_call_with_a_reporter_leaves_the_trip_it_confirms() -> None:
    """The call with the agency's reporter goes; the trip it confirms stays."""
    text = "سفیر ایران در عراق در تماس تلفنی خبرنگار ایرنا سفر وزیر خارجه به بغداد را تایید کرد."
    triggers = [e.trigger for e in run(text, "fa").events if e.type == "CONSULT"]
    assert triggers == ["سفر"]


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # the partner is a state's official, or a UN agency ("وكالة" is not listed)
        (
            "وبحث وزير الخارجية التونسي في اتصال هاتفي مع نظيره الليبي الوضع الأمني.",
            "ar",
            ["TUN", "LBY"],
        ),
        (
            "وزیر خارجه ایران در تماس تلفنی با همتای عراقی خود درباره امنیت مرزها گفت‌وگو کرد.",
            "fa",
            ["IRN", "IRQ"],
        ),
        (
            "The Tunisian foreign minister discussed security in a phone call with his Libyan counterpart.",
            "en",
            ["TUN", "LBY"],
        ),
    ],
)
def test_talk_with_an_official_stays(text: str, lang: str, sides: list[str]) -> None:
    assert ("CONSULT", sides) in _events(text, lang)


# --- a medium told as the manner of another deed is no talk ------------------


@pytest.mark.parametrize(
    "text",
    [
        "آیین افتتاح ایستگاه مترو تهران با حضور ویدئو کنفرانسی رئیس جمهور ایران برگزار شد.",
        "با حضور ویدیو کنفرانسی رئیس جمهور ایران از دو پالایشگاه گاز در عسلویه بهره برداری شد.",
    ],
)
def test_ceremony_by_videoconference_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text, "fa")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a talk held that way keeps its own talk word; a medium that is the head stays
        (
            "وزیران خارجه ایران و روسیه به صورت ویدئو کنفرانس درباره برجام گفت‌وگو کردند.",
            ["IRN", "RUS"],
        ),
        (
            "رئیس جمهور ایران در یک ویدئو کنفرانس با رئیس جمهور روسیه درباره برجام گفت‌وگو کرد.",
            ["IRN", "RUS"],
        ),
        # a phone call is no listed medium: it is the talk itself
        (
            "وزیر خارجه ایران از طریق تماس تلفنی با همتای روسی خود درباره برجام رایزنی کرد.",
            ["IRN", "RUS"],
        ),
        # a whole gathering held by video may be the meeting itself
        (
            "نشست وزیران خارجه ایران و روسیه به صورت ویدئو کنفرانس برگزار شد.",
            ["IRN", "RUS"],
        ),
        # the manner of a meeting named before it in its sentence
        (
            "وزیر خارجه ایران در جلسه شورای امنیت که با ویدئو کنفرانس برگزار شد از روسیه تشکر کرد.",
            ["IRN", "UN"],
        ),
    ],
)
def test_talk_by_videoconference_stays(text: str, sides: list[str]) -> None:
    assert ("CONSULT", sides) in _events(text, "fa")


@pytest.mark.parametrize(
    "text",
    [
        "افتتح الرئيس المصري عبر تقنية الفيديو كونفرانس محطة كهرباء في أسوان.",
        "The Egyptian president opened a power plant in Aswan by videoconference.",
    ],
)
def test_medium_is_no_trigger_in_arabic_and_english(text: str) -> None:
    """Arabic and English read no videoconference as a talk: they list no
    manner markers and nothing changes there."""
    lang = "en" if text.isascii() else "ar"
    assert _types(text, lang) == []


# --- a deed one has had none of is not done -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سخنگوی وزارت خارجه ایران گفت ما مذاکره‌ای با آمریکا نداریم.",
        "دبیرکل حزب اعلام کرد که دیداری با رئیس جمهور سابق ایران نداشتیم.",
        "وزیر خارجه ایران با همتای آمریکایی خود دیداری نداشت.",
    ],
)
def test_talk_had_none_of_is_negated(text: str) -> None:
    statuses = [e.status for e in run(text, "fa").events if e.type == "CONSULT"]
    assert statuses == ["negated"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the object had is another indefinite noun: the talks stay told
        ("سخنگوی دولت ایران گفت مذاکرات وین با آمریکا ارتباطی به نتایج انتخابات ندارد.", "fa"),
        ("وزیر خارجه ایران روز دوشنبه با همتای روسی خود دیدار کرد و گفت ایران مشکلی ندارد.", "fa"),
        # Arabic and English negate before the deed, which their cues read; they
        # list no negated "have" and nothing changes there
        ("لم يلتق وزير الخارجية الإيراني نظيره الأمريكي في نيويورك.", "ar"),
        ("The Iranian foreign minister had no meeting with his American counterpart.", "en"),
    ],
)
def test_had_none_leaves_other_readings(text: str, lang: str) -> None:
    before = {"fa": "reported", "ar": "negated", "en": "negated"}[lang]
    statuses = [e.status for e in run(text, lang).events if e.type == "CONSULT"]
    assert statuses and set(statuses) == {before}
