"""Context stage: revise each line's score with its neighbours and with section markers.

The line model scores each line almost alone. Two things it cannot see are settled here:

* a page's body is one or a few contiguous runs, so a line amid confident body lines is likelier
  body and a long line amid menus likelier chrome;
* after a section marker ("Related Articles", "Comments", "You may also like", "Mehr zum Thema",
  ...) that comes once the article has started, lines that read like body text are teasers or
  comments of other pages.

The revision is a second logistic regression over context features of the line-model logits
(stacking), fitted on out-of-fold logits so it learns how much to trust the neighbours on each
kind of page rather than applying one fixed switching cost.
"""

from __future__ import annotations

import math
from typing import List, Optional, Sequence, Tuple

from .rules import SECTION_RULE

#: Names of the context features, in the order :func:`context_features` returns them.
CONTEXT_FEATURE_NAMES: Tuple[str, ...] = (
    "z",
    "z_prev",
    "z_next",
    "z_mean2",
    "z_mean5",
    "z_max3",
    "page_mean_z",
    "page_body_share",
    "rule_neighbours",
    "after_related",
    "after_comments",
    "after_footer",
    "since_marker",
    "outside_body_span",
    "body_span_distance",
    "body_before_share",
    "position",
)

# Logits are clipped so one extreme line cannot dominate its neighbours' means.
_CLIP = 8.0
# What a missing neighbour (beyond the page's edge) looks like: mildly chrome.
_EDGE = -4.0
# A rule hit is certain chrome; its logit is at most this for its neighbours' sake.
_RULE_Z = -6.0
# The article has started once a line scores at least this; markers above it are menu items.
_BODY_STARTED = 1.0
# Lines scoring at least this delimit the page's confident body span.
_CONFIDENT = 2.0

_MARKER_INDEX = {"related": 0, "comments": 1, "footer": 2}


def _clip(z: float) -> float:
    return _CLIP if z > _CLIP else (-_CLIP if z < -_CLIP else z)


def context_features(
    logits: Sequence[float], rules: Sequence[Optional[str]]
) -> Tuple[List[List[float]], List[Optional[str]]]:
    """Context feature vectors for the non-blank lines of one page.

    Args:
        logits: the line model's logit for each non-blank line, in page order.
        rules: for each of those lines the rule that names it (``"share-buttons"``,
            ``"section-related"``, ...) or None.

    Returns:
        The vectors (``len(CONTEXT_FEATURE_NAMES)`` floats each) and, per line, the section
        kind ("related", "comments", "footer") whose marker is in force there, or None.
    """
    m = len(logits)
    z = [_RULE_Z if r is not None and lg > _RULE_Z else _clip(lg) for lg, r in zip(logits, rules)]
    is_rule = [1.0 if r is not None else 0.0 for r in rules]
    page_mean = sum(z) / m if m else 0.0
    page_body = sum(1 for v in z if v > 0) / m if m else 0.0

    # Prefix sums: every window mean is O(1) per line.
    pz, pr = [0.0], [0.0]
    for a, b in zip(z, is_rule):
        pz.append(pz[-1] + a)
        pr.append(pr[-1] + b)

    confident = [k for k in range(m) if z[k] >= _CONFIDENT]
    first_conf = confident[0] if confident else m
    last_conf = confident[-1] if confident else -1
    body_total = sum(1 for v in z if v > 0) or 1

    # Forward pass: which marker is in force, and the nearest confident line above.
    active: List[Optional[str]] = [None] * m
    since = [0] * m
    started = False
    marker, marker_at = None, 0
    prev_conf = [-1] * m
    last_seen = -1
    for k in range(m):
        r = rules[k]
        if r is not None and r.startswith(SECTION_RULE) and started:
            marker, marker_at = r[len(SECTION_RULE):], k
        active[k] = marker
        since[k] = k - marker_at if marker is not None else 0
        if z[k] >= _BODY_STARTED:
            started = True
        prev_conf[k] = last_seen
        if z[k] >= _CONFIDENT:
            last_seen = k
    next_conf = [-1] * m
    last_seen = -1
    for k in range(m - 1, -1, -1):
        next_conf[k] = last_seen
        if z[k] >= _CONFIDENT:
            last_seen = k

    out = []
    body_before = 0
    denom = max(m - 1, 1)
    for k in range(m):
        def mean(w: int) -> float:
            lo, hi = max(0, k - w), min(m, k + w + 1)
            width = hi - lo - 1
            return (pz[hi] - pz[lo] - z[k]) / width if width else _EDGE

        lo3, hi3 = max(0, k - 3), min(m, k + 4)
        neigh = [z[j] for j in range(lo3, hi3) if j != k]
        lo2, hi2 = max(0, k - 2), min(m, k + 3)
        width2 = hi2 - lo2 - 1
        flags = [0.0, 0.0, 0.0]
        if active[k] is not None:
            flags[_MARKER_INDEX.get(active[k], 0)] = 1.0
        dists = [k - prev_conf[k] if prev_conf[k] >= 0 else m,
                 next_conf[k] - k if next_conf[k] >= 0 else m]
        dist = 0 if z[k] >= _CONFIDENT else min(dists)
        out.append([
            z[k],
            z[k - 1] if k else _EDGE,
            z[k + 1] if k + 1 < m else _EDGE,
            mean(2),
            mean(5),
            max(neigh) if neigh else _EDGE,
            page_mean,
            page_body,
            (pr[hi2] - pr[lo2] - is_rule[k]) / width2 if width2 else 0.0,
            flags[0],
            flags[1],
            flags[2],
            math.log1p(since[k]),
            1.0 if k < first_conf or k > last_conf else 0.0,
            math.log1p(min(dist, 50)),
            body_before / body_total,
            k / denom,
        ])
        if z[k] > 0:
            body_before += 1
    return out, active


def reason(line_p: float, final_p: float, threshold: float, marker: Optional[str]) -> str:
    """A readable reason for a model decision, naming the context when it changed the outcome.

    ``model:0.83`` when the context agreed with the line model; otherwise
    ``context:after-related-header``, ``context:after-comments-header``,
    ``context:after-footer-header``, ``context:outside-body`` (the line stands away from the
    page's body run) or ``context:inside-body`` (a weak line surrounded by body).
    """
    if (line_p >= threshold) == (final_p >= threshold):
        return f"model:{final_p:.2f}"
    if final_p < threshold:
        if marker is not None:
            return f"context:after-{marker}-header"
        return "context:outside-body"
    return "context:inside-body"
