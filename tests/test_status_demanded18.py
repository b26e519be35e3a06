"""A deed one side says another must do: a demand, not a deed done (modal18).

"Y must/should/has to do Z", "يجب على Y", "قال إن على Y", "لازم است … شود":
the deed Z is not reported (``status.OBLIGATION_CUES``: "has to", "needs
to", Arabic "إن على"; Persian "بایستی", "لازم است"), and when a speaker names the one who must act the
sentence tells a REQUEST (PLOVER: demand, urge) by the speaker of that side
(``extract/demanded.demanded_of``). Its sides are the speaker and the
addressee, not the actors of the deed demanded; with no speaker named there
is no REQUEST. (Persian "Y باید" is left out: on the training part half of
its demands named a wrong side.) Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, str, frozenset[str | None]]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [(e.type, e.status, frozenset(a.code for a in e.actors)) for e in record.events]


NOT_DONE = [
    ("ar", "وأكد الرئيس المصري أن على إسرائيل الانسحاب من قطاع غزة فورا.", "RETREAT"),
    ("ar", "قال الرئيس الأمريكي إن على حماس إطلاق سراح الرهائن المحتجزين.", "CONCEDE"),
    (
        "en",
        "Iran has to cooperate with the IAEA, the German chancellor said on Monday.",
        "COOPERATE",
    ),
    ("en", "The Egyptian president said Hamas needs to release the hostages.", "CONCEDE"),
    ("en", "The foreign minister said Washington has to negotiate with Tehran.", "CONSULT"),
    (
        "en",
        "Saudi Arabia needs to end its attacks on Yemen, the Iranian spokesman said.",
        "ASSAULT",
    ),
    (
        "en",
        "Israel has to allow humanitarian aid into Gaza, the EU foreign policy chief said.",
        "AID",
    ),
    ("fa", "وزیر خارجه گفت لازم است مذاکرات ایران و آمریکا از سر گرفته شود.", "CONSULT"),
    ("fa", "سخنگوی دولت گفت بایستی مذاکرات ایران و آمریکا هرچه زودتر برگزار شود.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "deed"), NOT_DONE)
def test_a_deed_someone_must_do_is_not_reported(lang: str, text: str, deed: str) -> None:
    assert (deed, "reported") not in {(t, s) for t, s, _ in _events(text, lang)}


DEMANDS = [
    (
        "ar",
        "قال وزير الخارجية الفرنسي إنه يجب على إسرائيل وقف الاستيطان في الضفة الغربية.",
        {"FRA", "ISR"},
    ),
    ("ar", "وأكد الرئيس المصري أن على إسرائيل الانسحاب من قطاع غزة فورا.", {"EGY", "ISR"}),
    (
        "ar",
        "شدد رئيس الوزراء العراقي على أنه يجب على تركيا وقف قصف الأراضي العراقية.",
        {"IRQ", "TUR"},
    ),
    (
        "ar",
        "قال الأمين العام للأمم المتحدة إنه ينبغي على روسيا سحب قواتها من أوكرانيا.",
        {"UN", "RUS"},
    ),
    (
        "en",
        "The French foreign minister said Israel must stop building settlements in the West Bank.",
        {"FRA", "ISR"},
    ),
    (
        "en",
        "Russia must withdraw its troops from Ukraine, the UN Secretary-General said.",
        {"UN", "RUS"},
    ),
    (
        "en",
        "Turkey must stop shelling Iraqi territory, the Iraqi prime minister said.",
        {"IRQ", "TUR"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), DEMANDS)
def test_a_named_side_told_it_must_act_is_asked_by_the_speaker(
    lang: str, text: str, sides: set[str]
) -> None:
    requests = [codes for t, s, codes in _events(text, lang) if t == "REQUEST" and s == "reported"]
    assert requests == [frozenset(sides)]


NO_SPEAKER = [
    ("ar", "يجب على إسرائيل الانسحاب من جنوب لبنان."),
    ("ar", "قال المتحدث إنه يتعين على واشنطن التفاوض مع طهران دون شروط."),
    ("en", "Israel must withdraw from southern Lebanon."),
    ("en", "Talks between Iran and the United States should resume next month, analysts said."),
]


def test_a_name_is_no_cue_of_obligation() -> None:
    """ "علي" reads as "على" once normalised: "إن علي خامنئي استقبل" tells a meeting."""
    text = "وقال المتحدث إن علي خامنئي استقبل الرئيس العراقي في طهران يوم الأحد."
    assert ("CONSULT", "reported") in {(t, s) for t, s, _ in _events(text, "ar")}


REPORTED = [
    ("ar", "انسحبت القوات الإسرائيلية من قطاع غزة يوم الاثنين.", "RETREAT"),
    ("en", "Iran cooperated with the IAEA inspectors at the Natanz site on Monday.", "COOPERATE"),
    ("fa", "مذاکرات ایران و آمریکا روز شنبه در مسقط برگزار شد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "deed"), REPORTED)
def test_the_same_deed_told_as_done_is_reported(lang: str, text: str, deed: str) -> None:
    assert (deed, "reported") in {(t, s) for t, s, _ in _events(text, lang)}


@pytest.mark.parametrize(("lang", "text"), NO_SPEAKER)
def test_no_demand_without_a_speaker_and_an_addressee(lang: str, text: str) -> None:
    assert "REQUEST" not in {t for t, _, _ in _events(text, lang)}
