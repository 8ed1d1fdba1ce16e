"""The Arabic interface is complete: every string the code marks for
translation is in the .ts, translated, and compiled into the .qm the app loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kashshaf_ar.ts"
QM = TS.with_suffix(".qm")


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source") or "")] = (
                translation.text if finished and translation is not None else None
            )
    return out


def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "kashshaf" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    have = messages(TS)
    assert wanted - set(have) == set(), "run `make translations` and translate the new strings"
    untranslated = sorted(key for key in wanted if not have.get(key))
    assert untranslated == []


def test_the_compiled_catalogue_matches_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    for (context, source), text in messages(TS).items():
        assert translator.translate(context, source) == text, (context, source)
