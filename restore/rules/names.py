"""Stage ``names``."""

from __future__ import annotations
