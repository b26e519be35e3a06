"""Mends to officials111's names set off by commas and envoys' postings (mendB111).

officials111 learnt any two or three words between commas after a title as
its holder's name, so an aside of time or manner ("، الخميس الماضي،", "، مرة
أخرى،", "، بلهجة حادة،", "، المعترف به دوليا،") became the official, and
the phrase written again later made him a side of other deeds. A comma-set
name must now look like a name: no ordinary word (``APPOSED_NAME_STOPWORDS``),
no word with the article unless a given name or "عبد"/"أبو" opens it. An
envoy's posting is now read only behind a link ("لدى", "في") or a glued "ب"
with the name set off by commas: a state right after the title is a verb's
object ("دعا السفير التركي اليونان لوقف …"), and a "former" word after the
posting makes the envoy out of office. Persian and English sentences guard
that those languages are unchanged. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

Actor = tuple[str | None, str | None, str | None, str | None]


def _events(text: str) -> list[tuple[str, list[Actor]]]:
    """(type, [(code, agent, name, role)]) of each event of ``text``."""
    record = process(Document(doc_id="mendB111", text=text, title=None)).to_dict()
    return [
        (e["type"], [(a["code"], a["agent"], a["name"], a["role"]) for a in e["actors"]])
        for e in record["events"]
    ]


def _actors(text: str, etype: str) -> list[Actor]:
    return [a for t, actors in _events(text) if t == etype for a in actors]


@pytest.mark.parametrize(
    ("text", "etype", "absent"),
    [
        # main: the Japanese minister ("الخميس الماضي") a target of the strike
        (
            "صرح وزير الخارجية الياباني، الخميس الماضي، بأن طوكيو ترفض التجارب "
            "النووية. وقصفت القوات الروسية الخميس الماضي مواقع في أوكرانيا.",
            "ASSAULT",
            "JPN",
        ),
        # main: the Dutch minister ("مرة أخرى") the target of the attack
        (
            "قال وزير الخارجية الهولندي، مرة أخرى، إن لاهاي تدعم المحكمة "
            "الدولية. وهاجمت إسرائيل مرة أخرى مخيم جنين.",
            "ASSAULT",
            "NLD",
        ),
    ],
)
def test_aside_repeated_is_no_official(text: str, etype: str, absent: str) -> None:
    assert all(a[0] != absent for a in _actors(text, etype))


@pytest.mark.parametrize(
    ("text", "etype", "doer"),
    [
        # main: named "بلهجة حادة"
        (
            "وانتقد وزير الخارجية البلجيكي، بلهجة حادة، روسيا بسبب الحرب.",
            "ACCUSE",
            ("BEL", "GOV", None, "foreign_minister"),
        ),
        # main: named "المعترف به دوليا"
        (
            "ودعا رئيس الوزراء الليبي، المعترف به دوليا، تركيا إلى دعم الحوار.",
            "REQUEST",
            ("LBY", "GOV", None, "head_of_government"),
        ),
        # main: the state right after the title read as his posting, named "لوقف الاستفزازات"
        (
            "دعا السفير التركي اليونان لوقف الاستفزازات في بحر إيجه.",
            "REQUEST",
            ("TUR", "GOV", None, "ambassador"),
        ),
        # main: a glued "ب" object read as his posting, named "شريكا موثوقا"
        (
            "أشاد السفير الإيطالي بمصر شريكا موثوقا في المتوسط.",
            "SUPPORT",
            ("ITA", "GOV", None, "ambassador"),
        ),
        # main: "السابق" after the posting skipped but the envoy kept as GOV
        (
            "وقال السفير البريطاني في العراق السابق جون ويلكس إن لندن أخطأت. "
            "وانتقد ويلكس الحكومة العراقية.",
            "ACCUSE",
            ("GBR", None, "ويلكس", "ambassador"),
        ),
    ],
)
def test_aside_or_object_is_no_name(text: str, etype: str, doer: Actor) -> None:
    assert doer in _actors(text, etype)


@pytest.mark.parametrize(
    ("text", "etype", "doer"),
    [
        # a name opened by "عبد" keeps its article word
        (
            "قال وزير خارجية جيبوتي، عبد القادر حسين، إن بلاده ترفض التدخل. "
            "وانتقد حسين إريتريا بشدة.",
            "ACCUSE",
            ("DJI", "GOV", "حسين", "foreign_minister"),
        ),
        # a glued "ب" posting with the name set off by commas is still read
        (
            "وقال السفير الهولندي ببرلين، مارتن فريس، إن بلاده تدعم ألمانيا. "
            "وانتقد فريس روسيا بسبب الحرب.",
            "ACCUSE",
            ("NLD", "GOV", "فريس", "ambassador"),
        ),
    ],
)
def test_names_still_learnt(text: str, etype: str, doer: Actor) -> None:
    assert doer in _actors(text, etype)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        (
            "وزیر خارجه هلند، روز پنجشنبه، گفت که لاهه از دادگاه حمایت می‌کند. "
            "اسرائیل روز پنجشنبه به جنین حمله کرد.",
            "ASSAULT",
            ("PSE", None, None, None),
        ),
        (
            "The Dutch foreign minister, once again, said The Hague backs the court. "
            "Israel once again attacked Jenin.",
            "ASSAULT",
            ("PSE", None, None, None),
        ),
    ],
)
def test_other_languages_unchanged(text: str, etype: str, actor: Actor) -> None:
    assert actor in _actors(text, etype)
    assert all(a[0] != "NLD" for a in _actors(text, etype))
