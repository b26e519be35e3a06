"""The victim is never made the doer (round 57, victims57; every sentence
written for these tests).

- Whom a deed's noun struck through a verb of striking ("a bombing that
  targeted a police station", "تفجير استهدف مركزا للشرطة", "انفجاری که یک
  پاسگاه پلیس را هدف قرار داد") comes after the rest of the side: the
  bomber, or the dead the report counts, are not struck by the police.
  With only counted victims beside it, both underwent the deed and its
  doer is an unidentified attacker (``victims_only.struck_last``,
  ``victims_only._counted_and_struck``).
- Soldiers or officers a count heads before their force ("three soldiers
  of the Egyptian army", "ثلاثة جنود من الجيش المصري", "سه سرباز ارتش
  مصر") and Arabic duals ("جنديان من الجيش") are counted victims: the
  force is whom the deed struck, never its lone actor (``COUNTED_LINKS``,
  ``counts.counted_group``, ``victims_only._after_mention``).
"""

from __future__ import annotations

import pytest

from casts import sides as _sides


def _first_sides(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    got = _sides(text, lang, "ASSAULT")
    assert got, f"no ASSAULT in {text!r}"
    return got[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل ثلاثة أشخاص في تفجير انتحاري استهدف مركزا للشرطة في الموصل.", "ar"),
        ("Four people died in a suicide bombing that targeted a police station in Mosul.", "en"),
        ("سه نفر در انفجاری که یک پاسگاه پلیس را در موصل هدف قرار داد کشته شدند.", "fa"),
    ],
)
def test_counted_dead_and_struck_police_are_victims(text: str, lang: str) -> None:
    got = _first_sides(text, lang)
    assert got[0] == ("IRQ", "UAF")
    assert ("IRQ", "COP") in got[1:] and ("IRQ", "CVL") in got[1:]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقع تفجير انتحاري استهدف مقرا للشرطة في الموصل وأسفر عن مقتل منفذ العملية.",
            "ar",
        ),
        ("A suicide bombing targeted a police post in Mosul and killed the bomber.", "en"),
    ],
)
def test_struck_police_never_first(text: str, lang: str) -> None:
    got = _first_sides(text, lang)
    assert got[0] != ("IRQ", "COP")
    assert got[-1] == ("IRQ", "COP")


def test_persian_bomber_before_struck_police() -> None:
    """Persian names no bomber beside the post struck in this shape: the
    reading stays the struck police with an unidentified attacker."""
    got = _first_sides("انفجاری پاسگاه پلیس را در موصل هدف قرار داد.", "fa")
    assert got[-1] == ("IRQ", "COP")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ضربت مقاتلات الجيش العراقي بغارات استهدفت مواقع لتنظيم داعش.", "ar"),
        ("Iraqi army jets carried out strikes that targeted Islamic State positions.", "en"),
    ],
)
def test_named_doer_keeps_first(text: str, lang: str) -> None:
    got = _first_sides(text, lang)
    assert got[0] == ("IRQ", "MIL")
    assert got[-1][1] == "REB"


@pytest.mark.parametrize(
    ("text", "lang", "victim"),
    [
        ("قتل ثلاثة جنود من الجيش المصري في هجوم في العريش.", "ar", ("EGY", "MIL")),
        ("قتل جنديان من الجيش المصري في هجوم في العريش.", "ar", ("EGY", "MIL")),
        ("أصيب شرطيان أردنيان في هجوم في الكرك.", "ar", ("JOR", "COP")),
        ("سه سرباز ارتش مصر در حمله‌ای در العریش کشته شدند.", "fa", ("EGY", "MIL")),
        ("دو مامور پلیس اردن در حمله‌ای در کرک زخمی شدند.", "fa", ("JOR", "COP")),
        (
            "Two officers of the Jordanian police were wounded in an attack in Karak.",
            "en",
            ("JOR", "COP"),
        ),
    ],
)
def test_counted_members_of_a_force_are_victims(
    text: str, lang: str, victim: tuple[str, str]
) -> None:
    got = _first_sides(text, lang)
    assert got[0][1] == "UAF"
    assert victim in got[1:]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقل جنود من الجيش المصري ثلاثة مهربين في العريش.", "ar"),
        ("سربازان ارتش مصر سه قاچاقچی را در العریش دستگیر کردند.", "fa"),
        ("Soldiers of the Egyptian army arrested three smugglers in Arish.", "en"),
    ],
)
def test_uncounted_force_still_acts(text: str, lang: str) -> None:
    got = _sides(text, lang, "COERCE")
    assert got and got[0][0] == ("EGY", "MIL")


@pytest.mark.parametrize(
    ("text", "lang", "victim"),
    [
        ("قتل ثلاثة جنود في هجوم على مواقع للجيش العراقي قرب سامراء.", "ar", ("IRQ", "MIL")),
        ("در حمله به مواضع ارتش عراق سه سرباز کشته شدند.", "fa", ("IRQ", "MIL")),
        ("در حمله به یک پاسگاه پلیس افغانستان دو پلیس زخمی شدند.", "fa", ("AFG", "COP")),
        (
            "Three soldiers died in an attack on Iraqi army positions near Samarra.",
            "en",
            ("IRQ", "MIL"),
        ),
    ],
)
def test_force_struck_at_its_own_site_is_victim(
    text: str, lang: str, victim: tuple[str, str]
) -> None:
    """The force whose site an attack struck, beside its own counted dead,
    underwent the attack: never its lone actor (``_own_site_struck``).
    Known gap: Persian with a place between the site and the dead ("… در
    نزدیکی سامرا سه سرباز …") names the force alone and stays as it was."""
    got = _first_sides(text, lang)
    assert got[0][1] == "UAF"
    assert victim in got[1:]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل ثلاثة جنود عراقيين في هجوم على مواقع لتنظيم داعش.", "ar"),
        ("در حمله ارتش عراق به مواضع داعش سه سرباز کشته شدند.", "fa"),
        ("Three Iraqi soldiers were killed in an attack on Islamic State positions.", "en"),
    ],
)
def test_soldiers_dead_in_their_own_attack_stay_its_doers(text: str, lang: str) -> None:
    """Soldiers killed attacking another force's site: that force is no
    co-victim of theirs, and no unidentified attacker is made up."""
    got = _first_sides(text, lang)
    assert got[0] == ("IRQ", "MIL")
    assert got[-1][1] == "REB"


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("یک جوان در بازداشتگاه پلیس آگاهی تهران جان باخت.", "fa", "ASSAULT"),
        ("یک معترض در بازداشتگاه پلیس کرمانشاه زیر شکنجه کشته شد.", "fa", "ASSAULT"),
        # Arabic and English already read the keepers first (other rules):
        # nothing changes there
        ("لقي شاب حتفه تحت التعذيب أثناء احتجازه لدى الشرطة في طهران.", "ar", "ASSAULT"),
        ("A young man was beaten to death in police custody in Tehran.", "en", "COERCE"),
    ],
)
def test_keepers_of_the_dead_come_first(text: str, lang: str, etype: str) -> None:
    """Whoever died or was hurt in police custody underwent the deed; the
    police who held him are its first side (``doers.keepers_first``)."""
    got = _sides(text, lang, etype)
    assert got and got[0][0] == ("IRN", "COP")
    assert ("IRN", "CVL") in got[0][1:]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("معترضان به زندان پلیس حمله کردند و یک مامور را زخمی کردند.", "fa"),
        ("Protesters attacked the police station and wounded an officer.", "en"),
    ],
)
def test_custody_place_struck_names_no_keeper(text: str, lang: str) -> None:
    """A prison or station attacked is the target: its police stay whom
    the protesters struck."""
    got = _first_sides(text, lang)
    assert got[0][1] == "CVL"
    assert got[-1][1] == "COP"
