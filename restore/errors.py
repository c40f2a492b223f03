"""Errors the library raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class RestoreError(Exception):
    """Base class of every error mt-restore raises on purpose."""


class UnknownRuleError(RestoreError):
    """An --enable/--disable id names no rule and no stage."""


class TableFormatError(RestoreError):
    """A data table (bundled or user-supplied) does not have the expected shape."""


class EditConflictError(RestoreError):
    """Edits overlap or do not match the text they claim to replace."""


class InputError(RestoreError):
    """A document cannot be read or decoded; the message names the problem."""


class AlignmentError(RestoreError):
    """Two texts cannot be aligned (for example, one of them is empty)."""
