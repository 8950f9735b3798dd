"""A bounded cache of per-line work, shared by the pipeline's stages.

Chrome repeats: a site's menu, footer and share row come back on every page, so the rules and
the lexical features of a line are kept for the next time it is seen. The values are pure
functions of the line, so caching never changes output, only its cost.
"""

from __future__ import annotations

from typing import Dict, Sequence

#: What :func:`lookup` gives for a key not in the cache (never a cached value).
MISSING = object()

#: Each cache of per-line work keeps at most twice this many lines (see :class:`LineCache`).
#: Caching never changes output (the cached values are pure functions of the line); it saves
#: recomputing chrome that repeats across the pages of a site. (Twice 65,536 took the peak
#: RSS of ``boilerkill --jsonl --jobs 2`` on 100 MB from 117 MB to 148 MB.)
CACHE_LINES = 32_768


class LineCache:
    """A bounded line -> value cache that keeps the lines in use: two generations.

    New lines go into the young generation; when it holds ``size`` lines it becomes the old
    one (the previous old one is dropped) and a new young one starts. A line found in the old
    generation moves back to the young one. So a line that keeps coming back (a site's menu,
    its footer) survives every turnover, and a line seen once (most body text) is gone after
    two. On a stream of the benchmark's pages (``benchmarks/throughput.py``) two generations
    of 32,768 lines find 40% of lines, against 37% for one dict of 65,536 lines cleared when
    full, the same bound on memory. At most ``2 * size`` lines are held.

    Supports what the pipeline uses of a dict: ``get``, ``in``, ``[]`` and ``[]=``.
    """

    __slots__ = ("size", "young", "old")

    def __init__(self, size: int = CACHE_LINES) -> None:
        self.size = size
        self.young: Dict[str, object] = {}
        self.old: Dict[str, object] = {}

    def get(self, line: str, default=None):
        """The cached value of ``line``, or ``default``."""
        value = self.young.get(line, MISSING)
        if value is not MISSING:
            return value
        value = self.old.get(line, MISSING)
        if value is MISSING:
            return default
        self[line] = value
        return value

    def get_many(self, lines: Sequence[str], default=None) -> list:
        """:meth:`get` of each line, as a list (one C-level pass over the young generation;
        only the lines it lacks are looked for in the old one)."""
        young = self.young.get
        out = [young(s, MISSING) for s in lines]
        missing = [j for j, v in enumerate(out) if v is MISSING]
        if missing and self.old:
            old = self.old.get
            for j, v in zip(missing, [old(lines[j], MISSING) for j in missing]):
                if v is not MISSING:
                    out[j] = self[lines[j]] = v  # back to the young generation
        if missing and default is not MISSING:
            out = [default if v is MISSING else v for v in out]
        return out

    def put_many(self, lines: Sequence[str], values: Sequence[object]) -> None:
        """``self[line] = value`` for each pair, in one ``dict.update`` when the young
        generation has room for them all."""
        if len(self.young) + len(lines) <= self.size:
            self.young.update(zip(lines, values))
        else:
            for line, value in zip(lines, values):
                self[line] = value

    def __contains__(self, line: str) -> bool:
        return line in self.young or line in self.old

    def __getitem__(self, line: str):
        value = self.get(line, MISSING)
        if value is MISSING:
            raise KeyError(line)
        return value

    def __setitem__(self, line: str, value) -> None:
        if len(self.young) >= self.size:
            self.old = self.young
            self.young = {}
        self.young[line] = value

    def __len__(self) -> int:
        return len(self.young) + len(self.old)





def lookup(cache, keys: Sequence[str]) -> list:
    """The cached value of each key, :data:`MISSING` where there is none. ``cache`` is a
    :class:`LineCache` (looked up in one pass) or any mapping with ``get``."""
    get_many = getattr(cache, "get_many", None)
    if get_many is not None:
        return get_many(keys, MISSING)
    get = cache.get
    return [get(k, MISSING) for k in keys]


def store(cache, keys: Sequence[str], values: Sequence[object]) -> None:
    """``cache[key] = value`` for each pair: :meth:`LineCache.put_many`, or item assignment
    on any other mapping."""
    put_many = getattr(cache, "put_many", None)
    if put_many is not None:
        put_many(keys, values)
    else:
        for key, value in zip(keys, values):
            cache[key] = value
