"""PLACEHOLDER: the final API with a trivial body so that the CLI and benchmarks can be built."""

from __future__ import annotations

from typing import List, NamedTuple, Optional

from .options import Options


class Decision(NamedTuple):
    """What boilerkill decided about one input line."""

    line: str
    keep: bool
    score: float
    reason: str


class Cleaner:
    """Holds options and a loaded model for repeated calls."""

    def __init__(self, options: Optional[Options] = None, **overrides) -> None:
        options = options or Options()
        self.options = options.replace(**overrides) if overrides else options

    def classify(self, text: str) -> List[Decision]:
        """One decision per input line."""
        out = []
        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            s = " ".join(line.split())
            score = min(1.0, len(s.split()) / 20)
            out.append(Decision(s, score >= self.options.threshold, score, f"model:{score:.2f}"))
        return out

    def clean(self, text: str) -> str:
        """The kept lines joined by newlines."""
        return "\n".join(d.line for d in self.classify(text) if d.keep)


def classify(text: str, options: Optional[Options] = None, **overrides) -> List[Decision]:
    """One decision per input line."""
    return Cleaner(options, **overrides).classify(text)


explain = classify


def clean(text: str, options: Optional[Options] = None, **overrides) -> str:
    """The page's body lines."""
    return Cleaner(options, **overrides).clean(text)
