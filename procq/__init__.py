"""procq: ask questions of a folder of news articles on prosecutors' diplomacy.

The public API, for use without the command line::

    from procq import load_corpus, extract, Index

Names are imported on first use, so ``procq --help`` does not pay for the
extractor's gazetteers.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

PUBLIC_API = {
    "load_corpus": "procq.corpus",
    "extract": "procq.extract",
    "Index": "procq.index",
}

__all__ = list(PUBLIC_API)


def __getattr__(name: str) -> Any:
    if name in PUBLIC_API:
        return getattr(import_module(PUBLIC_API[name]), name)
    raise AttributeError(f"module 'procq' has no attribute {name!r}")
