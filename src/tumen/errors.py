"""Errors a user can act on: each names what failed (file, record, field) and why.

Each class carries the exit status of the ``tumen`` command it ends: 1 for a failed
operation, 2 for a usage error (a malformed setting), 3 for a store that cannot be opened
or queried.
"""

from __future__ import annotations


class TumenError(Exception):
    """Base class for every error tumen reports to a user."""

    exit_code = 1


class ConfigError(TumenError):
    """A setting (database URL, size limit, …) is missing or malformed."""

    exit_code = 2


class StoreError(TumenError):
    """The evidence store cannot be opened, is not initialised, or refused a write."""

    exit_code = 3


class NotFoundError(StoreError):
    """What was asked for (a document, a person) is not in the store: a failed operation, not a broken store."""

    exit_code = 1


class ExportError(TumenError):
    """The export does not match its schema; nothing was written."""


class InputError(TumenError):
    """One input (a file, a batch record, stdin) could not become a document.

    ``source`` names the file (and record, as ``file#N``) and ``reason`` says why, in
    words an analyst understands. Nothing of that input is stored.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class MetadataError(TumenError):
    """A metadata value (flag, sidecar field, record field) is invalid."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(f"invalid {field} {value!r}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason
