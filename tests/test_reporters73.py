"""A reporter or a medium that only tells a deed is no side of it (round
73, reporters73; sentences written for these tests).

(1) The apposition that describes a medium cited as the source ("به گزارش
خبرگزاری X، ارگان خبری یک انجمن …، …", "بحسب وكالة …، المقربة من الحرس
الثوري، …", "according to X, affiliated with the Guards, …") names its
owner: no side, though a country word in it may still place the report.
(2) The Persian pluperfect of a verb of saying ("به بی‌بی‌سی گفته بود که …",
"رسانه‌ها … خبر داده بودند") leaves the medium spoken to, or speaking, out
of the deed, as the past and the perfect do; Arabic "كان قد قال لوكالة"
and English "had told Reuters" read so already. It is read for the medium
alone: a speaker claiming its own deed in the pluperfect keeps it.
"""

from __future__ import annotations

import pytest

from casts import run


def _agents(text: str, lang: str, etype: str) -> set[str]:
    return {
        f"{a.code}:{a.agent}" for e in run(text, lang).events if e.type == etype for a in e.actors
    }


@pytest.mark.parametrize(
    ("text", "lang", "etype", "owner", "kept"),
    [
        (
            "به گزارش خبرگزاری آوا، ارگان خبری انجمن مدافعان حقوق بشر، "
            "ده کارگر معترض در تهران دست به تجمع زدند.",
            "fa",
            "PROTEST",
            "OPP",
            "LAB",
        ),
        (
            "به گزارش روزنامه صبح، وابسته به سپاه پاسداران، روز دوشنبه "
            "پلیس ده دانشجو را در شیراز بازداشت کرد.",
            "fa",
            "COERCE",
            "MIL",
            "COP",
        ),
        (
            "وبحسب وكالة أنباء محلية، التابعة للجيش الوطني الليبي، "
            "قتل عشرة مدنيين في قصف على بنغازي.",
            "ar",
            "ASSAULT",
            "MIL",
            "CVL",
        ),
        (
            "وبحسب وكالة فارس، المقربة من الحرس الثوري، اعتقلت الشرطة الإيرانية عشرة طلاب في شيراز.",
            "ar",
            "COERCE",
            "MIL",
            "COP",
        ),
        (
            "According to Fars, affiliated with the Revolutionary Guards, "
            "Iranian police arrested ten students in Shiraz.",
            "en",
            "COERCE",
            "MIL",
            "COP",
        ),
    ],
)
def test_medium_owner_in_apposition_is_no_side(
    text: str, lang: str, etype: str, owner: str, kept: str
) -> None:
    agents = _agents(text, lang, etype)
    assert any(a.endswith(":" + kept) for a in agents), "the deed keeps its own sides"
    assert not any(a.endswith(":" + owner) for a in agents)


def test_apposition_keeps_its_country() -> None:
    """The owner goes, the country it is placed in still places the report."""
    text = (
        "به گزارش خبرگزاری آوا، ارگان خبری یک انجمن مدافع حقوق بشر در ایران، "
        "روز دوشنبه ده کارگر معترض توسط پلیس بازداشت شدند."
    )
    agents = _agents(text, "fa", "COERCE")
    assert "IRN:COP" in agents
    assert not any(a.endswith(":NGO") for a in agents)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "side"),
    [
        # "nearly" is no apposition: the workers counted are the protesters
        (
            "به گزارش ایرنا، نزدیک به پنجاه کارگر، روز شنبه مقابل مجلس تجمع کردند.",
            "fa",
            "PROTEST",
            "LAB",
        ),
        (
            "According to police, close to fifty workers, most of them miners, "
            "protested outside parliament.",
            "en",
            "PROTEST",
            "LAB",
        ),
        # a body described after a comma that is not a cited medium's clause
        (
            "اعتقلت قوات الحرس الثوري، التابعة للمرشد، عشرة طلاب في شيراز.",
            "ar",
            "COERCE",
            "MIL",
        ),
    ],
)
def test_no_apposition_keeps_the_side(text: str, lang: str, etype: str, side: str) -> None:
    assert any(a.endswith(":" + side) for a in _agents(text, lang, etype))


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        (
            "پیش از این یک مقام محلی به بی‌بی‌سی گفته بود که "
            "همه بخش‌های شهر به دست طالبان افتاده است.",
            "fa",
            "ASSAULT",
        ),
        (
            "رسانه‌های محلی از حمله پهپادی به یک نفتکش در دریای عمان خبر داده بودند.",
            "fa",
            "ASSAULT",
        ),
        (
            "وكان مسؤول محلي قد قال لوكالة رويترز إن مسلحين هاجموا نقطة تفتيش في قندهار.",
            "ar",
            "ASSAULT",
        ),
        (
            "A local official had told the BBC that gunmen attacked a checkpoint in Kandahar.",
            "en",
            "ASSAULT",
        ),
    ],
)
def test_pluperfect_saying_leaves_the_medium_out(text: str, lang: str, etype: str) -> None:
    agents = _agents(text, lang, etype)
    assert agents, "the deed told is still read"
    assert not any(a.endswith(":MED") for a in agents)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طالبان مدعی شده بود که مرکز شهر قندوز را تصرف کرده است.", "fa"),
        ("طالبان گفته بودند که به یک پاسگاه در قندوز حمله کرده‌اند.", "fa"),
        ("The Taliban had claimed that they seized the city of Kunduz.", "en"),
    ],
)
def test_pluperfect_claim_of_own_deed_keeps_the_doer(text: str, lang: str) -> None:
    """The pluperfect is read for the medium alone, not as a verb of saying
    everywhere: the Taliban claiming their own capture stay its doer."""
    assert "AFG:REB" in _agents(text, lang, "ASSAULT")


def test_pluperfect_medium_that_is_the_target_stays() -> None:
    """A medium struck, not told to, stays the target."""
    text = "نیروهای امنیتی گفته بودند که دفتر روزنامه شرق را بستند و ده خبرنگار را بازداشت کردند."
    agents = _agents(text, "fa", "COERCE")
    assert any(a.endswith(":MED") for a in agents)
