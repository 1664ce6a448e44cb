"""The names ``from procq import ...`` promises."""
from __future__ import annotations

import subprocess
import sys


def test_public_api_names_the_function_not_the_subpackage():
    """`procq.extract` is the function, even once the index has imported the extract subpackage."""
    script = (
        "import procq, procq.index\n"
        "from procq import Index, extract, load_corpus\n"
        "import procq.extract\n"
        "assert callable(procq.extract) and procq.extract is extract, procq.extract\n"
        "assert callable(load_corpus) and isinstance(Index, type)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
