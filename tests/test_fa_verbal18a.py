"""Round 18 (fatypes18a): Persian verbal types by construction.

Sanctions, restrictions or a ban lifted or suspended are a concession
(CONCEDE) whatever verbal noun lifts them and however far the object stands
before its verb ("محدودیت‌های واردات از چین را لغو نمود"); cancelling a
visit is none. Opposition stated with the adjective and a copula ("با حضور
نیروهای خارجی مخالف است") is a refusal (REJECT); "مخالف" as "opponents"
is none. An envoy summoned to the foreign ministry in the passive ("به وزارت
خارجه فراخوانده شد") is a protest (ACCUSE), not a recall of one's own
envoy. The signed participle written as one word ("امضاشده") is the signing
its spaced form is. "به توافق نرسیدند" negates the agreement. Disagreement
with a negated copula ("موافق نیست") refuses; a stance declared as one's own
("پشتیبانی کامل خود را … اعلام کرد", "نگرانی عمیق خود را … ابراز کرد") is
the event its noun names ("توان پشتیبانی خود" is none); a guest welcomed on
arrival ("در بدو ورود … مورد استقبال … قرار گرفت") is a visit, a proposal
welcomed is none; a deed called piracy or bullying, or a side called a
threat to peace, is criticised; an official leaving his capital "را به مقصد"
another visits it, a tanker bound for a port does not.
Every sentence is written for these tests; Arabic and English say the same
with their own words."""

from __future__ import annotations

import pytest

from casts import cast, run, types


@pytest.mark.parametrize(
    ("text", "lang", "lifter", "other"),
    [
        ("ژاپن محدودیت‌های واردات از چین را لغو نمود.", "fa", "JPN", "CHN"),
        ("دولت عراق ممنوعیت ورود زائران ایرانی را لغو کرد.", "fa", "IRQ", "IRN"),
        ("آمریکا تحریم‌های نفتی ونزوئلا را لغو کرده است.", "fa", "USA", "VEN"),
        ("آمریکا تعلیق تحریم‌های نفتی ونزوئلا را اعلام کرد.", "fa", "USA", "VEN"),
        ("Japan lifted restrictions on imports from China.", "en", "JPN", "CHN"),
        ("رفعت اليابان القيود المفروضة على الواردات من الصين.", "ar", "JPN", "CHN"),
    ],
)
def test_restrictions_lifted_are_a_concession(
    text: str, lang: str, lifter: str, other: str
) -> None:
    record = run(text, lang)
    codes = {a.split(":")[0] for a in cast(record, "CONCEDE")}
    assert {lifter, other} <= codes
    assert not cast(record, "SANCTION")


def test_a_cancelled_visit_is_no_concession() -> None:
    assert "CONCEDE" not in types("وزیر خارجه ژاپن سفر خود به چین را لغو کرد.", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "opponent"),
    [
        ("دولت عراق با حضور نیروهای خارجی در خاک این کشور مخالف است.", "fa", "IRQ"),
        ("ایران و روسیه با گسترش ناتو به سمت شرق مخالف هستند.", "fa", "RUS"),
        ("ترکیه با عضویت سوئد در ناتو مخالف بود.", "fa", "TUR"),
        ("Iraq opposes any foreign military presence on its soil.", "en", "IRQ"),
        ("العراق يعارض أي وجود عسكري أجنبي على أراضيه.", "ar", "IRQ"),
    ],
)
def test_opposition_with_a_copula_is_a_refusal(text: str, lang: str, opponent: str) -> None:
    assert opponent in {a.split(":")[0] for a in cast(run(text, lang), "REJECT")}


def test_opponents_refuse_nothing() -> None:
    assert "REJECT" not in types("نیروهای مخالف دولت سوریه شهر را ترک کردند.", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "envoy"),
    [
        ("سفیر آلمان به وزارت امور خارجه فراخوانده شد.", "fa", "DEU"),
        ("کاردار سوئیس روز دوشنبه به وزارت خارجه فرا خوانده شد.", "fa", "CHE"),
        ("The German ambassador was summoned to the Iranian foreign ministry.", "en", "DEU"),
        ("استدعت وزارة الخارجية الإيرانية السفير الألماني.", "ar", "DEU"),
    ],
)
def test_an_envoy_summoned_is_a_protest(text: str, lang: str, envoy: str) -> None:
    record = run(text, lang)
    assert f"{envoy}:GOV" in cast(record, "ACCUSE")
    assert not cast(record, "SANCTION")


def test_an_envoy_recalled_still_cuts_ties() -> None:
    assert "SANCTION" in types("آلمان سفیر خود را از تهران فراخواند.", "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قرارداد امضاشده میان ایران و چین روز شنبه به مجلس ارسال شد.", "fa"),
        ("The agreement signed between Iran and China was sent to parliament.", "en"),
    ],
)
def test_a_signed_participle_is_a_signing(text: str, lang: str) -> None:
    assert {"IRN", "CHN"} <= {a.split(":")[0] for a in cast(run(text, lang), "AGREE")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("روسیه و اوکراین بر سر تبادل اسرا به توافق نرسیدند.", "fa"),
        ("لم تتوصل روسيا وأوكرانيا إلى اتفاق بشأن تبادل الأسرى.", "ar"),
        ("Russia and Ukraine failed to reach an agreement on a prisoner exchange.", "en"),
    ],
)
def test_an_agreement_not_reached_is_negated(text: str, lang: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "AGREE"}
    assert statuses == {"negated"}


@pytest.mark.parametrize(
    ("text", "lang", "opponent"),
    [
        ("روسیه با استقرار موشک‌های آمریکایی در اروپا موافق نیست.", "fa", "RUS"),
        ("دولت ترکیه با عضویت سوئد در ناتو موافق نبود.", "fa", "TUR"),
    ],
)
def test_disagreement_with_a_negated_copula_is_a_refusal(
    text: str, lang: str, opponent: str
) -> None:
    assert opponent in {a.split(":")[0] for a in cast(run(text, lang), "REJECT")}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "sides"),
    [
        (
            "وزیر خارجه ایران خرسندی خود را از پیشرفت روابط با عربستان ابراز کرد.",
            "fa",
            "SUPPORT",
            {"IRN", "SAU"},
        ),
        (
            "رئیس‌جمهور روسیه پشتیبانی کامل خود را از دولت سوریه اعلام کرد.",
            "fa",
            "SUPPORT",
            {"RUS", "SYR"},
        ),
        (
            "وزیر خارجه عربستان نگرانی عمیق خود را از اقدامات اسرائیل در کرانه باختری ابراز کرد.",
            "fa",
            "ACCUSE",
            {"SAU", "ISR"},
        ),
        ("أعلن الرئيس الروسي دعمه الكامل للحكومة السورية.", "ar", "SUPPORT", {"RUS", "SYR"}),
    ],
)
def test_a_stance_declared_as_ones_own_is_the_event(
    text: str, lang: str, etype: str, sides: set[str]
) -> None:
    assert sides <= {a.split(":")[0] for a in cast(run(text, lang), etype)}


def test_ones_own_logistics_support_is_no_event() -> None:
    text = "نیروی دریایی ایران توان پشتیبانی خود را در آب‌های دوردست آزمایش کرد."
    assert "SUPPORT" not in types(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang", "guest", "host"),
    [
        (
            "وزیر خارجه ایران در بدو ورود به مسکو مورد استقبال معاون وزیر خارجه روسیه قرار گرفت.",
            "fa",
            "IRN",
            "RUS",
        ),
        (
            "نخست‌وزیر پاکستان در فرودگاه مهرآباد مورد استقبال معاون اول رئیس‌جمهور ایران قرار گرفت.",
            "fa",
            "PAK",
            "IRN",
        ),
        (
            "كان نائب وزير الخارجية الروسي في استقبال وزير الخارجية الإيراني لدى وصوله إلى موسكو.",
            "ar",
            "IRN",
            "RUS",
        ),
    ],
)
def test_a_guest_welcomed_on_arrival_is_a_visit(
    text: str, lang: str, guest: str, host: str
) -> None:
    assert {guest, host} <= {a.split(":")[0] for a in cast(run(text, lang), "CONSULT")}


def test_a_proposal_welcomed_is_no_visit() -> None:
    text = "طرح پیشنهادی چین برای صلح مورد استقبال ایران قرار گرفت."
    assert "CONSULT" not in types(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang", "critic", "criticised"),
    [
        ("ایران اقدام آمریکا در توقیف نفتکش را دزدی دریایی خواند.", "fa", "IRN", "USA"),
        ("چین اقدامات آمریکا در دریای جنوبی چین را زورگویانه توصیف کرد.", "fa", "CHN", "USA"),
        (
            "نخست‌وزیر اسرائیل با توصیف این حمله به عنوان «اقدام دزدی دریایی» ایران را تهدید کرد.",
            "fa",
            "ISR",
            "IRN",
        ),
    ],
)
def test_a_deed_called_by_a_word_of_blame_is_criticised(
    text: str, lang: str, critic: str, criticised: str
) -> None:
    assert {critic, criticised} <= {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")}


def test_a_side_called_a_threat_to_peace_is_criticised() -> None:
    record = run("ایران آمریکا را تهدیدی برای صلح جهانی دانست.", "fa")
    assert {"IRN", "USA"} <= {a.split(":")[0] for a in cast(record, "ACCUSE")}
    assert not cast(record, "THREATEN")


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        (
            "رئیس‌جمهور ایران در رأس هیئتی بلندپایه تهران را به مقصد نیویورک ترک کرد.",
            "IRN",
            "USA",
        ),
        ("وزیر خارجه ایران صبح امروز تهران را به مقصد ژنو ترک کرد.", "IRN", "CHE"),
    ],
)
def test_an_official_leaving_for_a_capital_visits_it(text: str, guest: str, host: str) -> None:
    assert {guest, host} <= {a.split(":")[0] for a in cast(run(text, "fa"), "CONSULT")}


def test_a_tanker_bound_for_a_port_visits_nothing() -> None:
    assert "CONSULT" not in types("این نفتکش بندر بصره را به مقصد چین ترک کرد.", "fa")


def test_piracy_at_sea_is_no_criticism() -> None:
    text = "دزدان دریایی یک کشتی تجاری را ربودند و دزدی دریایی در این منطقه افزایش یافته است."
    assert "ACCUSE" not in types(text, "fa")
