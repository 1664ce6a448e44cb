"""procq: ask questions of a folder of news articles on prosecutors' diplomacy.

The public API, for use without the command line::

    from procq import load_corpus, extract, Index

The names load on first use, so ``procq --help`` does not pay for the
extractor's tables. They load together: the function ``extract`` shares its
name with the subpackage ``procq.extract``, and binding it after the
subpackage is imported keeps ``procq.extract`` the function.
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
    if name not in PUBLIC_API:
        raise AttributeError(f"module 'procq' has no attribute {name!r}")
    modules = {public: import_module(module) for public, module in PUBLIC_API.items()}
    globals().update({public: getattr(module, public) for public, module in modules.items()})
    return globals()[name]
