"""Where the bundled seeds and corpora are: inside the installed package, or the source tree.

A wheel maps the top-level ``seeds/`` and ``corpora/`` folders to ``restore/seeds`` and
``restore/corpora``; an editable install or a plain checkout has them beside ``restore/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

DEFAULT_CORPUS = "patriot-2023"


def bundled_dir(name: str) -> Path:
    """``seeds`` or ``corpora``, wherever this installation keeps it."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    msg = f"the bundled {name}/ folder is missing from this installation"
    raise FileNotFoundError(msg)


def corpus_dir(name: str = DEFAULT_CORPUS) -> Path:
    return bundled_dir("corpora") / name
