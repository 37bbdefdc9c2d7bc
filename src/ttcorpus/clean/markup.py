"""HTML left in scraped text: character references ("&nbsp;", "&quot;", "&#8211;")
are decoded and tags ("<br>", "<p>", "<strong>", "<a href=…>") become a space,
before the page is read. A paragraph that ends in "<br>" still ends its sentence,
and "&quot;Dân vận khéo&quot;" is the quoted name it stands for.

Tags become spaces, never line breaks, so every line keeps its number; references
are decoded until none is left ("&amp;quot;" → '"'), so that cleaning the clean
text again changes nothing. Only the HTML tag names below count as tags: "<5 tuổi"
and "a<b" are text.

>>> unmark("Ban Dân vận&nbsp;tổ chức &quot;Dân vận khéo&quot;.<br>")
('Ban Dân vận\\xa0tổ chức "Dân vận khéo". ', 4)
>>> unmark("Trẻ em <6 tuổi, R&D")
('Trẻ em <6 tuổi, R&D', 0)
"""

from __future__ import annotations

import html
import re

# The elements a scraper leaves behind in article text (HTML Living Standard).
TAG_NAMES = (
    "a abbr article aside b big blockquote br center cite code dd div dl dt em figcaption "
    "figure font footer h1 h2 h3 h4 h5 h6 header hr i iframe img ins label li mark nav ol "
    "p picture pre q s section small source span strike strong sub sup table tbody td "
    "tfoot th thead time tr tt u ul video"
).split()
# A tag stays on its line: its attributes hold no line break.
_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(TAG_NAMES, key=len, reverse=True)) + r")"
    r"(?=[ \t/>])(?:[ \t][^<>\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]{0,500})?/?>",
    re.IGNORECASE,
)
# A character reference: named ("&nbsp;") or numeric ("&#8211;", "&#x2013;").
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Quick test: no "&" before a letter or "#", no "<" before a letter or "/": no markup.
_HINT = re.compile(r"&[#A-Za-z]|</?[A-Za-z]")
MAX_ROUNDS = 4  # "&amp;amp;lt;br&amp;gt;" needs several; real text one
# What str.splitlines breaks a line on.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def unmark(text: str) -> tuple[str, int]:
    """``text`` with character references decoded and tags replaced by a space,
    and how many of them there were.
    """
    if ("&" not in text and "<" not in text) or _HINT.search(text) is None:
        return text, 0  # (two substring tests are much faster than the class scan)
    changes = 0
    for _ in range(MAX_ROUNDS):
        count = [0]

        def decode(m: re.Match[str], count: list[int] = count) -> str:
            decoded = html.unescape(m.group())
            if decoded == m.group():
                return decoded  # no such reference: text
            count[0] += 1
            # "&#10;" would break the line in two: every line keeps its number
            return " " if any(c in decoded for c in _LINE_BREAKS) else decoded

        new = _REFERENCE.sub(decode, text) if "&" in text else text
        new, tags = _TAG.subn(" ", new) if "<" in new else (new, 0)
        if count[0] + tags == 0:
            break
        changes += count[0] + tags
        text = new
    return text, changes
