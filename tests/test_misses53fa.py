"""Round 53 (misses53fa): a town taken by force is ASSAULT (capture) in Persian too.

Arabic ("سيطر على المدينة", "سقطت … بيد …") and English ("captured the
city", "fell to the Taliban") read a town, a province or a base taken as
ASSAULT (capture): CAMEO "occupy territory" sits under FIGHT, our ASSAULT.
Persian read its idioms ("کنترل شهر را به دست/در دست گرفتند", "به کنترل
خود درآوردند", "به دست طالبان سقوط کرد/افتاد", "شهر … را تسخیر کردند")
as a seizure (COERCE); they are now ASSAULT (capture) too. A building or
an embassy seized ("سفارت … را تسخیر کردند") stays a seizure, as a ship or goods
seized do ("کنترل نفتکش را به دست گرفتند"); a fire brought under control or a thing that "happened"
("اتفاق افتاد") takes no town. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from casts import run, types


def _events(text: str, lang: str) -> list[tuple[str, set[str]]]:
    record = run(text, lang)
    return [(e.type, {a.code for a in e.actors if a.code}) for e in record.events]


TAKEN = [
    ("fa", "جنگجویان طالبان روز جمعه کنترل شهر فراه را به دست گرفتند.", {"AFG"}),
    ("fa", "شورشیان الشباب کنترل شهر جوهر را در دست گرفتند.", {"SOM"}),
    ("fa", "طالبان شهر پلخمری را به کنترل خود درآوردند.", {"AFG"}),
    ("fa", "شهر فراه روز جمعه به دست طالبان سقوط کرد.", {"AFG"}),
    ("fa", "شهر پلخمری دیروز به دست طالبان افتاد.", {"AFG"}),
    ("fa", "طالبان شهر فراه را تسخیر کردند.", {"AFG"}),
    ("ar", "سيطرت حركة طالبان على مدينة فراه يوم الجمعة.", {"AFG"}),
    ("ar", "سقطت مدينة فراه بيد حركة طالبان يوم الجمعة.", {"AFG"}),
    ("en", "Taliban fighters captured the city of Farah on Friday.", {"AFG"}),
    ("en", "The city of Farah fell to the Taliban on Friday.", {"AFG"}),
]


@pytest.mark.parametrize(("lang", "text", "codes"), TAKEN)
def test_a_town_taken_is_a_capture(lang: str, text: str, codes: set[str]) -> None:
    found = _events(text, lang)
    assert any(t == "ASSAULT" and codes <= c for t, c in found), found
    assert "COERCE" not in {t for t, _ in found}


SEIZED = [
    ("fa", "دانشجویان تندرو سفارت بریتانیا در تهران را تسخیر کردند."),
    ("fa", "نیروی دریایی سپاه پاسداران یک نفتکش یونانی را در خلیج فارس توقیف کرد."),
    ("fa", "مردان مسلح کنترل نفتکش را به دست گرفتند."),
    ("fa", "تفنگداران دریایی کنترل این کشتی را در دست گرفته‌اند."),
    ("ar", "استولى مسلحون على ناقلة النفط في بحر العرب."),
    ("en", "Armed men seized the oil tanker in the Arabian Sea."),
    ("ar", "احتجزت القوات البحرية الإيرانية ناقلة نفط يونانية في الخليج."),
    ("en", "Iran's navy seized a Greek oil tanker in the Gulf."),
]


@pytest.mark.parametrize(("lang", "text"), SEIZED)
def test_a_building_or_a_ship_seized_stays_a_seizure(lang: str, text: str) -> None:
    assert "COERCE" in types(text, lang)


NOT_TAKEN = [
    ("fa", "آتش نشانان آتش جنگل را به کنترل خود درآوردند."),
    ("fa", "این حادثه روز جمعه در غرب افغانستان اتفاق افتاد."),
    ("ar", "سيطر رجال الإطفاء على الحريق في الغابة."),
    ("en", "Firefighters brought the forest fire under control."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TAKEN)
def test_a_fire_controlled_takes_no_town(lang: str, text: str) -> None:
    assert not types(text, lang) & {"ASSAULT", "COERCE"}
