"""A listed office holder's family name alone after an honorific, and the
Afghan adjective "افغانی" after the plain nouns for people (round 44,
parties44fa; every sentence written for these tests).

Rules added in this round:

- the family name alone of a listed office holder (the last word of his
  full name in ``lang/<code>/office_names.tsv``) names him right after an
  honorific ("آقای بنت", "السيد بينيت", "Mr. Bennett"), as news names a
  person after the first mention; a sentence read alone has no earlier full
  name to learn it from (``lexicon._family_name_entries``,
  ``surnames.family_names_out``). Only a word that is the last word of one
  person's names, no listed form itself and no first name of any listed
  person ("آقای محمد", "Mr. James"); elsewhere, or before a given name
  ("آقای محب‌علی"), the word is an ordinary one and its hit is dropped
  before anything reads it; where the text names the person in full, his
  surname is learnt from it as before;
- the UN High Commissioners for Human Rights (Zeid, Bachelet, Türk) are
  listed (``scripts/offices/00_igo.txt``), Bachelet with the Persian
  spellings "میشل باچله", "میشل باشله" news prints;
- "افغانی" (also the Afghan currency, hence no country adjective) is the
  adjective right after the plain nouns for civilians, people, prisoners
  and forces ("غیرنظامیان افغانی", "نیروهای افغانی"), as it already was
  after citizens, refugees and workers. Arabic "أفغاني" and English
  "Afghan" name no currency: they were always country adjectives.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Mr. Bennett criticised Hezbollah on Sunday.",
        "انتقد السيد بينيت حزب الله يوم الأحد.",
        "آقای بنت روز یکشنبه از حزب‌الله انتقاد کرد.",
        ("ACCUSE reported ISR:GOV LBN:REB",),
    ),
    (
        "Mr. Mitsotakis thanked Italy for its help.",
        "شكر السيد ميتسوتاكيس إيطاليا على مساعدتها.",
        "آقای میتسوتاکیس از ایتالیا برای کمکش تشکر کرد.",
        ("SUPPORT reported GRC:GOV ITA:",),
    ),
    # the UN High Commissioner for Human Rights (2018-2022), with her
    # Persian spellings "باچله", "باشله"
    (
        "Michelle Bachelet criticised the Taliban.",
        "انتقدت ميشيل باشليه حركة طالبان.",
        "خانم باشله از طالبان انتقاد کرد.",
        ("ACCUSE reported UN:GOV AFG:REB",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


PERSIAN = [
    # the family name with no honorific: an ordinary word, no side
    ("بنت از حزب‌الله انتقاد کرد.", ("ACCUSE reported -: LBN:REB",)),
    # a given name after it: one longer name ("محب‌علی"), not Afghanistan's Mohib
    ("آقای محب‌علی از حزب‌الله انتقاد کرد.", ("ACCUSE reported -: LBN:REB",)),
    # a given name after an honorific opens another man's name
    ("آقای محمد از حزب‌الله انتقاد کرد.", ("ACCUSE reported -: LBN:REB",)),
    # "افغانی" after civilians, prisoners, forces: Afghanistan's
    (
        "پلیس ترکیه زندانیان افغانی را اخراج کرد.",
        ("SANCTION reported TUR:COP AFG:CVL",),
    ),
    (
        "شورشیان به غیرنظامیان افغانی حمله کردند.",
        ("ASSAULT reported -:REB AFG:CVL",),
    ),
    # the currency stays money: no Afghan side
    ("دولت ۵۰۰ میلیون افغانی به مردم پرداخت کرد.", ("AID reported -:GOV -:CVL",)),
]


@pytest.mark.parametrize(("text", "want"), PERSIAN)
def test_persian(text: str, want: tuple[str, ...]) -> None:
    assert _read(text, "fa") == set(want)


OTHERS = [
    # no honorific: the family name alone names no one
    ("en", "Bennett criticised Hezbollah on Sunday.", ("ACCUSE reported LBN:REB",)),
    ("ar", "انتقد بينيت حزب الله يوم الأحد.", ()),
]


@pytest.mark.parametrize(("lang", "text", "want"), OTHERS)
def test_other_languages(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
