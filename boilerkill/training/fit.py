"""Fit boilerkill's model from a corpus and report cross-validation grouped by domain.

The steps, in order:

1. read the corpus (JSONL, optionally gzipped, in the format of WCXB: ``text``, ``gold``,
   ``url``, ``page_type``, ``view``);
2. analyse each page with the same code the cleaner runs (:func:`boilerkill.pipeline.analyse`),
   and label each line by aligning it to the gold (:mod:`boilerkill.training.align`);
3. split pages into folds by the CRC32 of their domain, so no domain is on both sides;
4. fit the line model (logistic regression) on each fold's training pages and score its test
   pages: these out-of-fold logits train the context model, which is fitted the same way;
5. pick the decision threshold that maximises mean word F1 over the out-of-fold pages and fold
   it into the context intercept, so the default threshold 0.5 is the tuned one;
6. report the cross-validated metrics, refit both stages on every page, write the model JSON.

The same corpus and arguments give the same bytes out: folds come from CRC32, the solver is
deterministic, and the JSON is written with sorted keys and no timestamps.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import sys
import zlib
from collections import Counter
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence
from urllib.parse import urlsplit

from ..context import CONTEXT_FEATURE_NAMES, context_features
from ..features import FEATURE_NAMES
from ..lexicon import LEXICAL_NAMES, lexical_row, line_tokens, page_relative
from ..model import FORMAT, FORMAT_VERSION, LinearStage, probabilities, score_lines
from ..normalize import repair
from ..options import Options
from ..pipeline import PageAnalysis, analyse, decide, marked_rules
from ..rules import RULES
from .align import label_lines
from .lexicon import MIN_PAGES, FoldCounts
from .augment import nospace_page
from .metrics import Reference, Scoreboard, tokens

#: Pages whose text holds less than this share of their gold's words are not trained on.
MIN_GOLD_COVERAGE = 0.2
#: Candidate thresholds (on the context stage's probability) searched by cross-validation.
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 17))


class Page:
    """One corpus page after analysis and alignment."""

    __slots__ = ("id", "domain", "page_type", "view", "gold", "analysis", "labels", "fold",
                 "synthetic", "trainable", "_late", "_tokens")

    def __init__(self, rec: Dict[str, Any], analysis: PageAnalysis, labels: List[float],
                 folds: int, synthetic: bool = False) -> None:
        self.id = rec.get("id", "")
        self.domain = domain_of(rec.get("url", ""))
        self.page_type = rec.get("page_type", "unknown")
        self.view = rec.get("view", "unknown")
        self.gold = Reference(rec.get("gold", ""))
        self.analysis = analysis
        self.labels = labels  # alignment score of each non-blank line
        self.fold = zlib.crc32(self.domain.encode("utf-8")) % folds
        #: A rewritten page (see :mod:`.augment`): trained on, never scored.
        self.synthetic = synthetic
        #: Pages whose text holds too little of their gold (empty or script-rendered pages)
        #: would teach that everything is chrome: they are scored but not trained on.
        self.trainable = gold_coverage(self.gold, rec.get("text", "")) >= MIN_GOLD_COVERAGE
        self._late: Dict[int, Optional[str]] = {}
        self._tokens: Optional[List[Any]] = None

    @property
    def tokens(self) -> List[Any]:
        """The lexicon keys of each non-blank line (see :func:`boilerkill.lexicon.line_tokens`)."""
        if self._tokens is None:
            a = self.analysis
            self._tokens = [line_tokens(a.lines[i]) for i in a.index]
        return self._tokens

    def lexical(self, lexicon: Dict[str, float]):
        """The lexical features of each non-blank line under ``lexicon`` (numpy array)."""
        return page_relative([lexical_row(t, lexicon) for t in self.tokens])

    def late_rule(self, k: int) -> Optional[str]:
        """The pattern rule of non-blank line ``k`` (cached: evaluation asks many times)."""
        if k not in self._late:
            s = self.analysis.lines[self.analysis.index[k]]
            self._late[k] = RULES.match_pattern(s, self.analysis.words[k])
        return self._late[k]


def gold_coverage(gold: Reference, text: str) -> float:
    """Share of the gold's words (as a bag) that occur in ``text``; 1.0 for an empty gold."""
    total = sum(gold.words.values())
    if not total:
        return 1.0
    have = Counter(t.lower() for t in tokens(text))
    return sum((gold.words & have).values()) / total


def domain_of(url: str) -> str:
    """The host of ``url`` without a leading ``www.``: the unit of grouped cross-validation."""
    host = (urlsplit(url).hostname or url or "").lower()
    return host[4:] if host.startswith("www.") else host


def read_corpus(path: str) -> Iterator[Dict[str, Any]]:
    """Records of a JSONL corpus (gzip inferred from the magic bytes)."""
    with open(path, "rb") as f:
        magic = f.read(2)
    opener = gzip.open if magic == b"\x1f\x8b" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e})") from None
            if not isinstance(rec.get("text"), str) or not isinstance(rec.get("gold"), str):
                raise ValueError(f"{path}:{n}: record needs string fields 'text' and 'gold'")
            yield rec


def file_sha256(path: str) -> str:
    """sha256 of a file's bytes: ties a model to the data it was trained on."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _augmented(rec: Dict[str, Any], share: float) -> bool:
    # Chosen by the page id, so both text views of a page are rewritten or neither.
    return zlib.crc32(str(rec.get("id", "")).encode("utf-8")) % 1000 < share * 1000


def prepare(records: Iterable[Dict[str, Any]], folds: int, options: Options,
            nospace_share: float = 0.0) -> List[Page]:
    """Analyse and label every page; add a no-space-script rewrite of a ``nospace_share`` of
    them (see :mod:`.augment`)."""
    rules: Dict = {}
    pages = []
    for rec in records:
        a = analyse(rec["text"], options, rules)
        nonblank = [a.lines[i] for i in a.index]
        labels = label_lines(nonblank, rec["gold"])
        pages.append(Page(rec, a, labels, folds))
        if nospace_share and _augmented(rec, nospace_share):
            b = analyse("\n".join(nospace_page(a.lines)), options, rules)
            if b.index == a.index:
                pages.append(Page(rec, b, labels, folds, synthetic=True))
        if len(rules) > 200_000:
            rules.clear()
    return pages


def _rows(pages: Sequence[Page], matrices: Sequence[Any]):
    """Stack the training rows of ``pages``: non-blank lines that no cheap rule names, from
    pages whose text holds enough of their gold. Returns (X, y, sample weights)."""
    import numpy as np

    Xs, ys, ws = [], [], []
    for p, mat in zip(pages, matrices):
        if not p.trainable:
            continue
        rows = [k for k, r in enumerate(p.analysis.rules) if r is None]
        if not rows:
            continue
        page_w = 1.0 / len(rows) ** PAGE_WEIGHT_POWER
        labels = [p.labels[k] for k in rows]
        Xs.append(np.asarray(mat)[rows])
        ys.append([1 if lab >= 0.5 else 0 for lab in labels])
        ws.append([page_w * _certainty(lab) for lab in labels])
    return np.vstack(Xs), np.concatenate(ys), np.concatenate(ws)


def _line_rows(pages: Sequence[Page], lexicons: Optional["Lexicons"] = None,
               held_out: Optional[int] = None):
    """Training rows for the line model (with lexical features built without each page's own
    fold, nor ``held_out``, when ``lexicons`` is given)."""
    if lexicons is None:
        return _rows(pages, [p.analysis.vectors for p in pages])
    return _rows(pages, [lexicons.inputs(p, {p.fold, held_out}) for p in pages])


class Lexicons:
    """Fold-aware lexicons for the line model's lexical features (see :mod:`.lexicon`).

    ``min_pages`` 0 turns the lexicon off: the line model then reads the shape features only.
    """

    def __init__(self, pages: Sequence[Page], folds: int, min_pages: int = MIN_PAGES) -> None:
        self.min_pages = min_pages
        self.counts = FoldCounts(folds)
        self._cache: Dict[frozenset, Dict[str, float]] = {}
        for p in pages:
            if p.trainable and not p.synthetic:
                self.counts.add_page(p.fold, p.tokens, p.labels, p.analysis.rules)

    def lexicon(self, exclude) -> Dict[str, float]:
        """The lexicon built from every fold not in ``exclude`` (cached)."""
        key = frozenset(f for f in exclude if f is not None)
        if key not in self._cache:
            if len(self._cache) > 8:
                self._cache.clear()
            self._cache[key] = self.counts.lexicon(key, self.min_pages)
        return self._cache[key]

    def inputs(self, page: Page, exclude):
        """The line model's input matrix for ``page``, lexicon built without ``exclude``."""
        import numpy as np

        return np.hstack([page.analysis.vectors, page.lexical(self.lexicon(exclude))])


def _line_names(lexicons: Optional[Lexicons]):
    return FEATURE_NAMES + (LEXICAL_NAMES if lexicons is not None else ())


def _certainty(label: float) -> float:
    # A line half aligned to the gold (a menu glued to a paragraph) is weak evidence either way.
    return max(abs(2.0 * label - 1.0), 0.05)


#: A page's lines weigh 1 / n ** this in training (n: its trainable lines). The metrics
#: average over pages, so every page weighs the same (1.0 measured 0.811 / 0.807 shingle /
#: word F1 in grouped CV, against 0.809 / 0.806 for 0.5).
PAGE_WEIGHT_POWER = 1.0

#: Quantile bins per feature in the one-hot part of each stage's basis (see LinearStage).
BINS = 8


def _fit(X, y, w, names: Sequence[str], C: float, n_bins: int = BINS) -> Dict[str, Any]:
    """Fit a logistic regression on standardised features plus one-hot quantile bins of every
    feature that takes more than two values; return it as the JSON stage object."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    Xa = np.asarray(X, dtype=np.float64)
    mean = Xa.mean(axis=0)
    scale = Xa.std(axis=0)
    scale[scale < 1e-9] = 1.0
    n = len(Xa)
    blocks = [sparse.csr_matrix((Xa - mean) / scale)]
    binned = []
    if n_bins > 1:
        for j, name in enumerate(names):
            edges = np.unique(np.quantile(Xa[:, j], np.linspace(0, 1, n_bins + 1)[1:-1]))
            if len(edges) < 2:
                continue  # binary or nearly constant: the linear term says it all
            # Round as the JSON file will, so training and scoring cut at the same values.
            edges = np.unique([float(f"{e:.10g}") for e in edges])
            col = np.searchsorted(edges, Xa[:, j], side="right")
            blocks.append(sparse.csr_matrix((np.ones(n), (np.arange(n), col)),
                                            shape=(n, len(edges) + 1)))
            binned.append((name, edges))
    design = sparse.hstack(blocks, format="csr")
    clf = LogisticRegression(C=C, max_iter=3000, solver="lbfgs")
    clf.fit(design, np.asarray(y), sample_weight=np.asarray(w))
    coef = clf.coef_[0]
    k = len(names)
    bins = {}
    for name, edges in binned:
        bins[name] = {"edges": [float(e) for e in edges],
                      "coef": [float(c) for c in coef[k:k + len(edges) + 1]]}
        k += len(edges) + 1
    return {
        "features": list(names),
        "mean": [float(v) for v in mean],
        "scale": [float(v) for v in scale],
        "coef": [float(v) for v in coef[:len(names)]],
        "intercept": float(clf.intercept_[0]),
        "bins": bins,
    }


def _stage(obj: Dict[str, Any]) -> LinearStage:
    names = obj["features"]
    bins = [(names.index(n), b["edges"], b["coef"]) for n, b in obj.get("bins", {}).items()]
    return LinearStage(names, obj["mean"], obj["scale"], obj["coef"], obj["intercept"], bins)


def _context_inputs(page: Page, lexicons: Optional[Lexicons]):
    """The line inputs the context stage reads for ``page``: its feature vectors and, with a
    lexicon, its lexical features under a lexicon built without its own fold (as the line
    model's out-of-fold logits were)."""
    if lexicons is None:
        return page.analysis.vectors
    return lexicons.inputs(page, {page.fold})


def _context_rows(pages: Sequence[Page], logits: Dict[int, Any],
                  lexicons: Optional[Lexicons] = None,
                  started_by: Optional[Dict[int, Any]] = None):
    """Training rows for the context model, from each page's (out-of-fold) line logits, or
    from the previous round's logits with ``started_by`` the line logits (see
    :func:`~boilerkill.context.context_features`)."""
    mats = [context_features(logits[n], p.analysis.rules, p.analysis.index,
                             _context_inputs(p, lexicons),
                             started_by[n] if started_by is not None else None)[0]
            for n, p in enumerate(pages)]
    return _rows(pages, mats)


def section_rules(pages: Sequence[Page],
                  line_logits: Dict[int, Sequence[float]]) -> Dict[int, List[Optional[str]]]:
    """Each page's rules with what its section markers add under its (out-of-fold) line
    logits, as the cleaner applies them (see :func:`~boilerkill.pipeline.marked_rules`):
    without them the report would score box links and related lists that the cleaner drops.
    Computed once, for every threshold the search tries."""
    out = {}
    for n, p in enumerate(pages):
        a = p.analysis
        out[n] = marked_rules(a.rules, a.index, a.vectors, line_logits[n],
                              lambda k, a=a: a.lines[a.index[k]])
    return out


def _kept_text(page: Page, probs: Sequence[float], threshold: float, fix: bool = True,
               keep_headline: bool = True, line_p: Optional[Sequence[float]] = None,
               rules: Optional[Sequence[Optional[str]]] = None) -> str:
    a = page.analysis
    keep, _, _ = decide(a.rules if rules is None else rules, a.vectors, probs, threshold,
                        keep_headline, anchor=threshold, late=page.late_rule, line_p=line_p,
                        text_at=lambda k: a.lines[a.index[k]], table_rows=a.table_rows)
    kept = [a.lines[i] for k, i in enumerate(a.index) if keep[k]]
    return "\n".join(repair(s) for s in kept) if fix else "\n".join(kept)


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


#: Rounds of the context stage. The second round reads the first round's out-of-fold logits
#: in place of the line model's, so the neighbour features see revised neighbours (a menu
#: item between two lines the first round already moved to chrome): grouped CV 0.819 / 0.818
#: with one round, 0.822 / 0.821 with two.
CONTEXT_ROUNDS = 2


def cross_validate(pages: List[Page], folds: int, C: float, context: bool = True,
                   bins: int = BINS, log: Callable[[str], None] = _log,
                   lexicons: Optional[Lexicons] = None, rounds: int = CONTEXT_ROUNDS,
                   round_logits: Optional[List[Dict[int, Any]]] = None):
    """Out-of-fold line logits and final probabilities for every page (index-aligned);
    progress goes to ``log``. Each of the ``rounds`` context rounds is fitted on the previous
    round's out-of-fold logits; pass a list as ``round_logits`` to receive each round's
    out-of-fold logits (all but the last are what the next round is trained on)."""
    line_logits: Dict[int, List[float]] = {}
    for f in range(folds):
        train = [p for p in pages if p.fold != f]
        stage = _stage(_fit(*_line_rows(train, lexicons, f), _line_names(lexicons), C, bins))
        for n, p in enumerate(pages):
            if p.fold == f:
                x = p.analysis.vectors if lexicons is None else lexicons.inputs(p, {f})
                line_logits[n] = score_lines(stage, x)
        log(f"  line model, fold {f + 1}/{folds} done")
    final: Dict[int, List[float]] = {}
    if not context:
        for n in line_logits:
            final[n] = probabilities(line_logits[n])
        return line_logits, final
    inputs: Dict[int, Any] = line_logits
    for r in range(rounds):
        # Each page's context features under this round's inputs, built once for all folds.
        mats = {n: context_features(inputs[n], p.analysis.rules, p.analysis.index,
                                    _context_inputs(p, lexicons),
                                    line_logits[n] if r else None)[0]
                for n, p in enumerate(pages)}
        out: Dict[int, Any] = {}
        for f in range(folds):
            train_idx = [n for n, p in enumerate(pages) if p.fold != f]
            X, y, w = _rows([pages[n] for n in train_idx], [mats[n] for n in train_idx])
            stage = _stage(_fit(X, y, w, CONTEXT_FEATURE_NAMES, C, bins))
            for n, p in enumerate(pages):
                if p.fold == f:
                    out[n] = score_lines(stage, mats[n])
            log(f"  context model, round {r + 1}/{rounds}, fold {f + 1}/{folds} done")
        if round_logits is not None:
            round_logits.append(out)
        inputs = out
    for n in inputs:
        final[n] = probabilities(inputs[n])
    return line_logits, final


def evaluate(pages: Sequence[Page], probs: Dict[int, List[float]], threshold: float,
             fix: bool = True, keep_headline: bool = True,
             line_probs: Optional[Dict[int, List[float]]] = None,
             rules: Optional[Dict[int, Sequence[Optional[str]]]] = None) -> Scoreboard:
    """Score the kept text of every page at ``threshold``, grouped by type and view.

    ``fix=False`` skips ftfy on the kept lines (it changes almost no score, and the threshold
    search evaluates many times). ``rules``, from :func:`section_rules`, replaces each
    page's own rules."""
    board = Scoreboard()
    for n, p in enumerate(pages):
        if p.synthetic:
            continue
        pred = _kept_text(p, probs[n], threshold, fix, keep_headline,
                          line_probs[n] if line_probs is not None else None,
                          rules[n] if rules is not None else None)
        board.add(["all", f"type:{p.page_type}", f"view:{p.view}",
                   f"articles:{p.view}" if p.page_type == "article" else "other"], p.gold, pred)
    return board


#: How much mean F1 the threshold search gives up to keep more of the body: users rank "real
#: content is never lost" above "chrome is gone", so among thresholds within this margin of the
#: best, the lowest (the one that keeps most) wins.
RECALL_MARGIN = 0.002


def best_threshold(pages: Sequence[Page], probs: Dict[int, List[float]],
                   line_probs: Optional[Dict[int, List[float]]] = None,
                   log: Callable[[str], None] = _log,
                   rules: Optional[Dict[int, Sequence[Optional[str]]]] = None) -> float:
    """The lowest candidate threshold whose mean of word F1 and shingle F1 over all pages is
    within :data:`RECALL_MARGIN` of the best candidate's."""
    scores = {}
    for t in THRESHOLDS:
        r = evaluate(pages, probs, t, fix=False, line_probs=line_probs,
                     rules=rules).result("all")
        scores[t] = (r["word_f1"] + r["shingle_f1"]) / 2
        log(f"  threshold {t:.2f}: mean F1 {scores[t]:.4f}")
    best = max(scores.values())
    return min(t for t, v in scores.items() if v >= best - RECALL_MARGIN)


def format_board(board: Scoreboard, title: str) -> str:
    """A fixed-width table of a scoreboard's groups."""
    rows = [f"{title}", f"{'group':<24} {'pages':>6} {'shingle F1':>10} {'P':>6} {'R':>6} {'word F1':>8}"]
    for g in sorted(board.groups(), key=lambda g: (g != "all", g)):
        if g == "other":
            continue
        r = board.result(g)
        rows.append(f"{g:<24} {r['pages']:>6} {r['shingle_f1']:>10.3f} {r['shingle_p']:>6.3f} "
                    f"{r['shingle_r']:>6.3f} {r['word_f1']:>8.3f}")
    return "\n".join(rows)


def fit_stages(pages: List[Page], folds: int, C: float, bins: int = BINS, cv: bool = True,
               log: Callable[[str], None] = _log, lexicons: Optional[Lexicons] = None,
               rounds: int = CONTEXT_ROUNDS):
    """Fit both stages on analysed, labelled pages: steps 4 to 6 of this module's docstring.

    With ``cv``, the context stage learns from out-of-fold line logits and the threshold is
    tuned by cross-validation (folds from each page's ``fold``); without, the context stage
    learns from the line model's in-sample logits and the threshold is 0.5. With
    ``lexicons`` (see :class:`Lexicons`) the line stage reads the lexical features too; the
    caller ships ``lexicons.lexicon(())`` in the model document.

    Returns:
        (line stage object, the list of context stage objects, one per round, the last with
        the threshold folded into its intercept, the tuned threshold, the cross-validation
        report by group: {} without ``cv``).
    """
    report: Dict[str, Any] = {}
    threshold = 0.5
    oof: Dict[int, List[float]] = {}
    round_oof: List[Dict[int, Any]] = []
    if cv:
        oof, final = cross_validate(pages, folds, C, bins=bins, log=log, lexicons=lexicons,
                                    rounds=rounds, round_logits=round_oof)
        line_probs = {n: probabilities(z) for n, z in oof.items()}
        marked = section_rules(pages, oof)
        threshold = best_threshold(pages, final, line_probs, log=log, rules=marked)
        board = evaluate(pages, final, threshold, line_probs=line_probs, rules=marked)
        log(format_board(board, f"grouped {folds}-fold cross-validation, threshold {threshold}"))
        report = {g: {k: round(v, 4) for k, v in board.result(g).items()}
                  for g in board.groups() if g != "other"}

    log("fitting the final model on every page ...")
    line_obj = _fit(*_line_rows(pages, lexicons), _line_names(lexicons), C, bins)
    # The context model learns from out-of-fold logits (as it will meet them on new pages),
    # not from the final line model's in-sample logits, which are overconfident.
    if not cv:
        stage = _stage(line_obj)
        oof = {n: score_lines(stage, p.analysis.vectors if lexicons is None
                              else lexicons.inputs(p, {p.fold}))
               for n, p in enumerate(pages)}
    # Likewise each later context round learns from the previous round's out-of-fold logits.
    ctx_objs = []
    inputs: Dict[int, Any] = oof
    for r in range(rounds):
        ctx_objs.append(_fit(*_context_rows(pages, inputs, lexicons, oof if r else None),
                             CONTEXT_FEATURE_NAMES, C, bins))
        if r + 1 < rounds:
            if cv:
                inputs = round_oof[r]
            else:
                stage = _stage(ctx_objs[-1])
                inputs = {n: score_lines(stage, context_features(
                              inputs[n], p.analysis.rules, p.analysis.index,
                              _context_inputs(p, lexicons), oof[n] if r else None)[0])
                          for n, p in enumerate(pages)}
    # Fold the tuned threshold into the last round's intercept (the earlier rounds' logits
    # are inputs, left as they were fitted): p >= t  <=>  logit(p) - logit(t) >= 0.
    ctx_objs[-1]["intercept"] -= math.log(threshold / (1 - threshold))
    return line_obj, ctx_objs, threshold, report


def train(corpus: str, out: Optional[str], folds: int = 5, C: float = 1.0,
          views: Optional[Sequence[str]] = None, limit: Optional[int] = None,
          cv: bool = True, version: str = "1", nospace_share: float = 0.3,
          bins: int = BINS, lexicon_min_pages: int = MIN_PAGES) -> Dict[str, Any]:
    """Fit the model on ``corpus`` and write it to ``out`` (None: do not write).

    Returns the model document (with the cross-validation report under ``training.cv``).
    """
    options = Options()
    records = (r for r in read_corpus(corpus) if not views or r.get("view") in views)
    if limit:
        records = (r for n, r in enumerate(records) if n < limit)
    _log(f"reading and aligning {corpus} ...")
    pages = prepare(records, folds, options, nospace_share)
    real = [p for p in pages if not p.synthetic]
    n_lines = sum(len(p.analysis.index) for p in real)
    n_body = sum(1 for p in real for v in p.labels if v >= 0.5)
    _log(f"{len(real)} pages (+{len(pages) - len(real)} rewritten in a no-space script), "
         f"{n_lines} non-blank lines, {n_body} labelled body")

    lexicons = Lexicons(pages, folds, lexicon_min_pages) if lexicon_min_pages > 0 else None
    line_obj, ctx_objs, threshold, report = fit_stages(pages, folds, C, bins, cv,
                                                       lexicons=lexicons)
    doc = model_document(line_obj, ctx_objs, version, {
            "corpus_sha256": file_sha256(corpus),
            "pages": len(real),
            "nospace_share": nospace_share,
            "lines": n_lines,
            "folds": folds,
            "C": C,
            "bins": bins,
            "lexicon_min_pages": lexicon_min_pages,
            "context_rounds": CONTEXT_ROUNDS,
            "views": sorted(views) if views else "all",
            "tuned_threshold": threshold,
            "cv": report,
        },
        # The shipped lexicon learns from every page; each training row saw one without its
        # own fold (see Lexicons), as a new page will see this one.
        lexicons.lexicon(()) if lexicons is not None else None)
    if out:
        write_model(doc, out)
        _log(f"wrote {out}")
    return doc


def model_document(line_obj: Dict[str, Any], ctx_obj: Any, version: str,
                   training: Dict[str, Any],
                   lexicon: Optional[Dict[str, float]] = None) -> Dict[str, Any]:
    """The model file's document: format, version, the stages, what it was trained on, and
    the lexicon when the line stage reads one. ``ctx_obj`` is one context stage object or
    the list :func:`fit_stages` returns, one per round (the second goes under ``context2``)."""
    rounds = ctx_obj if isinstance(ctx_obj, list) else [ctx_obj]
    if not 1 <= len(rounds) <= 2:
        raise ValueError(f"a model has one or two context rounds, not {len(rounds)}")
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": version,
        "line": line_obj,
        "context": rounds[0],
        "training": training,
    }
    if len(rounds) > 1:
        doc["context2"] = rounds[1]
    if lexicon is not None:
        doc["lexicon"] = lexicon
    return doc


def model_json(doc: Dict[str, Any]) -> str:
    """A model document as stable JSON text (sorted keys, floats rounded to 10 significant
    digits): the exact text :func:`write_model` writes."""

    def rounded(x):
        if isinstance(x, float):
            return float(f"{x:.10g}")
        if isinstance(x, list):
            return [rounded(v) for v in x]
        if isinstance(x, dict):
            return {k: rounded(v) for k, v in x.items()}
        return x

    return json.dumps(rounded(doc), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_model(doc: Dict[str, Any], path: str) -> None:
    """Write a model document as stable JSON (sorted keys, rounded floats)."""
    text = model_json(doc)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
