"""boilerkill as one step of someone else's pipeline.

Each submodule wraps :meth:`boilerkill.Cleaner.clean_with_stats` for one engine and imports
that engine; this package itself imports none of them, so ``import boilerkill.integrations``
costs nothing until a submodule is used:

* :mod:`boilerkill.integrations.datatrove`: a formatter and a filter step
  (``pip install "boilerkill[datatrove]"``);
* :mod:`boilerkill.integrations.hf`: a batched function for ``datasets.Dataset.map``
  (``pip install "boilerkill[hf]"``);
* :mod:`boilerkill.integrations.ray`: a callable class for Ray Data's ``map_batches``
  (``pip install "boilerkill[ray]"``);
* :mod:`boilerkill.integrations.sklearn`: a scikit-learn transformer that retrains the line
  model on labelled pages (``pip install "boilerkill[train]"``).

Whatever the engine, the cleaned text is byte-identical to :func:`boilerkill.clean` with the
same options.
"""

__all__ = ["stats_columns"]

from ._common import stats_columns
