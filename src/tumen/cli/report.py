"""``tumen report``: a person's case report as PDF or HTML."""

from __future__ import annotations
