"""Screenshots of the main window under Xvfb (a real X server and Qt's xcb
plugin, as on a desktop), for the README and for looking at the window.

    .venv/bin/python packaging/screenshots.py OUT_DIR      (or: make screenshots)

Writes OUT_DIR/search.png (a search active, hits marked in the list and the
reader), OUT_DIR/entity.png (an entity chosen in the sidebar),
OUT_DIR/excerpts.png (the excerpts panel), OUT_DIR/latin-outlet.png (the
reader's meta line for an outlet known only by its web address, and a date
filter), OUT_DIR/shortcuts.png (Help → Keyboard shortcuts),
OUT_DIR/import.png (the import dialog while 4,000 articles are read),
OUT_DIR/read-only.png (a corpus another process holds), and in English
OUT_DIR/english-list.png (Arabic titles in the English list) and
OUT_DIR/english-shortcuts.png. Runs on a fresh user-data folder with the
bundled seeds corpus (entities as the import extracted them), plus one HTML
page whose outlet is a bare domain.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1400, 860)


PAGE = """<html><head><meta charset="utf-8"><title>وفد الإدارة الذاتية في موسكو</title>
<meta property="og:url" content="https://news.example.org/2022/11/13/autonomous-administration-moscow"></head>
<body><h1>وفد الإدارة الذاتية في موسكو</h1>
<p>وصل وفد من الإدارة الذاتية وقوات سوريا الديمقراطية إلى موسكو لبحث المفاوضات مع الحكومة السورية برعاية روسية.</p>
<p>وقال المبعوث الروسي ألكسندر لافرنتييف إن بلاده مستعدة لمواصلة الوساطة بين الطرفين.</p></body></html>
"""


def main(out: Path, lang: str = "") -> int:
    if not os.environ.get("DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing (Debian package xvfb; `make screenshots` installs it as root)", file=sys.stderr)
            return 2
        screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24"
        for language in ("ar", "en"):
            code = subprocess.call(["xvfb-run", "-a", "-s", screen, sys.executable, __file__, str(out), language])
            if code:
                return code
        return 0
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    data = Path(tempfile.mkdtemp(prefix="kashshaf-shots-"))
    os.environ["KASHSHAF_DATA_DIR"] = str(data / "data")
    sys.path.insert(0, str(ROOT / "desktop"))
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(data / "settings"))
    from kashshaf.ui.app import make_application, settings
    from kashshaf.ui.mainwindow import MainWindow

    language = lang or "ar"
    app = make_application(["kashshaf"], language=language)
    settings().setValue("language", language)
    window = MainWindow()
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    steps: list[tuple[int, object]] = []

    def shoot(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(out / name))  # the whole X screen, as `import -window root` would
        print(out / name)

    def search() -> None:
        window.search_bar.set_query("داعش")

    def choose_entity() -> None:
        window.search_bar.edit.clear()
        window.entities.tabs.setCurrentWidget(window.entities.corpus_pane)
        org = next(e.id for e in window.workspace.entities.all() if e.name == "قوات سوريا الديمقراطية")  # type: ignore[union-attr]
        window.entities.corpus_pane.select(org)
        window.listing.set_entity(org)

    def keep_excerpts() -> None:
        ws = window.workspace
        window.listing.set_entity(None)
        kept = []
        for words, note in (("قوات سوريا الديمقراطية", "ملاحظة: التسمية الكاملة"), ("المبعوث الروسي", "")):
            doc_id = next(d for d in ws.browse() if words in ws.document(d).clean_text)  # type: ignore[union-attr]
            start = ws.document(doc_id).clean_text.index(words)  # type: ignore[union-attr]
            kept.append(ws.excerpts.add(doc_id, max(0, start - 30), start + len(words) + 40, note=note, tags=["تقرير"]))  # type: ignore[union-attr]
        window.excerpts_dock.show()
        window.excerpts_dock.raise_()
        window.excerpts_controller.refresh(keep=kept[0].id)  # listed in the background, the first one chosen
        window.excerpts_controller.open(kept[0].id)  # its document shown, scrolled to it

    articles = data / "articles"

    def start_import() -> None:
        # 4,000 articles made of the seeds' paragraphs, each with a line of its own
        articles.mkdir()
        seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").rglob("*.txt"))] or ["نص"]
        for i in range(4000):
            text = seeds[i % len(seeds)]
            (articles / f"{i:04d}.txt").write_text(f"خبر رقم {i}\n\n{text}\n\nتحديث {i}.\n", encoding="utf-8")
        window.excerpts_dock.hide()
        window.jobs.start_import([articles])

    def run(steps: list[tuple[int, object]]) -> None:
        delay = 0
        for wait, step in steps:
            delay += wait
            QTimer.singleShot(delay, step)  # type: ignore[arg-type]
        app.exec()

    holder: list[subprocess.Popen[str]] = []
    held = data / "held"

    def cancel_import() -> None:
        dialog = window.import_dialog
        if dialog is not None:
            if dialog.finished_report is None:
                dialog.cancel_button.click()
            dialog.close()

    def open_held() -> None:
        if window.import_dialog is not None:
            window.import_dialog.close()  # it showed the cancelled import's report
        script = (
            "import sys; sys.path.insert(0, sys.argv[1])\n"
            "from kashshaf.core.workspace import Workspace\n"
            "ws = Workspace(sys.argv[2]); ws.import_paths([__import__('pathlib').Path(sys.argv[3])])\n"
            "print('holding', flush=True); sys.stdin.read()"
        )
        cmd = [sys.executable, "-c", script, str(ROOT / "desktop"), str(held), str(ROOT / "seeds")]
        holder.append(subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
        assert holder[0].stdout is not None
        assert holder[0].stdout.readline().strip() == "holding"
        window.corpus.open(held)

    def close_dialog() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()

    def latin_outlet() -> None:
        from PySide6.QtCore import QDate

        window.excerpts_dock.hide()
        window.entities_dock.raise_()
        page = data / "page.html"
        page.write_text(PAGE, encoding="utf-8")
        window.workspace.import_paths([page])  # type: ignore[union-attr]
        bar = window.filter_bar
        bar.from_edit.setDate(QDate(2022, 11, 1))
        bar.from_check.setChecked(True)
        window.listing.refresh()

    def english() -> None:
        window.search_bar.set_query("روسيا")

    if language == "en":
        steps = [
            (2500, english),
            (2500, lambda: shoot("english-list.png")),
            (200, window.show_shortcuts),
            (1500, lambda: shoot("english-shortcuts.png")),
            (200, close_dialog),
            (200, app.quit),
        ]
        run(steps)
        window.close()
        shutil.rmtree(data, ignore_errors=True)
        return 0

    steps = [
        (2500, search),
        (2500, lambda: shoot("search.png")),
        (500, choose_entity),
        (2500, lambda: shoot("entity.png")),
        (500, keep_excerpts),
        (2500, lambda: shoot("excerpts.png")),
        (200, latin_outlet),
        (3000, lambda: shoot("latin-outlet.png")),
        (200, window.show_shortcuts),
        (1500, lambda: shoot("shortcuts.png")),
        (200, close_dialog),
        (200, lambda: window.filter_bar.clear()),
        (200, start_import),
        (6500, lambda: shoot("import.png")),
        (200, cancel_import),
        (5000, open_held),
        (4000, lambda: shoot("read-only.png")),
        (200, app.quit),
    ]
    run(steps)
    window.close()
    for process in holder:
        process.communicate("", timeout=30)
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(
        main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), sys.argv[2] if len(sys.argv) > 2 else "")
    )
