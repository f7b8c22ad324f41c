"""The analyst's workflow pages: /search with facets, /review (merge or distinct, decided in the page) and /upload
(documents processed in the background with visible progress)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
