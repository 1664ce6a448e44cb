"""Adversarial text against extraction: every article finishes and gives valid records.

How long each takes is measured by ``benchmarks/hostile_extraction.py``, not here: a busy
machine would fail a timed test, and a pattern that runs away hangs this one.
"""
from __future__ import annotations

import json

import pytest

from hostile_texts import hostile_texts
from procq.extract import extract
from procq.records import Article


@pytest.mark.parametrize("name, text", hostile_texts().items(), ids=hostile_texts().keys())
def test_extraction_finishes_and_gives_records(name, text):
    facts = extract(Article("hostile", "hostile.txt", text))
    record = json.loads(json.dumps(facts.to_dict()))
    assert record["article"] == "hostile" and isinstance(record["meetings"], list)
