"""Options: every knob of the cleaner in one immutable value."""

from __future__ import annotations

import dataclasses
from typing import Optional


@dataclasses.dataclass(frozen=True)
class Options:
    """Every setting of a :class:`~boilerkill.Cleaner`, with defaults that serve most users.

    Options are immutable; derive a changed copy with :meth:`replace`::

        strict = Options().replace(threshold=0.7)

    Attributes:
        threshold: a line is kept when its final score is at least this (0..1). Higher keeps less.
        context: revise each line's score with its neighbours and section markers
            ("Related Articles", "Comments"). Off gives the context-free line model alone.
        rules: apply the named hand rules (share buttons, cookie prompts, ...) before the model.
        headline: keep the article's headline, the title-like line just above the body, which
            the model alone tends to drop (reference texts of main content often omit it).
        fix_unicode: repair mojibake in kept lines with ftfy. Off leaves the text as read
            (whitespace is still folded).
        model_path: a model JSON written by ``boilerkill train``; None uses the shipped model.
        max_line_chars: lines longer than this are analysed on their first ``max_line_chars``
            characters only, so one huge line costs bounded time. The whole line is still output.
    """

    threshold: float = 0.5
    context: bool = True
    rules: bool = True
    headline: bool = True
    fix_unicode: bool = True
    model_path: Optional[str] = None
    max_line_chars: int = 10_000

    def __post_init__(self) -> None:
        if not (0.0 <= float(self.threshold) <= 1.0):
            raise ValueError(f"threshold must be in [0, 1], got {self.threshold!r}")
        if int(self.max_line_chars) < 16:
            raise ValueError(f"max_line_chars must be at least 16, got {self.max_line_chars!r}")

    def replace(self, **changes) -> "Options":
        """Return a copy with the given fields changed (unknown names raise TypeError)."""
        return dataclasses.replace(self, **changes)
