"""False hits of the Persian rules on sentences that tell no event (round 54,
falsehits54fa; every sentence written for these tests, with other names,
places and numbers than any news text).

- A penal law's own words ("قانون کاهش مجازات حبس تعزیری", "محکومیت به
  حبس", "محکوم هم می‌تواند …") speak of prison and the convict in general:
  no arrest, sentence or condemnation (``NOT_TRIGGERS``). A sentence passed
  keeps its longer trigger ("به مجازات حبس محکوم کرد"). Arabic and English
  read no event in a law's name already ("قانون تخفيف عقوبة السجن", "the
  law reducing prison terms"); their sentences passed stay.
- A body's own session with a partner word before its agenda ("نشست
  کمیسیون … با دستور کار انتخاب هیأت رئیسه برگزار شد") is no meeting of two
  sides (``context.SESSION_AGENDAS``, ``extract/sessions.py``); a partner
  named after "با" still makes it one. English lists "with the agenda"
  (its session words read no CONSULT in these sentences either way: the
  test shows nothing changes); Arabic puts the agenda after "على", no
  partner word, and lists none.
- Respects paid to the dead ("با حضور در گلزار شهدا … ادای احترام کرد")
  praise no actor: "ادای احترام کرد" is no SUPPORT trigger any more.
  English "paid tribute" and Arabic have no such trigger; their praise
  verbs stay SUPPORT.
- A sentence that opens with the label of a law's article or clause
  ("ماده ۹ - …", "المادة 9 - …", "Article 9: …", ``context.PROVISION_LABELS``,
  ``nonevents.provision``) states a rule, no deed: in all three languages.
  An article named inside a news sentence ("طبق ماده ۱۴ این قانون، …")
  leaves its events alone.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text`` (any status)."""
    return {line.split()[0] for line in _read(text, lang)}


# ---------------------------------------------------------------- a penal law's words
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "قانون کاهش مجازات حبس تعزیری که نمایندگان پارسال تصویب کردند"
            " شامل حال زندانیان سیاسی هم می‌شود.",
        ),
        ("fa", "به گفته این حقوقدان، محکوم هم می‌تواند از دادگاه تخفیف مجازات بخواهد."),
        ("fa", "بنابر این ماده، محکومان به حبس می‌توانند از آزادی مشروط استفاده کنند."),
        (
            "ar",
            "يشمل قانون تخفيف عقوبة السجن الذي أقره البرلمان العام الماضي المعتقلين السياسيين.",
        ),
        (
            "en",
            "The law reducing prison terms, passed by parliament last year,"
            " also covers political prisoners.",
        ),
    ],
)
def test_penal_law_words_tell_no_coercion(lang: str, text: str) -> None:
    assert not _types(text, lang) & {"COERCE", "ACCUSE"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دادگاه انقلاب شیراز این فعال صنفی را به مجازات حبس محکوم کرد."),
        ("fa", "دادگاه او را به سه سال حبس تعزیری محکوم کرد."),
        ("ar", "قضت محكمة في الإسكندرية بسجن الناشط ثلاث سنوات."),
        ("en", "A court in Lahore sentenced the activist to three years in prison."),
    ],
)
def test_sentence_passed_stays(lang: str, text: str) -> None:
    assert "COERCE" in _types(text, lang)


# ---------------------------------------------------------------- a session's agenda
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "نشست کمیسیون کشاورزی مجلس شورای اسلامی صبح امروز با دستور کار"
            " انتخاب هیأت رئیسه برگزار شد.",
        ),
        ("fa", "نشست کمیسیون امنیت ملی مجلس با موضوع بودجه دفاعی برگزار شد."),
        (
            "en",
            "The Kenyan cabinet session was held on Tuesday with the agenda of approving the budget.",
        ),
        ("ar", "عقد مجلس الوزراء الكيني جلسته يوم الثلاثاء وعلى جدول أعمالها إقرار الموازنة."),
    ],
)
def test_session_agenda_is_no_partner(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نشست کمیسیون کشاورزی مجلس شورای اسلامی صبح امروز با وزیر جهاد کشاورزی برگزار شد."),
        ("ar", "عقد وزير الخارجية الكيني جلسة مباحثات مع نظيره الأوغندي يوم الثلاثاء."),
        ("en", "The Kenyan foreign minister met his Ugandan counterpart in Kampala."),
    ],
)
def test_session_with_partner_stays(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


# ---------------------------------------------------------------- respects to the dead
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "فرمانده نیروی زمینی با حضور در گلزار شهدای شهرستان بروجن"
            " به شهیدان این دیار ادای احترام کرد.",
        ),
        (
            "en",
            "The Kenyan army chief paid tribute to the fallen soldiers at the national cemetery.",
        ),
        ("ar", "وقف قائد الجيش الكيني دقيقة صمت على أرواح الجنود في المقبرة الوطنية."),
    ],
)
def test_respects_to_the_dead_are_no_praise(lang: str, text: str) -> None:
    assert "SUPPORT" not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه ایران از میانجی‌گری عمان قدردانی کرد."),
        ("en", "The Kenyan foreign minister praised Oman's mediation."),
        ("ar", "أشاد وزير الخارجية الكيني بوساطة سلطنة عمان."),
    ],
)
def test_praise_stays(lang: str, text: str) -> None:
    assert "SUPPORT" in _types(text, lang)


# ---------------------------------------------------------------- a law's article
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ماده ۹ - معتمدان دعوت شده از سوی فرماندار از نامزدی در آن حوزه محرومند."),
        ("fa", "تبصره 4- کالاهای اهدایی به جمعیت هلال احمر از پرداخت مالیات معاف است."),
        ("ar", "المادة 9 - تتعاون وزارة الداخلية الكينية مع أوغندا في مكافحة التهريب."),
        ("ar", "البند 3: تتعاون الحكومة الكينية مع أوغندا في مكافحة التهريب."),
        ("en", "Article 9: Kenya shall cooperate with Uganda against smuggling."),
        ("en", "Section 3 - The government shall cooperate with Uganda against smuggling."),
    ],
)
def test_law_article_tells_no_event(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "طبق ماده ۱۴ این قانون، وزیر خارجه ایران با همتای ترکمن خود دیدار کرد."),
        ("ar", "تعاونت الحكومة الكينية مع أوغندا في مكافحة التهريب."),
        ("en", "Kenya shall cooperate with Uganda against smuggling."),
    ],
)
def test_article_named_in_news_leaves_events(lang: str, text: str) -> None:
    assert _types(text, lang)
