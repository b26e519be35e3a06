"""Reporting user-facing problems without stopping a batch.

A broken file among thousands must be named with a reason and skipped; the
reporter is passed down so every stage reports the same way, and the CLI
decides the exit code from its counts.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO


class UserError(Exception):
    """A mistake the user can fix; the CLI prints it without a traceback."""


@dataclass
class Problem:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class ProblemReporter:
    stream: TextIO | None = field(default_factory=lambda: sys.stderr)
    problems: list[Problem] = field(default_factory=list)
    max_kept: int = 10_000

    def report(self, source: str, reason: str) -> None:
        from diplowatch.valid import display_name, valid_text

        problem = Problem(display_name(str(source)), valid_text(str(reason)))
        if len(self.problems) < self.max_kept:
            self.problems.append(problem)
        if self.stream is not None:
            print(f"diplowatch: skipped {problem}", file=self.stream)

    @property
    def count(self) -> int:
        return len(self.problems)
