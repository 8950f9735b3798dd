"""boilerkill as datatrove pipeline steps: a formatter that cleans ``doc.text`` and a filter that
drops documents that are mostly chrome.

Needs ``pip install "boilerkill[datatrove]"``. ::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from boilerkill.integrations.datatrove import BoilerkillFilter, BoilerkillFormatter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("in/"),
        BoilerkillFormatter(),                  # doc.text = boilerkill.clean(doc.text)
        BoilerkillFilter(min_kept_share=0.2),   # drop pages that were 80 % chrome
        JsonlWriter("out/"),
    ], tasks=4).run()

Put the filter after the formatter: the formatter records what it dropped in
``doc.metadata["boilerkill"]`` and the filter reads it there, so each page is cleaned once.
On its own the filter cleans the page itself (and leaves ``doc.text`` as it was).

Both steps count what they did in datatrove's stats, as its own steps do: ``lines_kept``,
``lines_dropped``, ``chars_kept``, ``chars_dropped`` (per document, so the stats show their
totals and means), ``emptied`` (documents left with no text), and for the filter datatrove's
``forwarded``, ``dropped`` and ``dropped_<reason>``.
"""

from __future__ import annotations

from typing import Optional, Tuple, Union

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from ..options import Options
from ..pipeline import Cleaner, DocStats
from ._common import make_options

__all__ = ["BoilerkillFilter", "BoilerkillFormatter", "METADATA_KEY", "LOW_KEPT_SHARE"]

#: Where :class:`BoilerkillFormatter` records a document's counts (a dict with the four
#: :class:`~boilerkill.DocStats` fields and ``kept_share``).
METADATA_KEY = "boilerkill"

#: The reason :class:`BoilerkillFilter` gives for a drop; datatrove counts it as
#: ``dropped_boilerkill_low_kept_share`` and writes it to an exclusion writer's
#: ``metadata["filter_reason"]``.
LOW_KEPT_SHARE = "boilerkill_low_kept_share"


class _CleanerStep:
    """Holds the options and builds the Cleaner lazily, in the worker that runs the step.

    datatrove pickles the pipeline to send it to its workers (processes, Slurm jobs, Ray
    tasks): building the Cleaner on first use keeps the model and caches out of that pickle.
    """

    def _init_cleaner(self, options: Optional[Options], overrides) -> None:
        self.options: Options = make_options(options, overrides)
        self._cleaner: Optional[Cleaner] = None

    @property
    def cleaner(self) -> Cleaner:
        """The step's :class:`~boilerkill.Cleaner`, built on first use."""
        if self._cleaner is None:
            self._cleaner = Cleaner(self.options)
        return self._cleaner

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_cleaner"] = None
        return state

    def _count(self, stats: DocStats) -> None:
        # One update per document with the document's count as the value: datatrove's stats
        # then show the corpus total and the mean, min and max per document.
        for name, value in zip(DocStats._fields, stats):
            self.stat_update(name, value=value, unit="doc")


def _metadata(stats: DocStats) -> dict:
    d = stats.as_dict()
    d["kept_share"] = stats.kept_share
    return d


class BoilerkillFormatter(_CleanerStep, BaseFormatter):
    """A datatrove formatter: replaces each document's text with boilerkill's cleaned text.

    The text is byte-identical to ``boilerkill.clean(doc.text, options)``. Documents are never
    dropped here, even when nothing is kept (``emptied`` counts them): dropping is
    :class:`BoilerkillFilter`'s job, with a reason.

    Args:
        options: an :class:`~boilerkill.Options`; keyword overrides are applied on top
            (``BoilerkillFormatter(threshold=0.6)``).
        metadata_key: where to record the document's counts in ``doc.metadata`` (read by a
            :class:`BoilerkillFilter` later in the pipeline, and written out by datatrove's
            writers); None records nothing.
    """

    name = "🧹 boilerkill"

    def __init__(self, options: Optional[Options] = None, metadata_key: Optional[str] = METADATA_KEY,
                 **overrides) -> None:
        super().__init__()
        self._init_cleaner(options, overrides)
        self.metadata_key = metadata_key

    def format(self, text: str) -> str:
        """The cleaned text (what :meth:`run` puts in ``doc.text``)."""
        return self.cleaner.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document's text in place, count, and pass every document on."""
        cleaner = self.cleaner
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                text, stats = cleaner.clean_with_stats(doc.text)
            self._count(stats)
            if not text and doc.text:
                self.stat_update("emptied")
            doc.text = text
            if self.metadata_key:
                doc.metadata[self.metadata_key] = _metadata(stats)
            yield doc


class BoilerkillFilter(_CleanerStep, BaseFilter):
    """A datatrove filter: drops documents whose kept share of characters is below a threshold.

    The kept share is :attr:`boilerkill.DocStats.kept_share`: the characters of the lines
    boilerkill keeps over the characters of all non-blank lines. A page of which boilerkill
    keeps 5 % is a menu, a login wall or a list of links, whatever its length. A dropped
    document's reason is :data:`LOW_KEPT_SHARE`; its share is in ``doc.metadata`` under
    ``metadata_key`` for an exclusion writer.

    The filter does not change ``doc.text``. After a :class:`BoilerkillFormatter` it reads the
    counts the formatter recorded (the text it sees is already clean); otherwise it cleans the
    document itself to count.

    Args:
        min_kept_share: keep documents whose kept share is at least this (0..1).
        options: an :class:`~boilerkill.Options`; keyword overrides are applied on top.
        metadata_key: where a formatter earlier in the pipeline recorded its counts, and where
            this filter records them when it counted itself; None neither reads nor writes.
        exclusion_writer: a datatrove writer for the dropped documents.
    """

    name = "🧹 boilerkill kept share"

    def __init__(self, min_kept_share: float = 0.2, options: Optional[Options] = None,
                 metadata_key: Optional[str] = METADATA_KEY, exclusion_writer=None,
                 **overrides) -> None:
        super().__init__(exclusion_writer)
        if not 0.0 <= float(min_kept_share) <= 1.0:
            raise ValueError(f"min_kept_share must be in [0, 1], got {min_kept_share!r}")
        self.min_kept_share = float(min_kept_share)
        self._init_cleaner(options, overrides)
        self.metadata_key = metadata_key

    def kept_share(self, doc: Document) -> float:
        """The document's kept share: recorded by a formatter earlier, or counted now."""
        recorded = doc.metadata.get(self.metadata_key) if self.metadata_key else None
        if isinstance(recorded, dict) and "kept_share" in recorded:
            return float(recorded["kept_share"])
        _, stats = self.cleaner.clean_with_stats(doc.text)
        self._count(stats)
        if self.metadata_key:
            doc.metadata[self.metadata_key] = _metadata(stats)
        return stats.kept_share

    def filter(self, doc: Document) -> Union[bool, Tuple[bool, str]]:
        """True to keep the document; ``(False, LOW_KEPT_SHARE)`` to drop it."""
        if self.kept_share(doc) >= self.min_kept_share:
            return True
        return False, LOW_KEPT_SHARE
