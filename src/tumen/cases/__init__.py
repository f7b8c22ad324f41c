"""Case files: persons, facts and their verdicts assembled from the whole store."""
