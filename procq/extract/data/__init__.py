"""The language procq reads, as tables a researcher can extend without reading Python.

Each file here is one kind of knowledge (meeting words, titles, stamp formats,
institutions, ...); ``table(name)`` reads one, once per process.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, Any]:
    """The TOML table ``data/NAME.toml`` as plain Python values."""
    return tomllib.loads(resources.files(__name__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
