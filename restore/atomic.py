"""Outputs are written to a temporary file beside the target and renamed into place.

An interrupted run (an exception, Ctrl-C, kill) never leaves a half-written output: the
target either keeps its old content or gets the complete new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def atomic_writer(
    path: str | Path, *, keep: str | None = None, commit_on_interrupt: bool = False
) -> Iterator[TextIO]:
    """Open ``path`` for writing text; the file appears only if the block completes.

    ``keep``: text to start the new file with (used by --resume to keep earlier output).
    ``commit_on_interrupt``: for line-oriented outputs written a whole line at a time, an
    interrupt (Ctrl-C, SIGTERM) still renames what is complete into place, so that
    ``--resume`` can go on from there; any other error discards the new file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            if keep:
                handle.write(keep)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(target)
    except KeyboardInterrupt:
        if commit_on_interrupt and Path(tmp).exists():
            Path(tmp).replace(target)
        else:
            with contextlib.suppress(FileNotFoundError):
                Path(tmp).unlink()
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)
