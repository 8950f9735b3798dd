"""The README's "Use it in your pipeline" snippets run as they are, so the docs cannot rot.

Each ```python block under that heading runs in a fresh interpreter, in a temporary folder
that holds the repository's ``fixtures/`` (the snippets read fixture pages and may write
files), with datasets, the Hub and Ray kept offline and quiet.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEADING = "## Use it in your pipeline"


def snippets():
    """(title of the ### section, code) for each python block of the section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(HEADING)
    end = readme.find("\n## ", start + len(HEADING))
    section = readme[start:end if end != -1 else None]
    found, title = [], None
    for m in re.finditer(r"^### ([^\n]+)$|^```python\n(.*?)^```$", section, re.M | re.S):
        if m.group(1):
            title = m.group(1).strip()
        else:
            found.append((title, m.group(2)))
    return found


def test_every_integration_has_a_snippet():
    titles = [t for t, _ in snippets()]
    assert len(titles) == 4
    for name in ("datatrove", "Hugging Face", "Ray", "scikit-learn"):
        assert any(name in t for t in titles), name


@pytest.mark.parametrize("title, code", snippets(), ids=[t for t, _ in snippets()])
def test_snippet_runs(title, code, tmp_path):
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    env = dict(os.environ, HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1",
               HF_DATASETS_CACHE=str(tmp_path / "hf-cache"), HF_HOME=str(tmp_path / "hf"),
               HF_DATASETS_DISABLE_PROGRESS_BARS="1", RAY_USAGE_STATS_ENABLED="0",
               RAY_DATA_DISABLE_PROGRESS_BARS="1")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"{title} snippet failed:\n{run.stderr[-3000:]}"
    assert run.stdout.strip(), f"{title} snippet printed nothing"
