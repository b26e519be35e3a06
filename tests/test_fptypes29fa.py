"""Event types read where the sentence tells no such event (round 29, fptypes29fa).

Each family is a construction, checked in Arabic, Persian and English: the
wrong type must not come, and the type the sentence does tell must stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types

# (text, lang, type that must not come, type that must stay or None)
WRONG: list[tuple[str, str, str, str | None]] = [
    # What is asked, its "که" left out: Persian puts the content after the
    # request's own verb, and it is asked, not done.
    (
        "دبیرکل سازمان ملل از دولت آمریکا خواست همه تحریم‌ها علیه ایران را بردارد.",
        "fa",
        "CONCEDE",
        "REQUEST",
    ),
    (
        "وزیر خارجه از دولت‌های اروپایی درخواست کرد تحریم‌های بانکی را لغو کنند.",
        "fa",
        "CONCEDE",
        "REQUEST",
    ),
    (
        "دعا الأمين العام للأمم المتحدة الولايات المتحدة إلى رفع العقوبات عن إيران.",
        "ar",
        "CONCEDE",
        "REQUEST",
    ),
    (
        "The UN chief urged the United States to lift all sanctions on Iran.",
        "en",
        "CONCEDE",
        "REQUEST",
    ),
    # Declining to give details refuses no policy, as declining to comment.
    ("سخنگوی وزارت دفاع از ارائه جزئیات بیشتر خودداری کرد.", "fa", "REJECT", None),
    ("پلیس از افشای جزئیات این پرونده خودداری کرده است.", "fa", "REJECT", None),
    ("رفضت وزارة الدفاع الإدلاء بتفاصيل عن العملية.", "ar", "REJECT", None),
    ("رفض المتحدث العسكري الكشف عن تفاصيل الهجوم.", "ar", "REJECT", None),
    ("The ministry declined to give details of the operation.", "en", "REJECT", None),
    ("A police spokesman refused to provide further details.", "en", "REJECT", None),
    # A source who would stay unnamed asks nothing of anyone.
    (
        "یک منبع در وزارت خارجه که خواسته است نامش فاش نشود، گفت ایران آماده است.",
        "fa",
        "REQUEST",
        None,
    ),
    (
        "دو دیپلمات اروپایی که خواسته‌اند نامشان فاش نشود گفتند پیش‌نویس آماده است.",
        "fa",
        "REQUEST",
        None,
    ),
    ("یک مقام امنیتی که خواسته بود نام او فاش نشود این خبر را تایید کرد.", "fa", "REQUEST", None),
    ("وقال مسؤول إيراني طلب عدم الكشف عن اسمه إن المسودة جاهزة.", "ar", "REQUEST", None),
    (
        "An Iranian official, who asked not to be named, said the draft was ready.",
        "en",
        "REQUEST",
        None,
    ),
    # A guess governs its whole verb-final clause, and "unlikely" has more
    # forms than "بعید است".
    (
        "یک تحلیلگر می‌گوید بعید می‌نماید دولت جدید ایران در هفته‌های آینده خود را آماده بازگشت به مذاکرات با آمریکا کند.",
        "fa",
        "CONSULT",
        None,
    ),
    (
        "کارشناسان بعید می‌دانند وزیر خارجه عربستان در سفر آینده‌اش به تهران با همتای ایرانی خود دیدار کند.",
        "fa",
        "CONSULT",
        None,
    ),
    (
        "ممکن است رئیس‌جمهور آمریکا پس از پایان نشست سران ناتو در هفته آینده با رئیس‌جمهور روسیه دیدار کند.",
        "fa",
        "CONSULT",
        None,
    ),
    (
        "قال محلل إن من غير المرجح أن تعود الحكومة الإيرانية الجديدة إلى المفاوضات مع الولايات المتحدة في الأسابيع المقبلة.",
        "ar",
        "CONSULT",
        None,
    ),
    (
        "An analyst said the new Iranian government is unlikely to return to talks with the United States in the coming weeks.",
        "en",
        "CONSULT",
        None,
    ),
    # The return to talks as a topic: talked about, not held.
    (
        "واشنگتن در انتظار تصمیم ایران در مورد بازگشت به مذاکرات با ایالات متحده است.",
        "fa",
        "CONSULT",
        None,
    ),
    ("دو طرف درباره از سرگیری مذاکرات با آمریکا اختلاف نظر دارند.", "fa", "CONSULT", None),
    (
        "تنتظر واشنطن قرار إيران بشأن العودة إلى المفاوضات مع الولايات المتحدة.",
        "ar",
        "CONSULT",
        None,
    ),
    (
        "Washington is waiting for Iran's decision on returning to talks with the United States.",
        "en",
        "CONSULT",
        None,
    ),
    # A deed noun after a working body's head names its remit.
    (
        "قرار شد کارگروه رفع تحریم‌ها با حضور کارشناسان ایران و اروپا فردا تشکیل شود.",
        "fa",
        "CONCEDE",
        None,
    ),
    ("قررت الحكومة تشكيل لجنة رفع العقوبات بحضور خبراء من إيران وأوروبا.", "ar", "CONCEDE", None),
    ("Iran and Europe set up a working group on the lifting of sanctions.", "en", "CONCEDE", None),
    # "خواست" as a noun (will), and the record of a legislature's debates.
    ("وزارت بهداشت در برابر خواست جامعه پزشکی واکنشی نشان نداده است.", "fa", "REQUEST", None),
    ("رئیس کمیته گفت هیچ خواست و تعهدی برای حل مشکل در دولت وجود نداشت.", "fa", "REQUEST", None),
    ("لم تستجب وزارة الصحة لإرادة الجسم الطبي.", "ar", "REQUEST", None),
    ("The health ministry ignored the wishes of the medical community.", "en", "REQUEST", None),
    ("مشروح مذاکرات مجلس شورای اسلامی در جلسه علنی دیروز منتشر شد.", "fa", "CONSULT", None),
    # "In the session of a committee, …": the comma closes the session's
    # phrase, the name after it is no second body in session.
    ("در نشست کمیسیون امنیت ملی مجلس، گزارش وزیر خارجه بررسی شد.", "fa", "CONSULT", None),
    ("في جلسة لجنة الأمن القومي في البرلمان، قدم وزير الخارجية تقريره.", "ar", "CONSULT", None),
    (
        "At a session of the parliament's national security committee, lawmakers reviewed the foreign minister's report.",
        "en",
        "CONSULT",
        None,
    ),
    # A death from illness, in custody too, is no killing.
    ("یک زندانی در بازداشتگاه پلیس به دنبال وخیم شدن حال عمومی‌اش جان باخت.", "fa", "ASSAULT", None),
    ("یک زندانی سیاسی در زندان اوین بر اثر ایست قلبی جان باخت.", "fa", "ASSAULT", None),
    ("توفي معتقل في سجن الشرطة إثر تدهور حالته الصحية.", "ar", "ASSAULT", None),
    ("A political prisoner died of a heart attack in Evin prison.", "en", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "lang", "wrong", "kept"), WRONG)
def test_no_wrong_type(text: str, lang: str, wrong: str, kept: str | None) -> None:
    got = types(text, lang)
    assert wrong not in got
    if kept:
        assert kept in got


# Controls: the deed itself.
DONE: list[tuple[str, str, str]] = [
    ("آمریکا تحریم‌ها علیه ایران را لغو کرد.", "fa", "CONCEDE"),
    ("وزیر خارجه از اروپا انتقاد کرد. آمریکا تحریم‌های بانکی ایران را لغو کرد.", "fa", "CONCEDE"),
    # information withheld from a party is still a refusal
    ("ایران از ارائه اطلاعات به آژانس خودداری کرد.", "fa", "REJECT"),
    ("رفضت إيران الاقتراح الأمريكي.", "ar", "REJECT"),
    ("Iran refused to give inspectors access to the site.", "en", "REJECT"),
    ("وزیر خارجه از آمریکا خواسته است تحریم‌ها را لغو کند.", "fa", "REQUEST"),
    (
        "یک مقام اروپایی گفت ایران آماده بازگشت به مذاکرات وین در هفته‌های آینده است.",
        "fa",
        "CONSULT",
    ),
    ("آمریکا تحریم‌های بانکی ایران را رفع کرد.", "fa", "CONCEDE"),
    ("رفعت الولايات المتحدة العقوبات عن إيران.", "ar", "CONCEDE"),
    ("ایران از عربستان خواست در برابر حملات اسرائیل بایستد.", "fa", "REQUEST"),
    ("نشست وزیران خارجه ایران و ترکیه، در آنکارا برگزار شد.", "fa", "CONSULT"),
    ("در نشست کمیسیون امنیت ملی مجلس با وزیر خارجه، گزارش او بررسی شد.", "fa", "CONSULT"),
    ("یک زندانی سیاسی در زندان زیر شکنجه جان باخت.", "fa", "ASSAULT"),
    ("Iran returned to talks with the United States in Vienna on Monday.", "en", "CONSULT"),
    (
        "ممکن است تحلیلگران درست بگویند. وزیر خارجه ایران دیروز با همتای عمانی خود دیدار کرد.",
        "fa",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype"), DONE)
def test_still_found(text: str, lang: str, etype: str) -> None:
    assert etype in types(text, lang)
