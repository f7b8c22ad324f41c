"""Resolution: one person (organisation, place) across documents, spellings and scripts."""
