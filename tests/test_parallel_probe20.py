"""Parallel probe sentences, round 20: one event told in Arabic, Persian
and English reads the same in all three (sentences written for these tests).

Each triple (or pair, where the third language still differs and is left
alone) was read differently in one language before:

- a Persian compound negated in the future on its auxiliary ("تحویل
  نخواهد داد", "امضا نخواهند کرد", "خارج نخواهد کرد") was no event at all,
  where Arabic "لن" and English "will not" give a negated one; the
  agreement noun that is its object is negated with it;
- a deed noun quantified under a negation ("has not received any aid", "لم
  يتلق أي مساعدات") was told as done;
- the verb of a deed noun told of nothing ("no agreement was signed") was
  a second, reported event;
- English "received aid from France" was a reception of France;
- an army with a possessive clitic ("ارتشش", "جيشه") took the country of
  the villages it shelled;
- an Arabic deed noun after a planned or negated verb of its type ("سترسل
  … المساعدات", "لم تفرض … عقوبات") was a second, reported event;
- English "received Iranian weapons" was a reception of Iran, and "is due
  to arrive in Damascus" no visit;
- sanctions lifted in Arabic ("رفع … العقوبات") were also sanctions
  imposed, and Persian "اتحاد اروپا" was not the EU;
- English flights suspended to a country had no other side, accusations
  "dismissed" were no rejection, and extradition ("extradited", "مسترد
  کرد") was no deed at all;
- Arabic talks told with "تحدث … مع نظيره" (spoke with his counterpart)
  were no talks;
- hostages taken ("is holding … hostage", "تحتجز … رهائن") were no attack in
  English and a detention in Arabic (PLOVER ASSAULT: abduct).
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

NO_WEAPONS = {("AID", "negated", (("DEU", None), ("UKR", None)))}
NO_PULLOUT = {("RETREAT", "negated", (("ISR", "MIL"), ("LBN", None)))}
NO_SIGNING = {("AGREE", "negated", (("IRQ", None), ("KWT", None)))}
# the giver acts first, whom it is given to second (sides23: received.py)
NO_AID = {("AID", "negated", (("FRA", None), ("LBN", None)))}
AID = {("AID", "reported", (("FRA", None), ("LBN", None)))}
DENIED_SHELLING = {("ASSAULT", "negated", (("TUR", "MIL"), ("SYR", None)))}
QATAR_AID = {("AID", "planned", (("QAT", None), ("SYR", None)))}
NO_SANCTIONS = {("SANCTION", "negated", (("USA", None), ("IRN", None)))}
NEW_SANCTIONS = {("THREATEN", "planned", (("USA", None), ("IRN", None)))}
FLIGHTS = {("SANCTION", "reported", (("SAU", None), ("LBN", None)))}
HOSTAGES = {("ASSAULT", "reported", (("NGA", "REB"), ("NGA", "CVL")))}
SPOKE = {("CONSULT", "reported", (("EGY", "GOV"), ("JOR", "GOV")))}
DISMISSED = {("REJECT", "reported", (("IRN", None),))}
LIFTED = {("CONCEDE", "reported", (("EU", None), ("SYR", None)))}
ARRIVAL = {("CONSULT", "planned", (("JOR", "GOV"), ("SYR", None)))}

CASES = [
    ("Germany will not deliver weapons to Ukraine.", "en", NO_WEAPONS),
    ("لن ترسل ألمانيا أسلحة إلى أوكرانيا.", "ar", NO_WEAPONS),
    ("آلمان به اوکراین سلاح ارسال نخواهد کرد.", "fa", NO_WEAPONS),
    ("Israel will not withdraw its troops from southern Lebanon.", "en", NO_PULLOUT),
    ("لن تسحب إسرائيل قواتها من جنوب لبنان.", "ar", NO_PULLOUT),
    ("اسرائیل نیروهایش را از جنوب لبنان خارج نخواهد کرد.", "fa", NO_PULLOUT),
    ("Iraq and Kuwait will not sign the border agreement.", "en", NO_SIGNING),
    ("لن يوقع العراق والكويت اتفاقية الحدود.", "ar", NO_SIGNING),
    ("عراق و کویت توافقنامه مرزی را امضا نخواهند کرد.", "fa", NO_SIGNING),
    ("No agreement was signed between Iraq and Kuwait.", "en", NO_SIGNING),
    ("لم يتم توقيع أي اتفاق بين العراق والكويت.", "ar", NO_SIGNING),
    ("هیچ توافقی میان عراق و کویت امضا نشد.", "fa", NO_SIGNING),
    ("Lebanon has not received any aid from France.", "en", NO_AID),
    ("لم يتلق لبنان أي مساعدات من فرنسا.", "ar", NO_AID),
    ("Lebanon received aid from France.", "en", AID),
    ("تلقى لبنان مساعدات من فرنسا.", "ar", AID),
    ("Turkey denied that its army had shelled Syrian villages.", "en", DENIED_SHELLING),
    ("نفت تركيا أن يكون جيشها قد قصف قرى في سوريا.", "ar", DENIED_SHELLING),
    (
        "ترکیه تکذیب کرد که ارتشش روستاهای سوریه را گلوله‌باران کرده است.",
        "fa",
        DENIED_SHELLING,
    ),
    ("Qatar announced that it would send 100 tons of aid to Syria.", "en", QATAR_AID),
    ("أعلنت قطر أنها سترسل 100 طن من المساعدات إلى سوريا.", "ar", QATAR_AID),
    ("قطر اعلام کرد ۱۰۰ تن کمک به سوریه ارسال خواهد کرد.", "fa", QATAR_AID),
    ("The United States did not impose new sanctions on Iran.", "en", NO_SANCTIONS),
    ("لم تفرض الولايات المتحدة عقوبات جديدة على إيران.", "ar", NO_SANCTIONS),
    ("The United States will impose new sanctions on Iran.", "en", NEW_SANCTIONS),
    ("ستفرض الولايات المتحدة عقوبات جديدة على إيران.", "ar", NEW_SANCTIONS),
    ("آمریکا تحریم‌های جدیدی علیه ایران اعمال خواهد کرد.", "fa", NEW_SANCTIONS),
    ("The Jordanian foreign minister is due to arrive in Damascus on Sunday.", "en", ARRIVAL),
    ("من المنتظر أن يصل وزير الخارجية الأردني إلى دمشق يوم الأحد.", "ar", ARRIVAL),
    ("قرار است وزیر امور خارجه اردن روز یکشنبه وارد دمشق شود.", "fa", ARRIVAL),
    ("Syria denied that it had received Iranian weapons.", "en", set()),
    ("The European Union lifted sanctions on Syria.", "en", LIFTED),
    ("رفع الاتحاد الأوروبي العقوبات عن سوريا.", "ar", LIFTED),
    ("رفع الاتحاد الأوروبي العقوبات المفروضة على سوريا.", "ar", LIFTED),
    ("اتحاد اروپا تحریم‌های سوریه را لغو کرد.", "fa", LIFTED),
    ("Saudi Arabia suspended flights to Lebanon.", "en", FLIGHTS),
    ("علقت السعودية الرحلات الجوية إلى لبنان.", "ar", FLIGHTS),
    ("عربستان پروازها به لبنان را تعلیق کرد.", "fa", FLIGHTS),
    ("The Egyptian foreign minister spoke with his Jordanian counterpart about Gaza.", "en", SPOKE),
    ("تحدث وزير الخارجية المصري مع نظيره الأردني بشأن غزة.", "ar", SPOKE),
    ("وزیر امور خارجه مصر با همتای اردنی خود درباره غزه گفتگو کرد.", "fa", SPOKE),
    ("تحدث الرئيس المصري عن العلاقات مع الأردن.", "ar", set()),
    ("Boko Haram is holding dozens of women and children hostage.", "en", HOSTAGES),
    ("تحتجز جماعة بوكو حرام عشرات النساء والأطفال رهائن.", "ar", HOSTAGES),
    ("گروه بوکوحرام ده‌ها زن و کودک را به گروگان گرفته است.", "fa", HOSTAGES),
    ("Tehran dismissed the accusations as baseless.", "en", DISMISSED),
    ("رفضت طهران الاتهامات ووصفتها بأنها لا أساس لها.", "ar", DISMISSED),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey extradited a Syrian citizen to Damascus.", "en"),
        ("ترکیه یک شهروند سوری را به دمشق مسترد کرد.", "fa"),
    ],
)
def test_extradition_coerces(text: str, lang: str) -> None:
    assert {(etype, actors[0]) for etype, _, actors in read(text, lang)} == {
        ("COERCE", ("TUR", None))
    }


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_parallel_reading(text: str, lang: str, expected: Reading) -> None:
    assert read(text, lang) == expected


def test_negated_present_compound_gives_no_event() -> None:
    # a habit stated in the negated present is no event (tried: mostly habits)
    assert read("ترکیه از این طرح حمایت نمی کند.", "fa") == set()


def test_own_army_keeps_its_owner_before_a_country_after() -> None:
    # "جيشه" is the Turkish president's army, not the Syrian villages'
    readings = read("قال الرئيس التركي إن جيشه قصف قرى سورية.", "ar")
    assert any(("TUR", "MIL") in actors for _, _, actors in readings)


def test_any_without_negation_is_no_denial() -> None:
    # "any" alone is "whichever": a stated threat, not a denied attack
    readings = read("Iran will respond to any attack by Israel.", "en")
    assert all(status != "negated" for _, status, _ in readings)


def test_received_guest_is_still_a_meeting() -> None:
    assert read("Erdogan received William Ruto in Ankara.", "en") == {
        ("CONSULT", "reported", (("TUR", "GOV"), ("KEN", "GOV")))
    }


def test_a_dispersed_sit_in_was_held() -> None:
    # only a deed undone (lifted, eased) is no event of its own
    readings = read("فضت قوات الأمن المصرية اعتصام المعارضين في القاهرة.", "ar")
    assert "PROTEST" in {etype for etype, _, _ in readings}


def test_hostages_freed_are_no_new_hostage_taking() -> None:
    # the captivity of those freed is the release's background
    readings = read("The Houthis freed two Saudi pilots held hostage since 2019.", "en")
    assert "ASSAULT" not in {etype for etype, _, _ in readings}
