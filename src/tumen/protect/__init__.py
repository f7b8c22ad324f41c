"""Protection of at-risk persons: who is at risk (rules as data and analysts' flags), their pseudonyms,
and the redaction that keeps their names out of every public output (``--public``)."""
