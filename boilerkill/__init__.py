"""boilerkill: keep the article of a scraped page's text and drop the site chrome around it.

    >>> import boilerkill
    >>> body = boilerkill.clean(page_text)
    >>> for d in boilerkill.classify(page_text): print(d.keep, d.score, d.reason, d.line)

Importing this package loads no scikit-learn and no numpy; the model is scored in plain Python.
"""

import logging

from .errors import BoilerkillError, InputError, ModelError
from .options import Options
from .pipeline import Cleaner, Decision, DocStats, classify, clean, explain

__version__ = "0.1.0"

__all__ = [
    "BoilerkillError",
    "Cleaner",
    "Decision",
    "DocStats",
    "InputError",
    "ModelError",
    "Options",
    "__version__",
    "classify",
    "clean",
    "explain",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
