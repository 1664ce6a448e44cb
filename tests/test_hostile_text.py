"""Adversarial text against extraction: every article finishes within a bound and gives valid records.

The bound is three times the slowest of these texts on the two-core machine procq is built on
(0.9 s with spaCy, "dates without end", in ``benchmarks/hostile_extraction.py``), so only a
pattern that runs away fails it, not a busy machine.
"""
from __future__ import annotations

import json
import time

import pytest

from hostile_texts import hostile_texts
from procq.extract import extract
from procq.records import Article

BOUND = 3.0  # seconds for one article of 20,000 characters


@pytest.mark.parametrize("name, text", hostile_texts().items(), ids=hostile_texts().keys())
def test_extraction_finishes_in_bounded_time_and_gives_records(name, text):
    extract(Article("warm-up", "warm-up.txt", "Ying Yong met Kamran Aliyev in Beijing."))
    started = time.perf_counter()
    facts = extract(Article("hostile", "hostile.txt", text))
    elapsed = time.perf_counter() - started
    json.dumps(facts.to_dict())
    assert elapsed < BOUND, f"{name}: {elapsed:.2f} s"
