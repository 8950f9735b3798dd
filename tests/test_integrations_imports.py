"""Every integration is imported only when used: neither ``import boilerkill`` nor
``import boilerkill.integrations`` loads an engine, and each submodule loads only its own."""

import subprocess
import sys

import pytest

ENGINES = ("datatrove", "datasets", "ray", "sklearn", "scipy", "pandas", "pyarrow", "numpy",
           "loguru", "torch", "huggingface_hub", "requests", "urllib3")


def _loaded(statement):
    code = (f"import sys; {statement}; "
            f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & {set(ENGINES)!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(filter(None, out.stdout.strip().split(",")))


def test_the_package_and_integrations_load_no_engine():
    assert _loaded("import boilerkill") == set()
    assert _loaded("import boilerkill.integrations; "
                   "assert 'boilerkill.integrations.ray' not in sys.modules") == set()


@pytest.mark.parametrize("module, own", [
    ("hf", set()),  # a plain function: datasets calls it, it never imports datasets
    ("datatrove", {"datatrove"}),
    ("ray", {"ray"}),
    ("sklearn", {"sklearn"}),
])
def test_each_submodule_loads_only_its_engine(module, own):
    loaded = _loaded(f"import boilerkill.integrations.{module}")
    assert own <= loaded
    # What the engine itself pulls in (numpy, pandas, loguru, ...) is its business; the other
    # integrations' engines must stay out.
    assert not (loaded & {"datatrove", "datasets", "ray", "sklearn"}) - own
