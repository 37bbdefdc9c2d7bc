"""Cleaning: one scraped article → clean body text, every removed line (or piece of
a line) with its kind, and the metadata read off the removed lines.

``clean_article`` is the public function. It composes ``lines`` (normalised lines
and their shape), ``segment`` (cutting lines where page parts were glued together),
``boilerplate`` (the kinds of page chrome; documented there), ``phrases`` (the phrase
lists indexed by their words) and ``metadata`` (datelines, bylines, attributions,
site and section).

>>> clean_article("Hội nghị giao ban\\n\\nSáng 12/4, Bộ Công an tổ chức hội nghị.").text
'Sáng 12/4, Bộ Công an tổ chức hội nghị.'
"""

from ttcorpus.clean.article import clean_article

__all__ = ["clean_article"]
