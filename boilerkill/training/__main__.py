"""``python -m boilerkill.training CORPUS -o model.json``: fit a model and report grouped CV.

Needs the training extra: ``pip install "boilerkill[train]"`` (scikit-learn and numpy).
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    """Parse arguments, train, and return an exit code (0 ok, 1 bad input, 2 usage)."""
    parser = argparse.ArgumentParser(
        prog="python -m boilerkill.training",
        description="Fit boilerkill's line and context models on a corpus of scraped pages "
        "with gold main content (JSONL, gzip allowed: fields text, gold, url, page_type, view), "
        "report cross-validation grouped by domain, and write the model JSON.",
    )
    parser.add_argument("corpus", help="JSONL corpus (.gz allowed)")
    parser.add_argument("-o", "--output", help="where to write the model JSON")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--bins", type=int, default=8,
                        help="quantile bins per feature in each stage's one-hot basis "
                        "(default 8; 0 = plain standardised features)")
    parser.add_argument("--views", help="comma-separated views to train on (default: all)")
    parser.add_argument("--limit", type=int, help="use only the first N records")
    parser.add_argument("--lexicon-min-pages", type=int, default=8,
                        help="words seen on fewer training pages stay out of the lexicon; "
                             "0 trains without a lexicon (default 8)")
    parser.add_argument("--nospace-share", type=float, default=0.3,
                        help="share of pages also rewritten into a no-space script (Han) so the "
                        "model learns Chinese- and Japanese-shaped lines (default 0.3; 0 = off)")
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--version-tag", default="1", help="version string stored in the model")
    args = parser.parse_args(argv)
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("boilerkill: training needs scikit-learn: pip install 'boilerkill[train]'",
              file=sys.stderr)
        return 1
    from .fit import train

    views = [v for v in args.views.split(",") if v] if args.views else None
    try:
        train(args.corpus, args.output, folds=args.folds, C=args.C, views=views,
              limit=args.limit, cv=not args.no_cv, version=args.version_tag,
              nospace_share=args.nospace_share, bins=args.bins,
              lexicon_min_pages=args.lexicon_min_pages)
    except (OSError, ValueError) as e:
        print(f"boilerkill: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
