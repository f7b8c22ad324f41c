"""Case reports (HTML and PDF) downloadable from a person's case file."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
