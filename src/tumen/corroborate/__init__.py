"""Corroboration: facts across documents, which sources are independent, verdicts, conflicts."""
