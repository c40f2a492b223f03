"""Stage ``phrases``."""

from __future__ import annotations
