"""The pipeline: the only layer that moves data between the evidence store and the pure core.

``process`` extracts new or changed documents (in worker processes) and, batch by batch, brings
the stored case base up to date with what they touch; ``judged`` does the same for an analyst's
decision. Everything that shows a case reads the tables these write.
"""

from tumen.pipeline.process import ProcessReport, judged, process

__all__ = ["ProcessReport", "judged", "process"]
