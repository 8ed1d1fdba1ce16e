"""``packaging/licences``: every component Help → About lists has its text, the index in README.md agrees,
and the texts that come from elsewhere in the repository are the same."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LICENCES = ROOT / "packaging" / "licences"


def components() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = json.loads((LICENCES / "components.json").read_text(encoding="utf-8"))
    return rows


def test_every_component_has_its_text() -> None:
    rows = components()
    names = {r["name"] for r in rows}
    for expected in ("Kashshaf", "Qt 6, PySide6, Shiboken6", "Python", "whoosh-reloaded", "camel-tools"):
        assert expected in names
    for expected in ("python-crfsuite", "CRFsuite", "python-docx", "fontTools", "NumPy", "NetworkX", "Unicode CLDR"):
        assert expected in names
    for row in rows:
        assert row["kind"] in {"program", "library", "font", "data"}
        text = (LICENCES / row["file"]).read_text(encoding="utf-8")
        assert len(text) > 300, row["file"]
    files = {r["file"] for r in rows}
    assert len(files) == len(rows)
    on_disk = {p.name for p in LICENCES.iterdir()} - {"README.md", "components.json"}
    assert on_disk == files  # no text that nothing lists


def test_the_readme_lists_every_component() -> None:
    readme = (LICENCES / "README.md").read_text(encoding="utf-8")
    for row in components():
        assert f"| {row['name']} | {row['version']} | {row['licence']} | [{row['file']}]({row['file']}) |" in readme


def test_the_texts_say_what_they_are() -> None:
    by_name = {r["name"]: (LICENCES / r["file"]).read_text(encoding="utf-8") for r in components()}
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in by_name["Qt 6, PySide6, Shiboken6"]
    assert "GNU GENERAL PUBLIC LICENSE" in by_name["Kashshaf"]
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in by_name["Python"]
    assert "UNICODE LICENSE V3" in by_name["Unicode CLDR"]
    ofl = (ROOT / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8").strip()
    assert ofl in by_name["Noto Sans Arabic, Noto Naskh Arabic, Noto Sans"]
    # the model's terms are the model card's (the data's own words)
    model_card = " ".join((ROOT / "resources" / "entities" / "ner-crf.md").read_text(encoding="utf-8").split())
    terms = " ".join(by_name["Entity model (ANERcorp)"].split())
    assert '"freely available for research purposes"' in model_card
    assert '"freely available for research purposes"' in terms
