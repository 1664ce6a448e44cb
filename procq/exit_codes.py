"""The exit codes of procq, named once so the commands, the tests and the README agree."""
from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What a script can learn from ``$?`` after running procq."""

    ANSWERED = 0  # the question was answered; an empty list is an answer
    NOT_FOUND = 1  # a named person is unknown or ambiguous
    BAD_USAGE = 2  # a bad option value (date, country, kind) or an unusable corpus
