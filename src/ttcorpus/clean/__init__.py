"""Cleaning: one scraped article → clean body text, every removed line (or piece of
a line) with its kind, and the metadata read off the removed lines.

``clean_article`` is the public function; ``lines``, ``boilerplate``, ``metadata``
and ``segment`` hold the line features, chrome kinds, metadata parsers and the
cutting of glued lines that it composes.
"""

from ttcorpus.clean.article import clean_article

__all__ = ["clean_article"]
