"""Those a dead person "leaves behind" survive them: no family separation (docs/extraction.md, "Events").

"Leave behind" tells a separation where someone flees or is taken away ("she left behind her two sons when she
crossed the river"), but an obituary and a report of a killing use it, in the present tense, for the family a dead
person leaves ("He leaves behind a wife and two children"): a standing fact, told on the day of the report, where
a separation is told as a past act. The phrase with its verb in the present tense tells no separation.
"""

from __future__ import annotations

from typing import Any

PRESENT = frozenset({"VBZ", "VBP"})


def survived(verb: Any) -> bool:
    """Whether "leave behind" on ``verb`` names a dead person's survivors: the verb in the present tense."""
    return verb.tag_ in PRESENT
