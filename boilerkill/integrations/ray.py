"""boilerkill on a Ray cluster: a callable class for Ray Data's ``map_batches``.

Needs ``pip install "boilerkill[ray]"``. Ray Data starts one actor per worker; each builds
its :class:`~boilerkill.Cleaner` (loading the model) once, in ``__init__``, and then cleans
batch after batch. ::

    import ray
    from boilerkill.integrations.ray import clean_dataset

    ray.init(address="auto")                      # a running cluster; ray.init() for this machine
    ds = ray.data.read_json("s3://bucket/pages/")  # any Ray Data source with a text column
    ds = clean_dataset(ds, workers=64, with_stats=True)
    ds.write_parquet("s3://bucket/clean/")

:func:`clean_dataset` is ``ds.map_batches(BoilerkillBatchCleaner, compute=ActorPoolStrategy(
size=workers), fn_constructor_kwargs=...)``; call that yourself for anything it does not pass.
"""

from __future__ import annotations

from typing import Any, Optional

import ray.data

from ..options import Options
from ..pipeline import Cleaner
from ._common import clean_column, make_options

__all__ = ["BoilerkillBatchCleaner", "clean_dataset"]


class BoilerkillBatchCleaner:
    """Cleans one text column of a batch; pass the class (not an instance) to ``map_batches``.

    Takes numpy batches (a dict of arrays, Ray Data's default) and pandas batches, and returns
    the same kind. Each text is byte-identical to ``boilerkill.clean(text, options)``.

    Args:
        column: the column holding the page text. Missing values (None, NaN) become None.
        output_column: where to put the cleaned text; None replaces ``column``.
        with_stats: also add the per-document counts as the columns named by
            :func:`boilerkill.integrations.stats_columns`.
        stats_prefix: the prefix of those columns' names.
        options: an :class:`~boilerkill.Options`; keyword overrides are applied on top.
    """

    def __init__(self, column: str = "text", output_column: Optional[str] = None,
                 with_stats: bool = False, stats_prefix: str = "boilerkill_",
                 options: Optional[Options] = None, **overrides: Any) -> None:
        self.column = column
        self.output_column = output_column or column
        self.with_stats = with_stats
        self.stats_prefix = stats_prefix
        # Built here, once per actor: the model is loaded once per worker, not per batch.
        self.cleaner = Cleaner(make_options(options, overrides))

    def __call__(self, batch):
        """Clean one batch: a dict of numpy arrays or a pandas DataFrame; returns the same kind
        with the cleaned (and count) columns set."""
        import numpy as np

        cols = clean_column(self.cleaner, batch[self.column], self.output_column,
                            self.with_stats, self.stats_prefix)
        if isinstance(batch, dict):
            out = dict(batch)
            for name, values in cols.items():
                # dtype=object: a column of strings (or None) stays one, whatever its values.
                arr = np.empty(len(values), dtype=object)
                arr[:] = values
                out[name] = arr
            return out
        out = batch.copy()
        for name, values in cols.items():
            out[name] = values
        return out


def clean_dataset(ds: "ray.data.Dataset", workers: Optional[int] = None, column: str = "text",
                  output_column: Optional[str] = None, with_stats: bool = False,
                  batch_size: int = 256, options: Optional[Options] = None,
                  **overrides: Any) -> "ray.data.Dataset":
    """``ds`` with its text column cleaned by a pool of :class:`BoilerkillBatchCleaner` actors.

    Args:
        ds: a Ray Data dataset with a string column ``column``.
        workers: the number of actors (one CPU each); None lets Ray Data scale the pool.
        column, output_column, with_stats, options, overrides: as for
            :class:`BoilerkillBatchCleaner`.
        batch_size: documents per batch (small enough that a batch of long pages stays in
            memory, large enough to amortise Ray's per-batch cost).

    Returns:
        A lazy dataset: nothing runs until it is consumed or written.
    """
    compute = ray.data.ActorPoolStrategy(size=workers) if workers else None
    return ds.map_batches(
        BoilerkillBatchCleaner,
        fn_constructor_kwargs=dict(column=column, output_column=output_column,
                                   with_stats=with_stats, options=make_options(options, overrides)),
        batch_size=batch_size,
        batch_format="numpy",
        compute=compute,
    )
