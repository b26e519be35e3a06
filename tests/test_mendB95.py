"""mendB95: mends of reversed94 and reporter94 after review94a.

(1) An envoy who is himself the subject of an active summons summoned: main
(``summoned.envoys_last``) moved him last wherever he stood. (2) One adjective
between a Persian request noun and its owner ("درخواست مجدد X"): main missed
the owner. Sentences written for these tests."""

import pytest

from casts import first_codes


# main read the envoy last (the summoned minister first)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استدعى السفير البريطاني في القاهرة وزير الري المصري إلى مقر السفارة أمس.", "ar"),
        ("سفیر بریتانیا در قاهره وزیر آبیاری مصر را به سفارت احضار کرد.", "fa"),
        (
            "The British ambassador summoned Egypt's irrigation minister to the embassy on Monday.",
            "en",
        ),
    ],
)
def test_envoy_subject_summons(text: str, lang: str) -> None:
    assert first_codes(text, lang, "ACCUSE")[:2] == ["GBR", "EGY"]


# guards: the envoy is the one summoned and stays last
@pytest.mark.parametrize(
    ("text", "lang", "summoner", "envoy"),
    [
        ("استدعت وزارة الخارجية المصرية السفير البريطاني في القاهرة.", "ar", "EGY", "GBR"),
        ("قالت مصر إنها استدعت السفير البريطاني لدى القاهرة.", "ar", "EGY", "GBR"),
        ("جاء استدعاء السفير البريطاني إلى وزارة الخارجية المصرية بعد الحادث.", "ar", "EGY", "GBR"),
        ("وزارت خارجه مصر سفیر بریتانیا را احضار کرد.", "fa", "EGY", "GBR"),
        ("احضار سفیر بریتانیا به وزارت خارجه مصر پس از این حادثه انجام شد.", "fa", "EGY", "GBR"),
        ("Egypt's foreign ministry summoned the British ambassador on Monday.", "en", "EGY", "GBR"),
        (
            "The British ambassador summoned to the Egyptian foreign ministry heard its protest.",
            "en",
            "EGY",
            "GBR",
        ),
        (
            "The British ambassador was summoned to the Egyptian foreign ministry on Monday.",
            "en",
            "EGY",
            "GBR",
        ),
    ],
)
def test_envoy_summoned_guards(text: str, lang: str, summoner: str, envoy: str) -> None:
    assert first_codes(text, lang, "ACCUSE")[:2] == [summoner, envoy]


def test_request_owner_after_adjective() -> None:
    # main: TUR → GRC (the one who rejected read as the asker)
    text = "ترکیه با درخواست رسمی یونان برای تمدید مهلت مخالفت کرد."
    assert first_codes(text, "fa", "REQUEST")[:2] == ["GRC", "TUR"]


def test_request_owner_guard_no_adjective() -> None:
    # guard: read right on main and after
    text = "ترکیه با درخواست یونان برای تمدید مهلت مخالفت کرد."
    assert first_codes(text, "fa", "REQUEST")[:2] == ["GRC", "TUR"]
