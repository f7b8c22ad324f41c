"""Server-rendered pages (the URLs are a contract): /, /documents/{id}, /persons, /persons/{id}, /search, /review,
/upload."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
