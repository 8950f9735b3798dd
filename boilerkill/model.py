"""Load the shipped model JSON, validate it, and score feature vectors with a dot product.

The model file is plain JSON (never a pickle): for each stage, the feature names it was fitted
on, their training mean and scale, the logistic-regression coefficients and intercept. Loading
checks everything a wrong or tampered file could get wrong and raises :class:`ModelError`
naming the problem. Scoring needs no scikit-learn and no numpy.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from operator import mul
from importlib import resources
from bisect import bisect_right
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .errors import ModelError
from .features import FEATURE_NAMES
from .lexicon import LEXICAL_NAMES, LexiconIndex

#: The model file format this code reads. A file of another format version is refused.
FORMAT = "boilerkill-model"
FORMAT_VERSION = 1

#: Logits are clipped here so that one extreme feature cannot make a score exactly 0 or 1.
_MAX_LOGIT = 30.0


def sigmoid(z: float) -> float:
    """The logistic function, safe for any finite ``z``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-min(z, _MAX_LOGIT)))
    e = math.exp(max(z, -_MAX_LOGIT))
    return e / (1.0 + e)


class LinearStage:
    """One fitted logistic regression over a fixed basis: standardised features plus, for some
    features, one-hot bins (a step function per feature, which lets a linear model bend: a line
    of 3 words and one of 300 are both unlike body text of 40).

    The standardisation is folded into the weights at load time, so scoring a page is one
    matrix product plus one table lookup per binned feature.
    """

    __slots__ = ("names", "weights", "bias", "bins", "_array", "_bins_np")

    def __init__(self, names: Sequence[str], mean: Sequence[float], scale: Sequence[float],
                 coef: Sequence[float], intercept: float,
                 bins: Optional[Sequence[Tuple[int, Sequence[float], Sequence[float]]]] = None
                 ) -> None:
        self.names = tuple(names)
        self.weights = [c / s for c, s in zip(coef, scale)]
        self.bias = intercept - sum(c * m / s for c, m, s in zip(coef, mean, scale))
        #: (feature position, bin edges, weight of each of the len(edges) + 1 bins)
        self.bins = [(int(i), list(e), list(w)) for i, e, w in (bins or ())]
        self._array = None
        self._bins_np = None

    def array(self):
        """The weights as a numpy vector (built on first use: numpy is imported lazily)."""
        if self._array is None:
            import numpy

            self._array = numpy.asarray(self.weights, dtype=numpy.float64)
            self._bins_np = [(i, numpy.asarray(e), numpy.asarray(w)) for i, e, w in self.bins]
        return self._array

    def logit(self, x: Sequence[float]) -> float:
        """The log-odds that the line is body, for one feature vector."""
        z = self.bias + sum(map(mul, self.weights, x))
        for i, edges, w in self.bins:
            z += w[bisect_right(edges, x[i])]
        return z

    def logits(self, matrix):
        """The log-odds for every row of a numpy feature matrix."""
        import numpy

        # numpy's own loop, not BLAS: ``matrix @ w`` goes to a BLAS that starts a thread per
        # core, and where every core is busy (``--jobs``, or a cluster's other tasks) those
        # threads wait on each other: 8 ms for a 7,000 x 83 product on a loaded 2-core
        # machine, against 0.24 ms here, loaded or not.
        z = numpy.einsum("ij,j->i", matrix, self.array(), optimize=False) + self.bias
        for i, edges, w in self._bins_np:
            z += w[numpy.searchsorted(edges, matrix[:, i], side="right")]
        return z


def _numbers(values: Any, n: Optional[int], where: str) -> List[float]:
    if not isinstance(values, list) or (n is not None and len(values) != n):
        size = f"{n} " if n is not None else ""
        raise ModelError(f"'{where}' must be a list of {size}numbers")
    for i, v in enumerate(values):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise ModelError(f"'{where}[{i}]' is not a finite number: {v!r}")
    return [float(v) for v in values]


def _stage(doc: Dict[str, Any], key: str, expected: Sequence[str]) -> LinearStage:
    part = doc.get(key)
    if not isinstance(part, dict):
        raise ModelError(f"model file has no '{key}' stage object")
    names = part.get("features")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ModelError(f"'{key}.features' must be a list of feature names")
    if tuple(names) != tuple(expected):
        missing = [n for n in expected if n not in names]
        extra = [n for n in names if n not in expected]
        detail = f"missing {missing}, unknown {extra}" if missing or extra else "in another order"
        raise ModelError(
            f"'{key}.features' do not match this version of boilerkill ({detail}); "
            "retrain the model with this version"
        )
    arrays = {field: _numbers(part.get(field), len(names), f"{key}.{field}")
              for field in ("mean", "scale", "coef")}
    for i, s in enumerate(arrays["scale"]):
        if s <= 0:
            raise ModelError(f"'{key}.scale[{i}]' ({names[i]}) must be positive, got {s}")
    intercept = part.get("intercept")
    if isinstance(intercept, bool) or not isinstance(intercept, (int, float)) \
            or not math.isfinite(intercept):
        raise ModelError(f"'{key}.intercept' is not a finite number: {intercept!r}")
    bins_doc = part.get("bins", {})
    if not isinstance(bins_doc, dict):
        raise ModelError(f"'{key}.bins' must be an object of feature name -> bins")
    bins = []
    for name, b in sorted(bins_doc.items(), key=lambda t: names.index(t[0]) if t[0] in names
                          else -1):
        if name not in names:
            raise ModelError(f"'{key}.bins' names an unknown feature {name!r}")
        if not isinstance(b, dict):
            raise ModelError(f"'{key}.bins.{name}' must be an object with edges and coef")
        edges = _numbers(b.get("edges"), None, f"{key}.bins.{name}.edges")
        if any(a >= c for a, c in zip(edges, edges[1:])):
            raise ModelError(f"'{key}.bins.{name}.edges' must be strictly increasing")
        weights = _numbers(b.get("coef"), len(edges) + 1, f"{key}.bins.{name}.coef")
        bins.append((names.index(name), edges, weights))
    return LinearStage(names, arrays["mean"], arrays["scale"], arrays["coef"], float(intercept),
                       bins)


def _lexicon(doc: Dict[str, Any]) -> Optional[Dict[str, float]]:
    if "lexicon" not in doc:
        return None
    lex = doc["lexicon"]
    if not isinstance(lex, dict):
        raise ModelError("'lexicon' must be an object of word -> weight")
    out: Dict[str, float] = {}
    for word, w in lex.items():
        if not word or isinstance(w, bool) or not isinstance(w, (int, float)) \
                or not math.isfinite(w):
            raise ModelError(f"'lexicon[{word!r}]' is not a finite number: {w!r}")
        out[word] = float(w)
    return out


class Model:
    """A loaded, validated model: the lexicon (if any), the line stage and the context stage
    (one or two rounds).

    Build one with :func:`load_model`; it is immutable and safe to share between threads.
    """

    def __init__(self, doc: Dict[str, Any], source: str, digest: str) -> None:
        # Imported here, not at module level, so context.py may import model.py's sigmoid.
        from .context import CONTEXT_FEATURE_NAMES

        if not isinstance(doc, dict):
            raise ModelError(f"{source}: the model file must hold a JSON object")
        if doc.get("format") != FORMAT:
            raise ModelError(f"{source}: not a boilerkill model (format is {doc.get('format')!r})")
        if doc.get("format_version") != FORMAT_VERSION:
            raise ModelError(
                f"{source}: model format version {doc.get('format_version')!r} is not "
                f"{FORMAT_VERSION}, the one this boilerkill reads"
            )
        try:
            #: word -> log-odds of body (see :mod:`boilerkill.lexicon`), or None for a model
            #: whose line stage reads the shape features alone.
            self.lexicon: Optional[Dict[str, float]] = _lexicon(doc)
            #: the lexicon prepared for fast scoring (None without a lexicon)
            self.lexicon_index: Optional[LexiconIndex] = (
                LexiconIndex(self.lexicon) if self.lexicon is not None else None)
            line_names = FEATURE_NAMES + (LEXICAL_NAMES if self.lexicon is not None else ())
            self.line = _stage(doc, "line", line_names)
            self.context = _stage(doc, "context", CONTEXT_FEATURE_NAMES)
            #: The second context round, which reads the first round's logits in place of
            #: the line model's (None in a model file of one round).
            self.context2: Optional[LinearStage] = (
                _stage(doc, "context2", CONTEXT_FEATURE_NAMES) if "context2" in doc else None)
        except ModelError as e:
            raise ModelError(f"{source}: {e}") from None
        self.version = str(doc.get("version", "unknown"))
        self.training: Dict[str, Any] = dict(doc.get("training") or {})
        self.source = source
        #: sha256 of the model file's bytes: ties a run's output to the exact model.
        self.digest = digest


_DEFAULT: Optional[Model] = None


def load_model(path: Optional[str] = None) -> Model:
    """Load and validate a model file; ``None`` loads the model shipped in the package.

    The shipped model is loaded once per process and shared (it is immutable).

    Raises:
        ModelError: the file is missing, not JSON, or fails validation; the message names why.
    """
    global _DEFAULT
    if path is None and _DEFAULT is not None:
        return _DEFAULT
    if path is None:
        source = "boilerkill/data/model.json"
        try:
            raw = resources.files("boilerkill").joinpath("data/model.json").read_bytes()
        except (FileNotFoundError, OSError) as e:
            raise ModelError(f"the shipped model is missing from the installation: {e}") from None
    else:
        source = os.fspath(path)
        try:
            with open(source, "rb") as f:
                raw = f.read()
        except OSError as e:
            raise ModelError(f"cannot read model file {source}: {e.strerror or e}") from None
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise ModelError(f"{source}: not valid JSON ({e})") from None
    model = Model(doc, source, hashlib.sha256(raw).hexdigest())
    if path is None:
        _DEFAULT = model
    return model


def score_lines(stage: LinearStage, vectors):
    """Logits of ``stage`` for a page's feature vectors: one matrix product for a numpy matrix
    (the pipeline's case), a dot product per row for a list of lists."""
    if hasattr(vectors, "shape"):
        stage.array()
        return stage.logits(vectors)
    return [stage.logit(x) for x in vectors]


def probabilities(logits) -> List[float]:
    """The logistic function over a page's logits, as a list of floats."""
    if hasattr(logits, "shape"):
        import numpy

        return (1.0 / (1.0 + numpy.exp(-numpy.clip(logits, -_MAX_LOGIT, _MAX_LOGIT)))).tolist()
    return [sigmoid(z) for z in logits]

