"""Stage ``review``."""

from __future__ import annotations
