"""The REST API under /api: the JSON export's data, paginated as ``{"items": [...], "next": ...}``."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
