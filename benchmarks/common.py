"""What the benchmark scripts share: choosing systems and checking the corpus argument."""

from __future__ import annotations

import os
import sys
from typing import List, Optional, Sequence


def selected_systems(spec: str, known: Sequence[str], corpus: str) -> Optional[List[str]]:
    """The systems named in the comma-separated ``spec``, or None (after saying why on stderr)
    when one is unknown, none is named, or ``corpus`` is not a file: a usage error."""
    systems = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [s for s in systems if s not in known]
    if unknown or not systems:
        print(f"unknown systems {unknown}; choose from {list(known)}", file=sys.stderr)
        return None
    if not os.path.isfile(corpus):
        print(f"no such corpus file: {corpus}", file=sys.stderr)
        return None
    return systems
