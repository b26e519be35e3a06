"""Criticism or praise a deed drew from a side: that side made it (swap106).

"أثار قرار الحكومة المصرية انتقادات واسعة من الاتحاد الأوروبي", "the Egyptian
government's decision sparked criticism from the European Union", "اقدام دولت
ترکیه با انتقاد شدید از سوی اتحادیه اروپا روبرو شد": the criticism or the
praise is the object of a verb of drawing or meeting it
(``context.AROUSE_VERBS``), the subject is whom it is about, and the side
after "from" (``GIVER_MARKERS``) made it (``extract/received.py``). Main put
the subject, named first, first. The verb counts only on its object's side
of the noun (before it, or after it in Persian, whose verb comes last): on
the other side it tells what the deed itself drew ("انتقد الاتحاد الأوروبي
مصر مما أثار ردا من …"), and the critic stays first.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

DRAWN = [
    # main: [EGY:GOV, EU:]
    ("ar", "أثار قرار الحكومة المصرية انتقادات واسعة من الاتحاد الأوروبي.", "ACCUSE"),
    # main: [EGY:GOV, ETH:GOV]
    ("ar", "قوبلت تصريحات وزير الخارجية المصري بانتقادات حادة من الحكومة الإثيوبية.", "ACCUSE"),
    # main: [EGY:GOV, EU:]
    ("ar", "لقيت مبادرة الحكومة المصرية ترحيبا واسعا من الاتحاد الأوروبي.", "SUPPORT"),
    # main: [EGY:GOV, EU:]
    (
        "en",
        "The Egyptian government's decision sparked criticism from the European Union.",
        "ACCUSE",
    ),
    # main: [EGY:, EU:]
    ("en", "The Egyptian plan earned praise from the European Union.", "SUPPORT"),
    # main: [TUR:GOV, EU:]
    ("fa", "اقدام دولت ترکیه با انتقاد شدید از سوی اتحادیه اروپا روبرو شد.", "ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DRAWN)
def test_the_side_after_from_made_the_criticism_or_praise(lang: str, text: str, etype: str) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert casts[0][0].split(":")[0] in {"EU", "ETH"}


STAYS = [
    # the verb after the deed: what the criticism itself drew
    ("ar", "انتقد الاتحاد الأوروبي مصر مما أثار ردا من وزارة الخارجية المصرية.", "ACCUSE", "EU"),
    (
        "en",
        "The EU criticised Egypt, which prompted a reply from the Egyptian foreign ministry.",
        "ACCUSE",
        "EU",
    ),
    (
        "fa",
        "اتحادیه اروپا از دولت ترکیه انتقاد کرد و این انتقاد با واکنش تند از سوی آنکارا همراه شد.",
        "ACCUSE",
        "EU",
    ),
    # a partitive "از" before the deed's noun names no critic (first draft:
    # [IRN:EDU, IND:GOV])
    (
        "fa",
        "دولت هند و جمعی از دانشجویان ایرانی پس از ممنوع شدن پروازها با مشکل روبرو شده اند.",
        "SANCTION",
        "IND",
    ),
    # the verb drew another object; the criticism after "بعد" is the
    # subject's own (second draft: [IRN:, TUN:GOV])
    ("ar", "أثارت الحكومة التونسية جدلا واسعا بعد انتقاد الوفد القادم من إيران.", "ACCUSE", "TUN"),
    (
        "ar",
        "أثارت الحكومة التونسية جدلا واسعا بعد رفض زيارة الوفد القادم من إيران.",
        "REJECT",
        "TUN",
    ),
    # no "from": the subject raised the criticism
    ("ar", "أثار الرئيس التركي خلال زيارته انتقادات للحكومة الألمانية.", "ACCUSE", "TUR"),
    # "همراه با" joins companions: the traveller stays first
    (
        "fa",
        "وزیر خارجه ایران همراه با هیئتی از وزارت خارجه برای دیدار با وزیر خارجه عراق به بغداد سفر کرد.",
        "CONSULT",
        "IRN",
    ),
    # a verb of receiving, read as before
    ("ar", "تلقت المعارضة السورية مساعدات عسكرية من الولايات المتحدة.", "AID", "USA"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "first"), STAYS)
def test_the_doer_stays_first(lang: str, text: str, etype: str, first: str) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert casts[0][0].split(":")[0] == first
