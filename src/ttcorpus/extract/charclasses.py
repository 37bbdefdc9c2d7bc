"""Character classes shared by the finders.

>>> "Đ" in latin_letters("isupper") and "đ" in latin_letters("islower")
True
"""

from __future__ import annotations

import functools
import re


@functools.cache
def latin_letters(predicate: str) -> str:
    """Every Latin letter (Basic Latin to Extended-B and the Vietnamese block) of one
    case (``"isupper"`` or ``"islower"``), escaped for a regex character class."""
    codes = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
    chars = "".join(chr(c) for c in codes if chr(c).isalpha() and getattr(chr(c), predicate)())
    return re.escape(chars)
