"""Wire credits: a news agency's name alone on a line after the article ("TTXVN",
"VNA"), or the agency with the paper that ran its copy ("TTXVN/Báo Tin tức"), credits
the article (``clean_wire_credits.txt``).

>>> wire_credit("TTXVN"), wire_credit("TTXVN/Báo Tin tức"), wire_credit("VNA.")
('TTXVN', 'TTXVN/Báo Tin tức', 'VNA')
>>> wire_credit("Hà Nội"), wire_credit("TTXVN đưa tin hội nghị"), wire_credit("Nam/TTXVN tin")
(None, None, None)
"""

from __future__ import annotations

import re

from ttcorpus.resources import data_lines

WIRES = frozenset(data_lines("clean_wire_credits.txt"))
# The paper beside the agency: at most this many words, each capitalised or a number.
PARTNER_MAX_WORDS = 4
_SLASH = re.compile(r"\s?/\s?")


def wire_credit(text: str) -> str | None:
    """The credit named by a line that is only a wire credit, else None."""
    text = text.rstrip(".")
    if text in WIRES:
        return text
    parts = _SLASH.split(text)
    if len(parts) != 2 or not any(p in WIRES for p in parts):
        return None
    other = parts[1] if parts[0] in WIRES else parts[0]
    words = other.split()
    if not 0 < len(words) <= PARTNER_MAX_WORDS or not words[0][:1].isupper():
        return None
    return text
