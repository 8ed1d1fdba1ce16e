"""Each CLI command, and the window before its first paint, loads only the libraries it needs
(issue 17: `kashshaf search` starts in a third of a second, the window paints within 0.8 s; the
bundle leaves torch, transformers, pandas and scipy out).

A command runs in a fresh interpreter on the seeds, and the top-level packages in ``sys.modules``
after it are compared with what it may load. ``camel_tools`` (whose character sets scan all of
Unicode at import), numpy, networkx and Qt are loaded by the commands that use them and no other.
Start-up times themselves are measured in ``bench/bench_cli_startup.py`` and ``bench_startup.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEEDS

HEAVY = frozenset(
    {
        "camel_tools",
        "numpy",
        "networkx",
        "PySide6",
        "shiboken6",
        "whoosh",
        "pycrfsuite",
        "docx",
        "torch",
        "transformers",
        "pandas",
        "scipy",
    }
)
"""libraries that cost start-up time, or that the bundle leaves out"""

PROBE = """
import io, json, sys
from kashshaf.cli import main
out = io.StringIO()
try:
    code = main(sys.argv[1:], out=out)
except SystemExit as exc:  # --help
    code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def loaded_by(*argv: str, data: Path) -> tuple[set[str], str]:
    """The heavy libraries a fresh interpreter has loaded after ``kashshaf ARGV``, and what it printed."""
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["code"] in (0, None), proc.stderr
    return set(result["loaded"]) & HEAVY, result["out"]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("data")
    folder = tmp_path_factory.mktemp("seeds")
    loaded, out = loaded_by("--corpus", str(folder), "import", "-q", str(SEEDS), data=data)
    assert "imported 5 documents" in out
    # the import reads, extracts entities (CRFsuite) and indexes (whoosh): nothing else heavy
    assert loaded == {"whoosh", "pycrfsuite"}
    return folder, data


def test_help_parses_without_the_index_or_any_heavy_library(tmp_path: Path) -> None:
    assert loaded_by("--help", data=tmp_path) == (set(), "")


def test_search_loads_whoosh_alone(seeds: tuple[Path, Path]) -> None:
    folder, data = seeds
    loaded, out = loaded_by("--corpus", str(folder), "search", "سوريا", data=data)
    assert out.startswith("5 documents match")
    assert loaded == {"whoosh"}


@pytest.mark.parametrize(
    "command",
    [
        ["entities", "--limit", "3"],
        ["kwic", "سوريا", "--limit", "3"],
        ["batch", "NAMES"],
        ["variants", "سوريا"],
        ["keywords", "سوريا"],
        ["excerpts", "list", "--json"],
        ["outlets"],
    ],
    ids=lambda c: c[0],
)
def test_reading_commands_load_whoosh_alone(seeds: tuple[Path, Path], command: list[str], tmp_path: Path) -> None:
    folder, data = seeds
    names = tmp_path / "names.txt"
    names.write_text("سوريا\nالإدارة الذاتية\n", encoding="utf-8")
    command = [str(names) if a == "NAMES" else a for a in command]
    loaded, out = loaded_by("--corpus", str(folder), *command, data=data)
    assert out
    assert loaded == {"whoosh"}


def test_export_loads_python_docx_for_a_word_file_alone(seeds: tuple[Path, Path], tmp_path: Path) -> None:
    folder, data = seeds
    doc_id = json.loads(loaded_by("--corpus", str(folder), "search", "سوريا", "--json", data=data)[1])["hits"][0]["id"]
    loaded_by("--corpus", str(folder), "excerpts", "add", doc_id, "0", "20", data=data)
    loaded, out = loaded_by(
        "--corpus", str(folder), "export", "--format", "md", "--out", str(tmp_path / "x.md"), data=data
    )
    assert out.startswith("wrote 1 excerpts")
    assert loaded == {"whoosh"}
    loaded, _ = loaded_by(
        "--corpus", str(folder), "export", "--format", "docx", "--out", str(tmp_path / "x.docx"), data=data
    )
    assert loaded == {"whoosh", "docx"}


@pytest.mark.parametrize(
    ("command", "needs"),
    [
        (["timeline", "سوريا"], {"numpy"}),
        (["facets", "سوريا"], {"numpy"}),
        (["network", "سوريا"], {"numpy", "networkx"}),
    ],
    ids=["timeline", "facets", "network"],
)
def test_the_views_load_numpy_and_networkx_when_they_count_with_them(
    seeds: tuple[Path, Path], command: list[str], needs: set[str]
) -> None:
    folder, data = seeds
    loaded, out = loaded_by("--corpus", str(folder), *command, data=data)
    assert out
    assert loaded == {"whoosh", *needs}


def test_the_window_module_loads_no_numpy_networkx_or_camel_tools() -> None:
    """What the window imports before its first paint: Qt and the index; the docks' counting libraries
    are loaded on a worker when a dock first computes."""
    code = (
        "import json, sys\n"
        "import kashshaf.ui.mainwindow, kashshaf.ui.app\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert set(json.loads(proc.stdout)) & HEAVY == {"PySide6", "shiboken6", "whoosh"}
