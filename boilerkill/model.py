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
from typing import Any, Dict, List, Optional, Sequence

from .errors import ModelError
from .features import FEATURE_NAMES

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
    """One fitted logistic regression: standardise, dot product, add the intercept.

    The standardisation is folded into the weights at load time, so scoring a vector is one
    ``sum(map(mul, ...))``.
    """

    __slots__ = ("names", "weights", "bias")

    def __init__(self, names: Sequence[str], mean: Sequence[float], scale: Sequence[float],
                 coef: Sequence[float], intercept: float) -> None:
        self.names = tuple(names)
        self.weights = [c / s for c, s in zip(coef, scale)]
        self.bias = intercept - sum(c * m / s for c, m, s in zip(coef, mean, scale))

    def logit(self, x: Sequence[float]) -> float:
        """The log-odds that the line is body, for one feature vector."""
        return self.bias + sum(map(mul, self.weights, x))


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
    arrays = {}
    for field in ("mean", "scale", "coef"):
        values = part.get(field)
        if not isinstance(values, list) or len(values) != len(names):
            raise ModelError(f"'{key}.{field}' must be a list of {len(names)} numbers")
        for i, v in enumerate(values):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise ModelError(f"'{key}.{field}[{i}]' ({names[i]}) is not a finite number: {v!r}")
        arrays[field] = [float(v) for v in values]
    for i, s in enumerate(arrays["scale"]):
        if s <= 0:
            raise ModelError(f"'{key}.scale[{i}]' ({names[i]}) must be positive, got {s}")
    intercept = part.get("intercept")
    if isinstance(intercept, bool) or not isinstance(intercept, (int, float)) \
            or not math.isfinite(intercept):
        raise ModelError(f"'{key}.intercept' is not a finite number: {intercept!r}")
    return LinearStage(names, arrays["mean"], arrays["scale"], arrays["coef"], float(intercept))


class Model:
    """A loaded, validated model: the line stage and the context stage.

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
            self.line = _stage(doc, "line", FEATURE_NAMES)
            self.context = _stage(doc, "context", CONTEXT_FEATURE_NAMES)
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


def score_lines(stage: LinearStage, vectors: Sequence[Sequence[float]]) -> List[float]:
    """Logits of ``stage`` for many vectors (a page at a time keeps the loop tight)."""
    bias, weights = stage.bias, stage.weights
    return [bias + sum(map(mul, weights, x)) for x in vectors]

