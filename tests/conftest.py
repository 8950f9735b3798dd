"""Shared helpers for the test suite: fixture pages live in ../fixtures/pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, NamedTuple

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


class FixturePage(NamedTuple):
    """One hand-written page with the expected label of every line."""

    name: str
    text: str
    lines: List[str]
    labels: List[str]
    meta: Dict


def load_fixture(name: str) -> FixturePage:
    """Read ``fixtures/pages/<name>.{txt,labels,meta.json}``."""
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")[:-1]
    labels = (FIXTURES / f"{name}.labels").read_text(encoding="utf-8").split("\n")[:-1]
    meta = json.loads((FIXTURES / f"{name}.meta.json").read_text(encoding="utf-8"))
    return FixturePage(name, text, lines, labels, meta)


def fixture_names() -> List[str]:
    """Every fixture page's name, sorted."""
    return sorted(p.name[: -len(".txt")] for p in FIXTURES.glob("*.txt"))


@pytest.fixture(scope="session")
def cleaner():
    """One Cleaner with the shipped model, shared by the tests (it holds no per-call state
    that changes output)."""
    import boilerkill

    return boilerkill.Cleaner()
