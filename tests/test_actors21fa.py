"""Round 21 (actors21fa): the sides of Persian events, with Arabic and English where cheap.

- A protest's or a deployment's noun with no verb of its own, its doers right after it (the
  ezafe, the construct state, "of"): the subject of the verb it stands under
  (who backs, quells or reports on the strike) is no side of the protest
  (``event_types`` trait ``genitive_doer``, ``extract/parties.py``).
- "ازسوی", "by" written joined, marks the agent of a passive like "از سوی"
  (``context.AGENT_MARKERS``).
- A visit that names one state only and none of its bodies (fishermen going
  home, students touring a factory) is no meeting (``side_event._among_own``).

Sentences written for these tests, in fa, ar and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(lang: str, text: str) -> list[tuple[str, list[str]]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return [
        (e["type"], [f"{a['code'] or '-'}:{a['agent'] or ''}" for a in e["actors"]])
        for e in record["events"]
    ]


def _sides(lang: str, text: str, etype: str) -> list[list[str]]:
    return [actors for t, actors in _events(lang, text) if t == etype]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "اتحادیه‌های عراقی از اعتصاب کارگران نفت ایران حمایت کردند."),
        ("ar", "أيدت النقابات العراقية إضراب عمال النفط الإيرانيين."),
        ("en", "Iraqi unions backed the walkout of the Iranian oil workers."),
    ],
)
def test_who_backs_a_strike_does_not_strike(lang: str, text: str) -> None:
    protests = _sides(lang, text, "PROTEST")
    # English reads the walkout as what was backed, no event of its own
    assert protests or lang == "en"
    assert all(actors[0] == "IRN:LAB" for actors in protests)
    assert not any("IRQ:LAB" in actors for actors in protests)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "در جریان اعتصاب کارگران نفت ایران، پلیس ده نفر را بازداشت کرد."),
        ("ar", "خلال إضراب عمال النفط الإيرانيين، اعتقلت الشرطة عشرة أشخاص."),
        ("en", "During the protest of the Iranian oil workers, the police arrested ten people."),
    ],
)
def test_the_police_after_a_protest_phrase_do_not_protest(lang: str, text: str) -> None:
    protests = _sides(lang, text, "PROTEST")
    assert protests and all(actors[0] == "IRN:LAB" for actors in protests)
    assert not any("IRN:COP" in actors for actors in protests)
    assert any(actors[0] == "IRN:COP" for actors in _sides(lang, text, "COERCE"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر کار مطالبات کارگران را غیرقانونی دانست در حالی که اعتصاب معلمان ادامه داشت."),
        ("ar", "وصف وزير العمل المطالب بأنها غير قانونية بينما استمر إضراب المعلمين."),
        ("en", "The labour minister rejected the demands as the protest of the teachers went on."),
    ],
)
def test_a_minister_speaking_during_a_strike_is_no_striker(lang: str, text: str) -> None:
    protests = _sides(lang, text, "PROTEST")
    # English reads the protest as what was rejected, no event of its own
    assert protests or lang == "en"
    assert all(actors[0] == "-:EDU" for actors in protests)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "یک نفتکش اماراتی ازسوی ایران توقیف شد."),
        ("fa", "یک نفتکش اماراتی از سوی ایران توقیف شد."),
        ("ar", "احتجزت ناقلة إماراتية من قبل إيران."),
        ("en", "An Emirati tanker was seized by Iran."),
    ],
)
def test_the_agent_of_a_passive_seizure_is_its_source(lang: str, text: str) -> None:
    seized = _sides(lang, text, "COERCE")
    assert seized and seized[0][0] == "IRN:"
    assert seized[0][1].startswith("ARE:")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دانشجویان ایرانی از اعتصاب سراسری کارگران نفت حمایت کردند."),
        ("ar", "أيد طلاب إيرانيون إضراب عمال النفط الشامل."),
        ("en", "Iranian students backed the nationwide walkout of the oil workers."),
    ],
)
def test_an_adjective_between_a_strike_and_its_strikers(lang: str, text: str) -> None:
    protests = _sides(lang, text, "PROTEST")
    assert not any(actors[0].endswith(":EDU") for actors in protests)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "قوه قضاییه اعلام نکرد که چند نفر را در جریان اعتراض‌های خوزستان بازداشت کرده است."),
        ("ar", "لم تعلن السلطة القضائية عدد من اعتقلتهم خلال احتجاجات خوزستان."),
        (
            "en",
            "The judiciary did not say how many people it arrested during the protests of Khuzestan.",
        ),
    ],
)
def test_the_judiciary_arresting_during_protests_does_not_protest(lang: str, text: str) -> None:
    protests = _sides(lang, text, "PROTEST")
    assert not any(actors[0] == "IRN:JUD" for actors in protests)
    assert any(actors[0] == "IRN:JUD" for actors in _sides(lang, text, "COERCE"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دانشجویان و کارگران به سمت محل استقرار نیروهای امنیتی میانمار حرکت کردند."),
        ("ar", "توجه الطلاب والعمال نحو مكان انتشار قوات الأمن في ميانمار."),
        (
            "en",
            "Students and workers marched toward the deployment of the security forces of Myanmar.",
        ),
    ],
)
def test_who_walks_to_a_deployment_is_not_deployed(lang: str, text: str) -> None:
    for actors in _sides(lang, text, "MOBILIZE"):
        assert actors == ["MMR:COP"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "این ماهیگیران ایرانی امشب عازم تهران هستند."),
        ("fa", "دانشجویان ایرانی از یک کارخانه داروسازی در تهران بازدید کردند."),
        ("ar", "سيتوجه الصيادون الإيرانيون إلى طهران الليلة."),
        ("ar", "زار طلاب إيرانيون مصنعا للأدوية في طهران."),
        ("en", "The Iranian fishermen will travel to Tehran tonight."),
        ("en", "Iranian students visited a drug factory in Tehran."),
    ],
)
def test_private_people_travelling_at_home_meet_no_one(lang: str, text: str) -> None:
    assert _sides(lang, text, "CONSULT") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه ایران عازم مسکو شد."),
        ("ar", "توجه وزير الخارجية الإيراني إلى موسكو."),
        ("en", "The Iranian foreign minister visited Moscow."),
    ],
)
def test_an_official_visit_abroad_stays(lang: str, text: str) -> None:
    assert ["IRN:GOV", "RUS:"] in _sides(lang, text, "CONSULT")
