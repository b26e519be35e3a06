"""Long documents cost time in proportion to their size and flat memory (issue 12, row 5).

Every measurement runs in its own subprocess (a runaway pass is killed there,
and the peak RSS is that document's alone). Times are compared within one
run: a 20 MB one-line document against ten times a 2 MB one, a 2 MB single sentence
against ten times a 0.2 MB one. The sentences are written for this test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

# Arabic news sentences in one line: titles followed by names the extractor
# learns ("learn_names"), titles next to sector words, capitals, sums.
AR = [
    "استقبل الرئيس الفيتنامي تران مينه دوك السفير المصري في هانوي يوم الثلاثاء.",
    "وقال تران مينه دوك إن فيتنام ستتعاون مع مصر في مجال تصدير الأرز.",
    "والتقى وزير الخارجية الأردني سمير حداد نظيره العراقي في عمان.",
    "وأكد سمير حداد أن الأردن والعراق وقعا اتفاقية للتعاون في مجال الطاقة.",
    "وقعت كوريا الجنوبية واليابان اتفاقية للتعاون في مجال الهيدروجين بقيمة 5 ملايين دولار.",
    "وكان الطقس معتدلا في العاصمة والأسواق هادئة.",
    "وزير التجارة والصناعة بحث مع الوفد الياباني تعزيز الاستثمار.",
]
# English clauses of one endless sentence: capitals as subjects (the dateline
# check), a title followed by a name (learn_names), sums.
EN = [
    "South Korea and Japan signed an agreement on hydrogen",
    "while Iran accused Israel of attacks near the border",
    "Seoul and Tokyo agreed to expand trade",
    "the President of Vietnam Tran Minh Duc met the Egyptian ambassador",
    "Tran Minh Duc said rice exports would grow",
    "as trade grew by 5 billion dollars",
    "and the weather stayed warm in the capital",
]

_RUN = """
import json, random, resource, sys, time
from diplowatch.guard import Failure, process_guarded
from diplowatch.model import Document

def peak_rss_mb():
    # This process's own peak (VmHWM): ru_maxrss would also count the parent
    # (pytest) whose memory the child had before exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

mb, count, lang = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
parts, sep = json.loads(sys.argv[4]), sys.argv[5]
texts = []
for n in range(count):
    rng, out, size = random.Random(n), [], 0
    while size < mb * 1_000_000:
        piece = rng.choice(parts)
        out.append(piece)
        size += len(piece.encode()) + len(sep)
    texts.append(sep.join(out) + ".")
started = time.process_time()
events = failures = 0
for n, text in enumerate(texts):
    result = process_guarded(Document(f"d{n}", text, lang=lang, published="2024-04-23"))
    if isinstance(result, Failure):
        failures += 1
        print(result.reason, file=sys.stderr)
    else:
        events += len(result.events)
print(json.dumps({
    "chars": sum(map(len, texts)),
    "seconds": time.process_time() - started,
    "events": events,
    "failures": failures,
    "rss_mb": peak_rss_mb(),
}))
"""
# A guard against a hang only (the assertions compare CPU seconds): quiet, the
# 20 MB run takes a few minutes; with six other jobs on two cores it took 1,121 s.
_HANG_GUARD = 2400


def measure(mb: float, count: int, lang: str, parts: list[str], sep: str) -> dict[str, float]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUN, str(mb), str(count), lang, json.dumps(parts), sep],
            capture_output=True,
            text=True,
            timeout=_HANG_GUARD,
            # The guard's wall-clock budget is tested in test_guard.py; here it
            # would only turn a loaded machine into a failure of a CPU-time ratio.
            env={**os.environ, "DIPLOWATCH_DOC_SECONDS": "0"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{count} x {mb} MB took more than {_HANG_GUARD} s")
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, float] = json.loads(done.stdout)
    assert result["failures"] == 0, done.stderr[-2000:]
    assert result["events"] >= count  # the repeated events are found, not lost
    return result


def measure_side_by_side(
    *runs: tuple[float, int, str, list[str], str],
) -> list[dict[str, float]]:
    """Each run in its own subprocess, all at once.

    The compared figures are each process's own CPU seconds, which another
    process beside it does not add to; run one after the other, the 20 MB pair
    was the suite's last test left running alone for minutes."""
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        futures = [pool.submit(measure, *run) for run in runs]
        return [future.result() for future in futures]


@pytest.mark.slow(weight=40)
@pytest.mark.timeout(_HANG_GUARD + 300)  # both runs at once
def test_twenty_megabyte_one_line_document_costs_ten_two_megabyte_ones() -> None:
    # Ten 2 MB documents cost ten times one (each is extracted on its own):
    # one is measured and multiplied, as the 5 MB test below does. Measured
    # in full, the ten took about 300 s of CPU on 2026-12-06, a third of the
    # whole suite's, beside the 20 MB run's own 300 s.
    one, two = measure_side_by_side((20, 1, "ar", AR, " "), (2, 1, "ar", AR, " "))
    assert 9 < one["chars"] / two["chars"] < 11
    assert one["seconds"] <= 3 * 10 * two["seconds"], (one, two)
    assert one["rss_mb"] <= 400, one


@pytest.mark.slow(weight=8)
@pytest.mark.timeout(_HANG_GUARD + 300)
def test_two_megabyte_single_sentence_costs_ten_fifth_megabyte_ones() -> None:
    # Issue 12's row was a 5 MB single sentence (449 MB then). 2 MB is two of
    # the guard's pieces with no sentence end in either, which is what the
    # row is about; ten times the size still tells linear from quadratic,
    # and the 20 MB test above checks memory on many pieces. At 5 MB this
    # test cost about 165 s of CPU on 2026-12-07, a tenth of the suite's.
    big, small = measure_side_by_side((2, 1, "en", EN, ", "), (0.2, 1, "en", EN, ", "))
    assert big["chars"] > 1_900_000 and 9 < big["chars"] / small["chars"] < 11
    assert big["seconds"] <= 3 * 10 * max(small["seconds"], 0.05), (big, small)
    assert big["rss_mb"] <= 400, big


# -- learn_names: same answers as before, in linear time ----------------------------

FA = [
    "وزیر امور خارجه اردن سمیر حداد با همتای عراقی خود در امان دیدار کرد.",
    "سمیر حداد گفت اردن و عراق توافقنامه همکاری در زمینه انرژی امضا کردند.",
    "رئیس جمهور ویتنام تران مین دوک سفیر مصر را در هانوی به حضور پذیرفت.",
    "تران مین دوک گفت ویتنام با مصر در صادرات برنج همکاری خواهد کرد.",
    "هوا در پایتخت معتدل بود.",
]
EN_NAMES = [
    "The President of Vietnam Tran Minh Duc received the Egyptian ambassador in Hanoi.",
    "Tran Minh Duc said Vietnam would cooperate with Egypt on rice exports.",
    "Jordanian Foreign Minister Samir Haddad met his Iraqi counterpart in Amman.",
    "Samir Haddad said Jordan and Iraq signed an energy cooperation agreement.",
    "The weather in the capital was mild.",
]


def _reference_learn_names(ntext, text, norm, mentions, ctx, word_starts=frozenset()):  # type: ignore[no-untyped-def]
    """learn_names as it was before issue 12 (quadratic; with main's ``agent``), the oracle."""
    from diplowatch.extract.actors import PERSONAL_ROLES, Mention
    from diplowatch.extract.person_names import _TOKEN

    learnt: dict = {}
    if not ctx.name_min_tokens:
        return mentions
    for m in mentions:
        if m.role not in PERSONAL_ROLES or m.kind not in ("state_adj", "state") or m.name:
            continue
        tokens: list = []
        pos = m.end
        for tok in _TOKEN.finditer(ntext, m.end, min(len(ntext), m.end + 60)):
            if (
                ntext[pos : tok.start()].strip()
                or tok.group() in ctx.name_stopwords
                or tok.start() in word_starts
            ):
                break
            a, _ = norm.span_to_original(tok.start(), tok.end())
            if text[a].isalpha() and text[a].isascii() and not text[a].isupper():
                break
            tokens.append((tok.start(), tok.end()))
            pos = tok.end()
            if len(tokens) == 3:
                break
        if len(tokens) < ctx.name_min_tokens:
            continue
        name = ntext[tokens[0][0] : tokens[-1][1]]
        a, b = norm.span_to_original(tokens[0][0], tokens[-1][1])
        m.name = text[a:b]
        learnt.setdefault(
            name, Mention(0, 0, m.code, "person", True, role=m.role, name=m.name, agent=m.agent)
        )
    if not learnt:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for name, proto in learnt.items():
        start = ntext.find(name)
        while start != -1:
            end = start + len(name)
            before_ok = start == 0 or not ntext[start - 1].isalnum() or ntext[start - 1] in "وفبل"
            after_ok = end == len(ntext) or not ntext[end].isalnum()
            if before_ok and after_ok and not any(s < end and start < e for s, e in taken):
                added.append(
                    Mention(
                        start,
                        end,
                        proto.code,
                        "person",
                        True,
                        role=proto.role,
                        name=proto.name,
                        agent=proto.agent,
                    )
                )
            start = ntext.find(name, end)
    return sorted(mentions + added, key=lambda m: m.start)


def _extract(text: str, lang: str) -> dict:  # type: ignore[type-arg]
    from dataclasses import asdict

    from diplowatch.extract.events import extract_document

    result = extract_document(text, None, lang, "2024-04-23")
    return {"events": [asdict(e) for e in result.events], "notes": result.annotations}


@pytest.mark.parametrize(
    "lang, sentences, learns",
    # Persian writes the name before the title: nothing is learnt there (context.py).
    [("ar", AR, True), ("fa", FA, False), ("en", EN_NAMES, True)],
)
def test_learn_names_gives_the_answers_it_gave_before(
    lang: str, sentences: list[str], learns: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    from diplowatch.extract import document_scan, person_names

    learnt = []

    def reference(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = _reference_learn_names(*args, **kwargs)
        learnt.append(len(out) > len(args[3]))
        return out

    for seed in range(25):
        rng = random.Random(seed)
        sep = rng.choice([" ", "\n", " ", "، "])
        text = sep.join(rng.choice(sentences) for _ in range(rng.randint(1, 12)))
        monkeypatch.setattr(document_scan, "learn_names", person_names.learn_names)
        ours = _extract(text, lang)
        monkeypatch.setattr(document_scan, "learn_names", reference)
        before = _extract(text, lang)
        assert ours == before, text
    assert any(learnt) is learns


@pytest.mark.slow
def test_one_line_extraction_grows_linearly() -> None:
    import random

    from cost import assert_linear
    from diplowatch.model import Document
    from diplowatch.pipeline import process

    def one_line(chars: int) -> Document:
        rng, out, size = random.Random(5), [], 0
        while size < chars:
            out.append(rng.choice(AR))
            size += len(out[-1]) + 1
        return Document("line", " ".join(out), lang="ar", published="2024-04-23")

    # Below the piece size: this is the extractor itself, not the guard's pieces.
    assert_linear(process, one_line(60_000), one_line(600_000), 10)
