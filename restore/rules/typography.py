"""Stage ``typography``."""

from __future__ import annotations
