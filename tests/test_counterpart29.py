"""The wrong counterpart (counterpart29): a state named only as a place
taken as a side of the event.

An appeal for something to happen in a state ("called for a ceasefire in
Syria") does not ask that state: the article's partner filled in for a
missing side (``selected_sides._add_pair``) keeps the place mark when the
sentence writes it only as a place (``selected_sides._only_a_place``), and
a request that may name its asker alone (``party_traits.one_sided``) leaves it
out (``request_addressee.pair_kept``). A state praised or blamed through what
happens in it ("praised the elections in Tunisia") stays the side judged.

Arabic reports no request with one side named (no ``ONE_SIDED_TYPES``):
there the place stays, as the event would be lost without it.

Parallel sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

_PLACE_OF_APPEAL = [
    # places38ar: the appeal stands alone (extract/scene_targets.py)
    ("ar", "دعا وزير الخارجية الإيطالي إلى وقف القتال في ليبيا.", "ITA", "LBY"),
    ("fa", "وزیر خارجه ایتالیا خواستار توقف درگیری‌ها در لیبی شد.", "ITA", "LBY"),
    ("en", "Italy's foreign minister called for an end to the fighting in Libya.", "ITA", "LBY"),
    ("ar", "طالب الرئيس الروسي بإنهاء أعمال العنف في فنزويلا.", "RUS", "VEN"),
    ("fa", "رئیس جمهور روسیه خواستار پایان خشونت‌ها در ونزوئلا شد.", "RUS", "VEN"),
    ("en", "The Russian president called for an end to the violence in Venezuela.", "RUS", "VEN"),
]


@pytest.mark.parametrize(("lang", "text", "asker", "place"), _PLACE_OF_APPEAL)
def test_place_of_an_appeal_is_not_asked(lang: str, text: str, asker: str, place: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang), "REQUEST")}
    assert asker in codes
    assert place not in codes


_PLACE_JUDGED = [
    ("ar", "أشاد وزير الخارجية الإيطالي بنجاح الانتخابات في تونس.", "TUN"),
    ("fa", "وزیر خارجه ایتالیا از موفقیت انتخابات در تونس تمجید کرد.", "TUN"),
    pytest.param(
        "en",
        "Italy's foreign minister praised the success of the elections in Tunisia.",
        "TUN",
        marks=pytest.mark.xfail(strict=True, reason="English reads no praise of a success"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "judged"), _PLACE_JUDGED)
def test_state_praised_through_its_place_stays(lang: str, text: str, judged: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang), "SUPPORT")}
    assert {"ITA", judged} <= codes


# Gunmen of no country take the nearest state the sentence names, a topic
# too (``participants._Sentence.weak_states``): keeping topics there lets
# "حکومت این کشور" find the state talked about, so the flag's state stays
# the gunmen's.
_GUNMEN_PLACED = pytest.mark.xfail(strict=True, reason="unplaced gunmen take the flag's state")

# The flag a ship sails under names its registry, not a side
# (``context.TOPIC_HEADS``: "تحت پرچم", "تحت علم", "under the flag of").
_FLAG_OF_SHIP = [
    ("ar", "تعرضت ناقلة نفط إسرائيلية تبحر تحت علم ليبيريا لهجوم.", "ISR", "LBR"),
    ("fa", "نفتکش اسرائیلی که تحت پرچم لیبریا در حرکت بود هدف حمله قرار گرفت.", "ISR", "LBR"),
    (
        "en",
        "An Israeli-managed tanker sailing under the flag of Liberia was attacked.",
        "ISR",
        "LBR",
    ),
    pytest.param(
        "ar",
        "هاجم مسلحون سفينة شحن يونانية ترفع علم بنما قبالة سواحل نيجيريا.",
        "GRC",
        "PAN",
        marks=_GUNMEN_PLACED,
    ),
    pytest.param(
        "fa",
        "مردان مسلح به یک کشتی باری یونانی با پرچم پاناما حمله کردند.",
        "GRC",
        "PAN",
        marks=_GUNMEN_PLACED,
    ),
    pytest.param(
        "en",
        "Gunmen attacked a Greek cargo ship flying the flag of Panama.",
        "GRC",
        "PAN",
        marks=_GUNMEN_PLACED,
    ),
]


@pytest.mark.parametrize(("lang", "text", "owner", "flag"), _FLAG_OF_SHIP)
def test_flag_state_is_no_side(lang: str, text: str, owner: str, flag: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang), "ASSAULT")}
    assert owner in codes
    assert flag not in codes


# What talks are about is no side (``extract/topic_span.py``): a state named
# anywhere behind "درباره", "بشأن", "about" up to the verb or the clause's end.
_NO_LONE_MEETING = pytest.mark.xfail(
    strict=True, reason="a meeting needs two sides here: the topic fills the second"
)
_TALKED_ABOUT = [
    pytest.param(
        "ar",
        "بحث وزير الداخلية العراقي مع محافظ البصرة بشأن خطة انسحاب القوات التركية من شمال العراق.",
        marks=_NO_LONE_MEETING,
    ),
    (
        "fa",
        "وزیر کشور عراق با استاندار بصره درباره طرح خروج نیروهای ترکیه از شمال عراق گفت‌وگو کرد.",
    ),
    pytest.param(
        "en",
        "Iraq's interior minister held talks with the governor of Basra about the plan for the "
        "withdrawal of Turkish forces from northern Iraq.",
        marks=_NO_LONE_MEETING,
    ),
]


@pytest.mark.parametrize(("lang", "text"), _TALKED_ABOUT)
def test_state_talked_about_is_no_side(lang: str, text: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang), "CONSULT")}
    assert codes == {"IRQ"}


_PARTNERS_KEPT = [
    ("ar", "تحدث وزير الخارجية الإيراني مع نظيره العماني بشأن الاتفاق مع أمريكا."),
    ("fa", "وزیر خارجه ایران با همتای عمانی خود درباره توافق با آمریکا گفت‌وگو کرد."),
    ("en", "Iran's foreign minister spoke with his Omani counterpart about the deal with America."),
]


@pytest.mark.parametrize(("lang", "text"), _PARTNERS_KEPT)
def test_sides_before_the_topic_stay(lang: str, text: str) -> None:
    assert {"IRN", "OMN"} <= {c.split(":")[0] for c in cast(run(text, lang), "CONSULT")}


def test_bound_about_preposition_needs_its_word() -> None:
    """ "در مورد" opens a topic; "مورد" alone ("مورد توافق", agreed upon) does not."""
    from diplowatch.extract.topic_span import _opens_topic

    about, bound = frozenset({"مورد", "درباره"}), frozenset({"در مورد"})
    assert _opens_topic("مورد", "در", about, bound)
    assert not _opens_topic("مورد", "چارچوب", about, bound)
    assert _opens_topic("درباره", "", about, bound)
