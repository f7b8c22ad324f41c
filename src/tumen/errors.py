"""Errors a user can act on: each names what failed (file, record, field) and why."""

from __future__ import annotations


class TumenError(Exception):
    """Base class for every error tumen reports to a user."""


class ConfigError(TumenError):
    """A setting (database URL, size limit, …) is missing or malformed."""


class StoreError(TumenError):
    """The evidence store cannot be opened, is not initialised, or refused a write."""


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
