"""Ingestion: files, folders, batches and stdin become immutable documents."""

from tumen.ingest.pipeline import Ingestor, Report, Result, Status

__all__ = ["Ingestor", "Report", "Result", "Status"]
