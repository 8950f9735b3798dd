"""boilerkill in Hugging Face ``datasets``: a batched function for ``Dataset.map``.

Needs ``pip install "boilerkill[hf]"`` for datasets itself; this module imports nothing of
it, so the function also serves any other engine that passes batches as a dict of columns. ::

    from boilerkill.integrations.hf import clean_batch

    ds = ds.map(clean_batch, batched=True, num_proc=8,
                fn_kwargs={"column": "text", "with_stats": True, "threshold": 0.5})
    ds = ds.filter(lambda r: r["boilerkill_kept_share"] >= 0.2)

``clean_batch`` is a plain module-level function with plain arguments, so datasets hashes it
(and ``fn_kwargs``) to the same fingerprint in every run and process: a second run with the
same arguments reuses the cached result instead of cleaning again.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence

from ..options import Options
from ._common import clean_column, make_options, shared_cleaner

__all__ = ["clean_batch"]


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    column: str = "text",
    output_column: Optional[str] = None,
    with_stats: bool = False,
    stats_prefix: str = "boilerkill_",
    options: Optional[Options] = None,
    **overrides: Any,
) -> Dict[str, List[Any]]:
    """Clean one batch's text column; for ``Dataset.map(clean_batch, batched=True)``.

    Args:
        batch: a dict of columns (lists of equal length), as ``datasets`` passes it.
        column: the column holding the page text. Missing values (None) stay None.
        output_column: where to put the cleaned text; None replaces ``column``.
        with_stats: also return the per-document counts, as the columns named by
            :func:`boilerkill.integrations.stats_columns` (``boilerkill_lines_kept``,
            ``boilerkill_lines_dropped``, ``boilerkill_chars_kept``, ``boilerkill_chars_dropped``,
            ``boilerkill_kept_share``).
        stats_prefix: the prefix of those columns' names.
        options: an :class:`~boilerkill.Options`; keyword overrides (``threshold=0.6``,
            ``fix_unicode=False``, ...) are applied on top. Pass them through ``fn_kwargs``.

    Returns:
        The new or replaced columns only (``datasets`` keeps the others). Each text is
        byte-identical to ``boilerkill.clean(text, options)``.

    Raises:
        KeyError: ``column`` is not in the batch.
    """
    cleaner = shared_cleaner(make_options(options, overrides))
    return clean_column(cleaner, batch[column], output_column or column, with_stats, stats_prefix)
