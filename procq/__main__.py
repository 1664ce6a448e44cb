"""``python -m procq``: the same command line as the installed ``procq``."""
from .cli import main

main()
