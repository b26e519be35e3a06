"""Round 80 (later80ar): a later moment told in a past story is no future.
Arabic "في وقت لاحق" opening its clause with "and" ("وفي وقت لاحق، زار …")
or closed by a comma after the verb it dates ("قالت الشرطة في وقت لاحق،
إن …") tells the story's next step, and the deed is reported
(``extract/status._told_in_sequence``, ``status.SEQUENCE_CUES``). After a
future or present verb, or before a time of now ("في وقت لاحق هذا
الشهر"), it still plans. Persian "بعدا/بعدها" and English "later" were
never read as a plan: their cases guard that."""

from __future__ import annotations

import pytest

from event_statuses import statuses

# A later step of a past story: the deed is done.
TOLD_LATER = [
    ("ar", "وفي وقت لاحق، زار وزير الخارجية المصري سامح شكري الرياض.", "CONSULT"),
    ("ar", "وفي وقت لاحق التقى وزير الخارجية المصري نظيره الأردني في عمان.", "CONSULT"),
    ("ar", "قالت الشرطة المصرية في وقت لاحق، إنها اعتقلت ثلاثة متظاهرين في القاهرة.", "COERCE"),
    ("fa", "بعدا وزیر امور خارجه مصر به ریاض سفر کرد.", "CONSULT"),
    ("fa", "بعدها پلیس ایران سه معترض را در تهران بازداشت کرد.", "COERCE"),
    ("en", "Later, Egyptian Foreign Minister Sameh Shoukry visited Riyadh.", "CONSULT"),
    ("en", "Police later said that they arrested three protesters in Cairo.", "COERCE"),
]

# A later moment still to come: the deed is planned.
STILL_AHEAD = [
    ("ar", "قالت الخارجية إن وزير الخارجية المصري سيزور الرياض في وقت لاحق.", "CONSULT"),
    ("ar", "أعلنت الرئاسة أن الرئيس المصري يزور الرياض في وقت لاحق هذا الشهر.", "CONSULT"),
    ("ar", "وقالت الرئاسة إن الرئيس المصري يزور الرياض في وقت لاحق.", "CONSULT"),
    ("fa", "وزیر امور خارجه مصر بعدا به ریاض سفر خواهد کرد.", "CONSULT"),
    ("en", "Egyptian Foreign Minister Sameh Shoukry will visit Riyadh later.", "CONSULT"),
    ("en", "Egypt's president will visit Riyadh later this month.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_LATER)
def test_a_later_step_of_a_past_story_is_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_AHEAD)
def test_a_later_moment_to_come_is_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}
