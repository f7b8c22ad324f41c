"""Exports of the case base: JSON (schema tumen/v1)."""
