"""Extraction: text + document metadata in, mentions and local facts out — pure functions."""
