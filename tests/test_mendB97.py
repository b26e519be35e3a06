"""An apodosis head with no condition before it (mendB97; sentences written
for these tests or taken from the round 96 review's probes).

nonevent96's heads ("would have", "could have", "might have") hid the bare
modal inside them ("would": planned; "could", "might": a guess; "would
not": a denial) and, with no condition in their sentence, were read as
nothing, so the deed they govern read as done. Such a head now gives way to
the modal it hid (``extract/apodosis.py``). "Had X not …", "Without X, …"
(en) and "لولا/ولولا" (ar) count as the condition of an apodosis
(``status.APODOSIS_CONDITIONS``, ``status.APODOSIS_INVERSIONS``).
Guards: deeds told as done beside the same words stay.
"""

from __future__ import annotations

import pytest

from casts import run


def _statuses(text: str, lang: str, etype: str) -> set[str]:
    return {e.status for e in run(text, lang).events if e.type == etype}


# a guess with no condition: main 548cf38a reads each as done (reported)
GUESSED = [
    ("en", "Iran might have attacked the tanker, a US official said.", "ASSAULT"),
    ("en", "Russia could have sent weapons to Iran, analysts said.", "AID"),
    ("en", "Israel could have struck the convoy near Damascus, a source said.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), GUESSED)
def test_unanswered_guess_is_not_done(lang: str, text: str, etype: str) -> None:
    assert "reported" not in _statuses(text, lang, etype)


# "would (not) have" with no condition reads as bare "would (not)" did before
# round 96: main 548cf38a reads each as reported
MODAL = [
    ("en", "Iraq would have attacked the Kurdish region.", "ASSAULT", "planned"),
    ("en", "Turkey would've sent troops to Libya.", "MOBILIZE", "planned"),
    ("en", "Iraq would not have attacked the Kurdish region.", "ASSAULT", "negated"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), MODAL)
def test_unanswered_would_reads_as_the_modal(lang: str, text: str, etype: str, status: str) -> None:
    assert _statuses(text, lang, etype) == {status}


# a condition of its own kind before the apodosis: main 548cf38a reads each
# deed as done; Persian tells it by the verb's mood (a guard)
UNREAL = [
    ("en", "Had Iran not intervened, Iraq would have attacked the Kurdish region.", "ASSAULT"),
    ("en", "Had the rebels not withdrawn, the army would have shelled the town.", "ASSAULT"),
    ("en", "Without Iranian help, Syria would have attacked the rebels in Idlib.", "ASSAULT"),
    ("ar", "لولا تدخل قطر لتم إعدام الرهائن الأمريكيين.", "COERCE"),
    ("ar", "ولولا وساطة مصر لقامت إسرائيل بقصف غزة.", "ASSAULT"),
    ("fa", "اگر ایران دخالت نمی‌کرد، عراق به منطقه کردستان حمله می‌کرد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), UNREAL)
def test_unreal_apodosis_after_its_condition(lang: str, text: str, etype: str) -> None:
    assert "reported" not in _statuses(text, lang, etype)


# guards: deeds told as done beside the same words
DONE = [
    ("en", "Iran had attacked the tanker before the talks.", "ASSAULT"),
    ("en", "Without warning, Israel attacked the convoy near Damascus.", "ASSAULT"),
    ("ar", "قامت إسرائيل بقصف غزة أمس.", "ASSAULT"),
    ("ar", "تم إعدام الرهائن الأمريكيين في سوريا.", "COERCE"),
    ("ar", "ولولا الضغوط لما توقفت المعارك، وقد قصفت إسرائيل غزة أمس.", "ASSAULT"),
    ("fa", "عراق به منطقه کردستان حمله کرد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_told_deed_stays(lang: str, text: str, etype: str) -> None:
    assert "reported" in _statuses(text, lang, etype)
