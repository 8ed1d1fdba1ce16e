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
    sources = sorted(str(p) for p in (ROOT / "desktop" / "kashshaf" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    have = messages(TS)
    assert wanted - set(have) == set(), "run `make translations` and translate the new strings"
    untranslated = sorted(key for key in wanted if not have.get(key))
    assert untranslated == []


def test_the_compiled_catalogues_match_their_ts() -> None:
    for ts in (TS, TS.with_name("qt_extra_ar.ts")):
        translator = QTranslator()
        assert translator.load(str(ts.with_suffix(".qm")))
        for (context, source), text in messages(ts).items():
            assert text, (context, source)
            assert translator.translate(context, source) == text, (context, source)


def test_qt_file_dialogs_are_arabic(app) -> None:  # type: ignore[no-untyped-def]
    """Every label of Qt's own file dialog is translated (qtbase_ar.qm lacks two of Qt 6's)."""
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels
    assert not [t for t in labels if re.search("[A-Za-z]{3}", t)], labels
    dialog.deleteLater()


def test_every_core_message_has_a_template_in_the_window() -> None:
    """The core's messages (import reasons, index and export errors) are shown in the interface language:
    each code has a translatable template with the same placeholders."""
    import string

    from kashshaf.core.messages import MESSAGES
    from kashshaf.ui.messages import templates

    def fields(text: str) -> set[str]:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}

    ours = templates()
    assert set(ours) == set(MESSAGES)
    assert {code: fields(t) for code, t in ours.items()} == {code: fields(t) for code, t in MESSAGES.items()}


def test_an_import_problem_reads_in_arabic(app) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.core.bidi import FSI, LRI, PDI
    from kashshaf.core.models import ImportProblem
    from kashshaf.ui.importing import problem_line

    problem = ImportProblem.of("/tmp/corpus/a.txt", "too-large-article", size="50.0", limit=10)
    line = problem_line(problem)
    assert line.startswith(f"{LRI}/tmp/corpus/a.txt{PDI}: الملف كبير جدًا ({FSI}50.0{PDI}")
    assert "file too large" in problem.reason  # the CLI keeps the English
