"""speed78b: the exact rewrites return what the slower code returned.

Each test keeps the old code as a reference (copied from before the rewrite)
and compares it with the new one on texts written for the test, in Arabic,
Persian and English, with the languages' own lexicons; a second test in each
pair checks that the inputs reach the rewritten branch at all."""

from __future__ import annotations

import datetime
import re

import pytest

from diplowatch.dates import mentions
from diplowatch.dates.lexicon import lexicon as date_lexicon
from diplowatch.extract.guard_objects import GuardObjects
from diplowatch.extract.lexicon import EVENT, Lexicon, lexicon
from diplowatch.extract.scan import (
    Hit,
    _has_object_word,
    _objects,
    _window_words,
    guard_ok,
    scan,
)
from diplowatch.text.normalize import normalize

LANGS = ("ar", "fa", "en")
ANCHOR = datetime.date(2024, 5, 20)

# Texts written for these tests: keys alone, glued to clitics and endings,
# inside longer words, glued to letters at the very end of the text (the
# ending's window runs past it), next to digits and marks; guarded verbs
# with and without their objects.
TEXTS = {
    "ar": [
        "نشرت الحكومة قوات إضافية في المدينة بعد أن نشرت الصحيفة خبرا عن الهجوم.",
        "رفعت واشنطن العقوبات عن طهران ورفعت الجلسة إلى الغد.",
        "وزير الخارجية الإيراني التقى نظيره السعودي في الرياض",
        "وللقوات الأمريكية دور،لبنان-سوريا «إيران» 2مصر والسعوديين",
        "سحبت روسيا سفيرها وسحبت الشركة منتجاتها من السوق الإيرانيين",
    ],
    "fa": [
        "دولت نیروهای بیشتری به شهر اعزام کرد و روزنامه خبری درباره حمله منتشر کرد.",
        "آمریکا تحریم‌ها را علیه ایران لغو کرد و جلسه را به فردا موکول کرد.",
        "وزیر امور خارجه ایران با همتای روسی خود در مسکو دیدار کرد",
        "نیروهایش و ایرانی‌ها،عراق و ترکیه؛ ۲ایران «سپاه» ایرانیان",
        "روسیه سفیر خود را فراخواند و شرکت کالاهایش را از بازار ایرانیها",
    ],
    "en": [
        "The government deployed extra troops to the city after the paper deployed a new website.",
        "Washington lifted the sanctions on Tehran and the court lifted the ban on the protest.",
        "Iran's foreign minister met his Russian counterpart in Moscow",
        "Iranians,Iraqis and Turks; the U.S. State Department (Washington) 2Iran Iranians",
        "Russia recalled its ambassador and the company recalled its cars from the Iranianmarket",
        "The army said it would respond with air strikes, and the minister would respond to letters.",
        "Two soldiers were wounded in an air strike; a player was wounded in the leg during a match.",
    ],
}

# Windows with and without digits: a day written as a word ("الخامس من
# آذار", "پنجم آذر"), a month alone, a month and year, a stamp, a year.
DATE_TEXTS = {
    "ar": [
        "وصل الوزير في الخامس من آذار إلى دمشق، وغادر في أيار الماضي.",
        "وقعت الاتفاقية في 12 آذار 2023 وجددت في آذار 2024 ثم في 2024/05/01.",
        "قال الوزير إن الاجتماع سيعقد في شهر أيار دون تحديد اليوم.",
        "في عام 2019 زار الرئيس بغداد، وفي العاشر من نيسان عاد إليها.",
    ],
    "fa": [
        "وزیر در پنجم آذر به دمشق رسید و در اردیبهشت گذشته بازگشت.",
        "این توافق در ۱۲ آذر ۱۴۰۱ امضا شد و در خرداد ۱۴۰۲ تمدید شد.",
        "سخنگو گفت نشست در ماه مهر برگزار می‌شود و تاریخ آن اعلام نشده است.",
        "در سال ۹۱ رئیس‌جمهور به بغداد رفت و در هفتم تیر بازگشت.",
        "بیانیه در تاریخ ۱۴۰۲/۰۳/۱۵ منتشر شد و نشست بعدی در شهریور ۱۴۰۲ است.",
    ],
    "en": [
        "The minister arrived in Damascus in March and left in May of last year.",
        "The accord was signed on March 12, 2023 and renewed in June 2024, then on 2024-05-01.",
        "The spokesman said the meeting would be held in October, without a day.",
        "In 2019 the president visited Baghdad, and on April 10 he returned there.",
    ],
}


def _old_scan(text: str, lex: Lexicon) -> list[Hit]:
    """``scan`` as it stood before speed78b (its word end read with ``min``)."""
    hits: list[Hit] = []
    append = hits.append
    longest = lex.longest_suffix
    size = len(text)
    run = re.compile(r"[^\W_]*").match
    for end_index, (length, _, allowed) in lex.automaton.iter(text):
        end = end_index + 1
        start = end - length
        if end < size and text[end].isalnum():
            word_end = run(text, end, min(size, end + longest + 1)).end()  # type: ignore[union-attr]
            if word_end < size and text[word_end].isalnum():
                continue
            suf = text[end:word_end]
        else:
            word_end, suf = end, ""
        if start and text[start - 1].isalnum():
            word_start = start - 1
            while word_start and text[word_start - 1].isalnum():
                word_start -= 1
            pre = text[word_start:start]
        else:
            word_start, pre = start, ""
        for entry, allowed_pre, allowed_suf in allowed:
            if pre in allowed_pre and suf in allowed_suf:
                base_end = word_end if entry.bound else end
                append(Hit(word_start, word_end, start, base_end, entry, pre))
    return hits


def _old_guard_ok(
    text: str, hit: Hit, window: tuple[int, int], clitics: tuple[str, ...] = ("",)
) -> bool:
    """``guard_ok`` as it stood before speed78b (its phrases by a generator)."""
    needs = hit.entry.extra[1] if len(hit.entry.extra) > 1 else ()
    if not needs:
        return True
    objects = needs if isinstance(needs, GuardObjects) else _objects(needs)
    words = _window_words(text, hit, window, objects.not_objects, objects)
    joined = " ".join(words)
    if any(phrase in joined for phrase in objects.phrases):
        return True
    return _has_object_word(words, objects, clitics)


def _old_absolute(
    ntext: str,
    lx: mentions.DateLexicon,
    anchor: datetime.date | None,
    year_hint: int | None,
    lo: int,
    hi: int,
) -> list[mentions.Found]:
    """``mentions._absolute`` as it stood before speed78b (every form read
    in every window)."""
    return (
        mentions._named_days(ntext, lx, anchor, year_hint, lo, hi)
        + mentions._month_years(ntext, lx, anchor, lo, hi)
        + mentions._numeric_days(ntext, lx, lo, hi)
        + mentions._years(ntext, lx, lo, hi)
    )


def _texts(lang: str) -> list[str]:
    """The test's texts, normalised, and the same texts cut short so that a
    key's ending runs to the end of the text."""
    out = []
    for raw in TEXTS[lang]:
        text = normalize(raw).text
        out += [text] + [text[:n] for n in range(1, len(text), 7)]
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_scan_finds_what_the_old_scan_found(lang: str) -> None:
    lex = lexicon(lang)
    for text in _texts(lang):
        assert scan(text, lex) == _old_scan(text, lex), text


@pytest.mark.parametrize("lang", LANGS)
def test_scan_reads_keys_glued_up_to_the_text_end(lang: str) -> None:
    """Some key of the texts has letters glued after it that run to the
    end of a cut text: the branch whose window passes the text's end."""
    lex = lexicon(lang)
    glued_at_end = 0
    for text in _texts(lang):
        for end_index, _value in lex.automaton.iter(text):
            end = end_index + 1
            if end < len(text) and text[end:].isalnum() and len(text) - end <= lex.longest_suffix:
                glued_at_end += 1
    assert glued_at_end > 0


def _guarded(lang: str) -> list[tuple[str, Hit]]:
    """The event words of the texts that carry a guard (the pipeline asks
    ``guard_ok`` of every event word; the others pass at once)."""
    lex = lexicon(lang)
    return [
        (text, hit)
        for text in (normalize(raw).text for raw in TEXTS[lang])
        for hit in scan(text, lex)
        if hit.entry.layer == EVENT and len(hit.entry.extra) > 1 and hit.entry.extra[1]
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_guard_ok_answers_as_the_old_guard(lang: str) -> None:
    lex = lexicon(lang)
    for text, hit in _guarded(lang):
        for window in (lex.guard_window, (0, 1), (3, 8)):
            for clitics in (lex.word_prefixes, ("",)):
                new = guard_ok(text, hit, window, clitics)
                assert new == _old_guard_ok(text, hit, window, clitics), (text, hit)


@pytest.mark.parametrize("lang", LANGS)
def test_guards_both_pass_and_fail_on_the_texts(lang: str) -> None:
    """The texts hold guarded words with their object and without it."""
    lex = lexicon(lang)
    answers = {
        guard_ok(text, hit, lex.guard_window, lex.word_prefixes) for text, hit in _guarded(lang)
    }
    assert answers == {True, False}


def _windows(lang: str) -> list[tuple[str, int, int]]:
    lx = date_lexicon(lang)
    out = []
    for raw in DATE_TEXTS[lang]:
        text = normalize(raw).text
        for lo, hi, has_abs, _rel in mentions._windows(text, lx):
            if has_abs:
                out.append((text, lo, hi))
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("hint", [None, 2023])
def test_absolute_dates_as_before(lang: str, hint: int | None) -> None:
    lx = date_lexicon(lang)
    for text, lo, hi in _windows(lang):
        for anchor in (ANCHOR, None):
            new = mentions._absolute(text, lx, anchor, hint, lo, hi)
            assert new == _old_absolute(text, lx, anchor, hint, lo, hi), text[lo:hi]


@pytest.mark.parametrize("lang", LANGS)
def test_windows_with_and_without_digits(lang: str) -> None:
    """Both kinds of window are met, and where a day is written as a word
    (ar, fa) a window with no digit still yields its date."""
    digitless = [(t, lo, hi) for t, lo, hi in _windows(lang) if not re.search(r"\d", t[lo:hi])]
    with_digits = [(t, lo, hi) for t, lo, hi in _windows(lang) if re.search(r"\d", t[lo:hi])]
    assert digitless and with_digits
    lx = date_lexicon(lang)
    found = [
        f for t, lo, hi in with_digits for f in mentions._absolute(t, lx, ANCHOR, None, lo, hi)
    ]
    assert {"month_year", "numeric", "year"} <= {f.form for f in found}
    if lang != "en":
        worded = [
            f for t, lo, hi in digitless for f in mentions._absolute(t, lx, ANCHOR, None, lo, hi)
        ]
        assert worded, "a day written as a word, in a window with no digit"
