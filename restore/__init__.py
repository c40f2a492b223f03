"""mt-restore: repair garbled machine-translated English news, with provenance for every edit.

The public face::

    >>> from restore import restore_text
    >>> r = restore_text(" date 2023-12-23 Kyiv said so.")
    >>> r.text
    'Kyiv said so.'
    >>> [e.rule for e in r.edits]
    ['layout.scraper_header']
"""

from __future__ import annotations

from restore.alignment import Alignment, Link, align
from restore.edits import Edit, apply_decisions, apply_edits
from restore.errors import RestoreError, UnknownRuleError
from restore.pipeline import Pipeline, Restoration, RestoreConfig, restore_text
from restore.registry import all_rules

__all__ = [
    "Alignment",
    "Edit",
    "Link",
    "Pipeline",
    "Restoration",
    "RestoreConfig",
    "RestoreError",
    "UnknownRuleError",
    "align",
    "all_rules",
    "apply_decisions",
    "apply_edits",
    "restore_text",
]
