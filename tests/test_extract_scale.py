"""Long documents cost time in proportion to their size and flat memory (issue 12, row 5).

Every measurement runs in its own subprocess (a runaway pass is killed there,
and the peak RSS is that document's alone). Times are compared within one
run: a 20 MB one-line document against ten 2 MB ones, a 5 MB single sentence
against a 0.5 MB one. The sentences are written for this test.
"""

from __future__ import annotations

import json
import subprocess
import sys

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
EN = [
    "South Korea and Japan signed an agreement on hydrogen",
    "while Iran accused Israel of attacks near the border",
    "and Vietnam met Egypt in Hanoi to discuss rice exports",
    "as trade grew by 5 billion dollars",
    "and the weather stayed warm in the capital",
]

_RUN = """
import json, random, resource, sys, time
from diplowatch.guard import Failure, process_guarded
from diplowatch.model import Document

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
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""
_HANG_GUARD = 900  # a guard against a hang only; the assertions compare sizes


def measure(mb: float, count: int, lang: str, parts: list[str], sep: str) -> dict[str, float]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUN, str(mb), str(count), lang, json.dumps(parts), sep],
            capture_output=True,
            text=True,
            timeout=_HANG_GUARD,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{count} x {mb} MB took more than {_HANG_GUARD} s")
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, float] = json.loads(done.stdout)
    assert result["failures"] == 0, done.stderr[-2000:]
    assert result["events"] >= count  # the repeated events are found, not lost
    return result


@pytest.mark.slow
def test_twenty_megabyte_one_line_document_costs_ten_two_megabyte_ones() -> None:
    ten = measure(2, 10, "ar", AR, " ")
    one = measure(20, 1, "ar", AR, " ")
    assert 0.9 < one["chars"] / ten["chars"] < 1.1
    assert one["seconds"] <= 3 * ten["seconds"], (one, ten)
    assert one["rss_mb"] <= 400, one


@pytest.mark.slow
def test_five_megabyte_single_sentence_costs_ten_half_megabyte_ones() -> None:
    small = measure(0.5, 1, "en", EN, ", ")
    big = measure(5, 1, "en", EN, ", ")
    assert big["seconds"] <= 3 * 10 * max(small["seconds"], 0.05), (big, small)
    assert big["rss_mb"] <= 400, big
