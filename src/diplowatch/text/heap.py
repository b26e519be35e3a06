"""How the process keeps data that lives as long as it does.

Two things are loaded once and kept for the life of the process: the
lexicons (``extract/lexicon.py``: ~100 MB of Python objects for three
languages) and Lingua's language models (``text/langid.py``: ~50 MB for
Arabic/Persian, ~130 MB for the short-text Latin models). Both would
otherwise cost more than they hold:

- Lingua unpacks each model through large temporary buffers. glibc's
  allocator raises its mmap threshold each time such a buffer is freed, so
  the next ones are carved from the heap, where they stay resident once
  freed, under the model tables allocated after them (~45 MB in a
  process that loads both detectors). ``fix_mmap_threshold`` pins the
  threshold at glibc's default (128 KiB), so every large buffer is mapped
  on its own and given back to the system when freed. The process makes few
  allocations that large per document, so this costs no measurable time.
- The cyclic garbage collector walks every container object the process
  holds on each full collection, the lexicons' hundreds of thousands
  included, though they never become garbage (~0.1 s a collection, a few
  collections per thousand documents). ``freeze_built`` moves what exists
  once a lexicon is built out of the collector's sight (``gc.freeze``).

Neither changes a result: both are about where memory lives, not what it
holds. Where the C library has no ``mallopt`` (not glibc), the threshold is
left alone.
"""

from __future__ import annotations

import ctypes
import gc
from functools import cache

# glibc's <malloc.h>: the option number of the mmap threshold, and its default
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024


@cache
def fix_mmap_threshold() -> bool:
    """Pin the allocator's mmap threshold (once per process); whether the
    C library took it (False where it has no ``mallopt``)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # no such library or function here
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def freeze_built() -> None:
    """Collect the garbage a build left, then keep every object that exists
    now out of later collections: what a lexicon build made lives as long
    as the process, and the collector need not walk it again."""
    gc.collect()
    gc.freeze()
