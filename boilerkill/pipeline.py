"""The one place where the stage order lives.

    split into lines -> normalise -> features -> rules and line model -> context -> decide

:class:`Cleaner` holds options, the loaded model and a bounded cache of per-line work; the
module-level :func:`clean` and :func:`classify` are one-call conveniences.
"""

from __future__ import annotations

from typing import Dict, List, NamedTuple, Optional, Tuple

from .context import context_features, reason
from .features import LineStats, page_features
from .model import Model, load_model, score_lines, sigmoid
from .normalize import fold_line, repair, split_lines
from .options import Options
from .rules import RULES

#: Cached per-line work is dropped wholesale when the cache holds this many distinct lines.
#: Caching never changes output (the cached values are pure functions of the line); it saves
#: recomputing chrome that repeats across the pages of a site.
CACHE_LINES = 65_536


class Decision(NamedTuple):
    """What boilerkill decided about one input line.

    Attributes:
        line: the line as it is output: whitespace folded, and repaired by ftfy if kept.
        keep: True when the line is body.
        score: the model's probability that the line is body, in [0, 1] (0 for blank lines).
        reason: why, for a person: ``blank``, ``rule:<name>`` (a named hand rule),
            ``model:<score>`` (the model decided, the context agreeing) or
            ``context:<why>`` (the context stage overturned the line model).
    """

    line: str
    keep: bool
    score: float
    reason: str


class PageAnalysis(NamedTuple):
    """Everything computed about one page before the decision (used by training too)."""

    lines: List[str]
    index: List[int]
    vectors: List[List[float]]
    rules: List[Optional[str]]


def analyse(
    text: str,
    options: Options,
    stats_cache: Optional[Dict[str, LineStats]] = None,
    rule_cache: Optional[Dict[str, Optional[str]]] = None,
) -> PageAnalysis:
    """Split, normalise, featurise and apply rules to one page: everything before the model.

    Training calls this too, so the model is fitted on exactly the features it will see.
    The caches map a line to its features and its rule; pass dicts to share work across pages.
    """
    stats = {} if stats_cache is None else stats_cache
    rule_cache = {} if rule_cache is None else rule_cache
    lines = [fold_line(line) for line in split_lines(text)]
    vectors = page_features(lines, stats, options.max_line_chars)
    index = [i for i, s in enumerate(lines) if s]
    rules: List[Optional[str]]
    if options.rules:
        rules = []
        for i in index:
            s = lines[i]
            if s in rule_cache:
                rules.append(rule_cache[s])
            else:
                r = RULES.match(s, stats[s].words)
                rule_cache[s] = r
                rules.append(r)
    else:
        rules = [None] * len(index)
    return PageAnalysis(lines, index, vectors, rules)


class Cleaner:
    """Cleans pages with one set of options and one loaded model; reuse it for many pages.

    Args:
        options: an :class:`Options`; keyword overrides are applied on top
            (``Cleaner(threshold=0.7)``).

    Raises:
        ModelError: the model file named by ``options.model_path`` is missing or invalid.
    """

    def __init__(self, options: Optional[Options] = None, **overrides) -> None:
        options = options or Options()
        self.options: Options = options.replace(**overrides) if overrides else options
        self.model: Model = load_model(self.options.model_path)
        self._stats: Dict[str, LineStats] = {}
        self._rules: Dict[str, Optional[str]] = {}

    def analyse(self, text: str) -> PageAnalysis:
        """Split, normalise, featurise and apply rules to one page (no model scores yet)."""
        if len(self._stats) > CACHE_LINES:
            self._stats.clear()
            self._rules.clear()
        return analyse(text, self.options, self._stats, self._rules)

    def scores(self, page: PageAnalysis) -> Tuple[List[float], List[float], List[Optional[str]]]:
        """Line-model and final probabilities for the non-blank lines, and the section marker
        in force at each (None where none is)."""
        logits = score_lines(self.model.line, page.vectors)
        line_p = [sigmoid(z) for z in logits]
        if not self.options.context or not logits:
            return line_p, line_p, [None] * len(logits)
        ctx, markers = context_features(logits, page.rules)
        final = [sigmoid(z) for z in score_lines(self.model.context, ctx)]
        return line_p, final, markers

    def classify(self, text: str) -> List[Decision]:
        """One :class:`Decision` per input line (lines end at ``\\n``, ``\\r\\n`` or ``\\r``)."""
        page = self.analyse(text)
        line_p, final, markers = self.scores(page)
        threshold = self.options.threshold
        fix = self.options.fix_unicode
        out = [Decision("", False, 0.0, "blank")] * len(page.lines)
        for k, i in enumerate(page.index):
            s = page.lines[i]
            p = final[k]
            rule = page.rules[k]
            if rule is not None:
                out[i] = Decision(s, False, p, "rule:" + rule)
            elif p >= threshold:
                why = reason(line_p[k], p, threshold, markers[k])
                out[i] = Decision(repair(s) if fix else s, True, p, why)
            else:
                why = reason(line_p[k], p, threshold, markers[k])
                out[i] = Decision(s, False, p, why)
        return out

    def clean(self, text: str) -> str:
        """The page's body lines, in order, joined by ``\\n`` (no trailing newline)."""
        return "\n".join(d.line for d in self.classify(text) if d.keep)


def classify(text: str, options: Optional[Options] = None, **overrides) -> List[Decision]:
    """One :class:`Decision` per line of ``text``; see :meth:`Cleaner.classify`.

    Builds a :class:`Cleaner` per call: for many pages, make one Cleaner and reuse it.
    """
    return Cleaner(options, **overrides).classify(text)


#: Alias of :func:`classify`: the decisions are the explanation.
explain = classify


def clean(text: str, options: Optional[Options] = None, **overrides) -> str:
    """The body lines of ``text`` joined by ``\\n``; see :meth:`Cleaner.clean`."""
    return Cleaner(options, **overrides).clean(text)

