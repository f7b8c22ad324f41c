"""The ``tumen`` command: a thin layer over :class:`tumen.api.Tumen`."""

from __future__ import annotations

from tumen.cli.app import main

__all__ = ["main"]
