"""reversed94: the summoner and the asker first in a directed event.

(1) A summons summons the envoy, wherever the sentence names him: as the
genitive of the summons noun ("احضار سفیر اتیوپی به وزارت خارجه سودان"), the
subject of a passive whose auxiliary a later verb shares ("احضار و … ابلاغ
شد", "was summoned … and told"), or the object of a verb whose subject is a
pronoun ("أنها استدعت السفير الفرنسي لدى روسيا"); main read the envoy first
there. (2) Whose request it was: "بناء على طلب من X", "با درخواست X … از سوی
Y", "at X's request", "the request came from X" name X as the asker; main read
X second. Sentences written for these tests."""

import pytest

from casts import casts_in_order, first_codes


# main read the envoy first (FRA → RUS, ETH → SDN, …)
@pytest.mark.parametrize(
    ("text", "lang", "summoner", "envoy"),
    [
        (
            "احضار سفیر اتیوپی به وزارت خارجه سودان پس از کشف اجساد صورت گرفت.",
            "fa",
            "SDN",
            "ETH",
        ),
        (
            "کاردار سفارت فرانسه در تهران به وزارت خارجه ایران احضار و اعتراض ایران به وی ابلاغ شد.",
            "fa",
            "IRN",
            "FRA",
        ),
        (
            "أعلنت وزارة الخارجية الروسية اليوم أنها استدعت السفير الفرنسي لدى روسيا بعد توقيف مشجعين.",
            "ar",
            "RUS",
            "FRA",
        ),
        (
            "جاء استدعاء السفير الفرنسي إلى وزارة الخارجية الروسية بعد توقيف مشجعين.",
            "ar",
            "RUS",
            "FRA",
        ),
        (
            "The summoning of the French ambassador to the Russian foreign ministry came after the arrests.",
            "en",
            "RUS",
            "FRA",
        ),
        (
            "The French ambassador was summoned to the Russian foreign ministry and told of Moscow's protest.",
            "en",
            "RUS",
            "FRA",
        ),
    ],
)
def test_envoy_is_the_one_summoned(text: str, lang: str, summoner: str, envoy: str) -> None:
    assert first_codes(text, lang, "ACCUSE") == [summoner, envoy]


# guards: read right on main, kept
@pytest.mark.parametrize(
    ("text", "lang", "summoner", "envoy"),
    [
        ("وزارت خارجه سودان سفیر اتیوپی را احضار کرد.", "fa", "SDN", "ETH"),
        ("سفیر فرانسه به وزارت خارجه ایران احضار شد.", "fa", "IRN", "FRA"),
        ("استدعت وزارة الخارجية الروسية السفير الفرنسي لدى روسيا.", "ar", "RUS", "FRA"),
        ("استدعي السفير الفرنسي إلى وزارة الخارجية الروسية.", "ar", "RUS", "FRA"),
        (
            "The Russian foreign ministry said it had summoned the French ambassador to Russia.",
            "en",
            "RUS",
            "FRA",
        ),
    ],
)
def test_summoner_kept_first(text: str, lang: str, summoner: str, envoy: str) -> None:
    assert first_codes(text, lang, "ACCUSE") == [summoner, envoy]


def test_each_envoy_summoned_by_the_one_state() -> None:
    # guard: two envoys summoned by one state, each after it
    pairs = casts_in_order(
        "Germany summoned the French ambassador and the Italian ambassador.", "en", "ACCUSE"
    )
    assert [[c.split(":")[0] for c in p] for p in pairs] == [["DEU", "FRA"], ["DEU", "ITA"]]


# main read the asker second (EGY → FRA, KOR:BUS → KOR:COP, IRN → CAN, …)
@pytest.mark.parametrize(
    ("text", "lang", "asker", "asked"),
    [
        (
            "أودع رجل الأعمال السجن بناء على طلب من المحققين الكوريين.",
            "ar",
            "KOR:COP",
            "KOR:BUS",
        ),
        (
            "وافقت الحكومة المصرية على طلب من فرنسا بتسليم المتهم.",
            "ar",
            "FRA:",
            "EGY:GOV",
        ),
        (
            "سخنگو گفت با درخواست سفیر کانادا، یادداشتی از سوی وزارت خارجه ایران تنظیم و به سفارت سوئیس تحویل داده شد.",
            "fa",
            "CAN:GOV",
            "IRN:GOV",
        ),
        (
            "Iran sent a note to Canada at the Canadian ambassador's request.",
            "en",
            "CAN:GOV",
            "IRN:",
        ),
        (
            "The Syrian official said the request came from the French ambassador.",
            "en",
            "FRA:GOV",
            "SYR:GOV",
        ),
    ],
)
def test_owner_of_the_request_asks(text: str, lang: str, asker: str, asked: str) -> None:
    events = casts_in_order(text, lang, "REQUEST")
    assert events and events[0][:2] == [asker, asked]


# guards: the one asked after the verb's "من"/"از" stays second
@pytest.mark.parametrize(
    ("text", "lang", "asker", "asked"),
    [
        ("طلب وزير الخارجية المصري من السفير الفرنسي تقديم توضيحات.", "ar", "EGY:GOV", "FRA:GOV"),
        ("ایران با درخواست از آمریکا برای لغو تحریم‌ها مخالفت کرد.", "fa", "IRN:", "USA:"),
        ("چین از بانک جهانی خواست به افغانستان کمک کند.", "fa", "CHN:", "WORLDBANK:"),
        (
            "با درخواست سفیر کانادا، وزارت خارجه ایران یادداشتی برای دولت کانادا فرستاد.",
            "fa",
            "CAN:GOV",
            "IRN:GOV",
        ),
        ("Egypt asked France to hand over the suspect.", "en", "EGY:", "FRA:"),
        # a verbal noun's genitive is its object, not the one who asks
        (
            "دولت اسرائیل روز دوشنبه با فراخواندن سفرای کشورهای عضو شورای امنیت در تل‌آویو خواستار فشار بر ایران شد.",
            "fa",
            "ISR:GOV",
            "UN:GOV",
        ),
    ],
)
def test_asker_kept_first(text: str, lang: str, asker: str, asked: str) -> None:
    events = casts_in_order(text, lang, "REQUEST")
    assert events and events[0][:2] == [asker, asked]
