"""What every integration shares: building a Cleaner from options, and the stats' names.

Imports nothing beyond boilerkill itself.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..options import Options
from ..pipeline import Cleaner, DocStats

#: The per-document counts an integration can add, in order: :class:`DocStats`'s four fields
#: and its kept share.
STAT_FIELDS: Tuple[str, ...] = DocStats._fields + ("kept_share",)

# One Cleaner per distinct Options in a worker process. A Cleaner's caches never change its
# output (see boilerkill.pipeline), so sharing one across calls keeps results independent of
# call order while loading the model once per process, not once per batch.
_CLEANERS: Dict[Options, Cleaner] = {}


def make_options(options: Optional[Options], overrides: Dict) -> Options:
    """``options`` (default :class:`Options`) with keyword overrides applied; validates both."""
    options = options or Options()
    return options.replace(**overrides) if overrides else options


def shared_cleaner(options: Options) -> Cleaner:
    """The process's Cleaner for ``options``, built on first use."""
    cleaner = _CLEANERS.get(options)
    if cleaner is None:
        if len(_CLEANERS) >= 16:  # a long-lived worker that sees many option sets stays bounded
            _CLEANERS.clear()
        cleaner = _CLEANERS[options] = Cleaner(options)
    return cleaner


def stats_columns(prefix: str = "boilerkill_") -> List[str]:
    """The names of the per-document count columns the integrations add, in order:
    ``lines_kept``, ``lines_dropped``, ``chars_kept``, ``chars_dropped``, ``kept_share``,
    each after ``prefix``."""
    return [prefix + f for f in STAT_FIELDS]


def stats_row(stats: DocStats) -> Tuple:
    """The values of :func:`stats_columns` for one document."""
    return tuple(stats) + (stats.kept_share,)


def clean_column(cleaner: Cleaner, texts: Iterable[Any], output_column: str,
                 with_stats: bool = False, stats_prefix: str = "boilerkill_") -> Dict[str, List[Any]]:
    """Clean a column of texts: ``{output_column: cleaned texts}``, plus the
    :func:`stats_columns` when ``with_stats``. A value that is not a string (None, or NaN in
    a pandas column) is missing: its cleaned text and counts are None."""
    texts = list(texts)
    # The batch's strings cleaned together (Cleaner.clean_many_with_stats: the same output as
    # one call each, faster), then put back among the missing values.
    done = iter(cleaner.clean_many_with_stats([t for t in texts if isinstance(t, str)]))
    cleaned: List[Optional[str]] = []
    rows: List[Tuple] = []
    missing = (None,) * len(STAT_FIELDS)
    for text in texts:
        if not isinstance(text, str):
            cleaned.append(None)
            rows.append(missing)
            continue
        out, stats = next(done)
        cleaned.append(out)
        rows.append(stats_row(stats))
    cols: Dict[str, List[Any]] = {output_column: cleaned}
    if with_stats:
        for k, name in enumerate(stats_columns(stats_prefix)):
            cols[name] = [row[k] for row in rows]
    return cols
