"""boilerkill: keep the article of a scraped page's text and drop the site chrome around it.

    >>> import boilerkill
    >>> body = boilerkill.clean(page_text)
    >>> for d in boilerkill.classify(page_text): print(d.keep, d.score, d.reason, d.line)
    >>> for body in boilerkill.clean_pages(iter_of_page_texts, jobs=2): ...
    >>> for rec in boilerkill.clean_records(iter_of_dicts, field="text"): ...

Importing this package loads no scikit-learn and no numpy; the model is scored in plain Python.
"""

import logging

from .errors import BoilerkillError, InputError, ModelError, WorkerError
from .options import Options
from .pipeline import Cleaner, Decision, DocStats, classify, clean, explain
from .stream import clean_pages, clean_records

__version__ = "0.1.0"

__all__ = [
    "BoilerkillError",
    "Cleaner",
    "Decision",
    "DocStats",
    "InputError",
    "ModelError",
    "Options",
    "WorkerError",
    "__version__",
    "classify",
    "clean",
    "clean_pages",
    "clean_records",
    "explain",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
