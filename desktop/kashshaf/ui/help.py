"""The Help menu: keyboard shortcuts, the user guide shipped in ``resources/help`` and About.

The shortcuts page is made from the window's own actions, so it is never out
of date; each key sequence is a left-to-right isolate (in Arabic text
``Ctrl+Shift+C`` would otherwise read ``C+Shift+Ctrl``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kashshaf import __version__
from kashshaf.core.bidi import isolate_ltr
from kashshaf.paths import resource_path


def shortcut_text(action: QAction) -> str:
    """The action's keys as the interface shows them (``Ctrl+Shift+C``), several joined by a comma."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(keys)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """``(menu, action, keys)`` for every action with keys, menu by menu."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):  # QAction.menu() is typed QObject
                walk(sub, title)
            elif not action.isSeparator() and shortcut_text(action):
                rows.append((title, action.text().replace("&", ""), shortcut_text(action)))

    for top in bar.actions():
        if isinstance(menu := top.menu(), QMenu):
            walk(menu, top.text().replace("&", ""))
    return rows


def right_to_left(view: QTextBrowser) -> None:
    """Every paragraph right to left unless the page says otherwise (``dir="ltr"``): Qt guesses each
    paragraph's direction, and guesses left to right for one with a Latin run in it."""
    block = view.document().begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto:
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


class _Browser(QTextBrowser):
    """Shows shipped pages only: nothing is fetched, links open in the same view or not at all."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class ShortcutsDialog(QDialog):
    def __init__(
        self, rows: list[tuple[str, str, str]], extra: list[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        self.table = QTableWidget(len(rows) + len(extra), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for r, (menu, action, keys) in enumerate([*rows, *extra]):
            for c, text in enumerate((menu, action, isolate_ltr(keys))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            menu, action, keys = (c.text() if c is not None else "" for c in (self.table.item(r, i) for i in range(3)))
            out.append((menu, action, keys))
        return out


class GuideDialog(QDialog):
    """The user guide in the interface language (``resources/help/guide_<lang>.html``)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(820, 760)
        self.view = _Browser(self)
        self.view.setObjectName("guideView")
        self.view.setOpenExternalLinks(False)
        self.view.setOpenLinks(True)  # the guide's table of contents: #anchors in the same page
        path = resource_path("help", f"guide_{lang}.html")
        if not path.exists():
            path = resource_path("help", "guide_en.html")
        self.view.setHtml(path.read_text(encoding="utf-8"))
        if lang == "ar":
            right_to_left(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kashshaf"))
        self.resize(640, 620)
        title = QLabel(f"<h2>{html.escape(self.tr('Kashshaf'))} {isolate_ltr(__version__)}</h2>", self)
        summary = QLabel(
            self.tr(
                "An offline desktop browser for Arabic news corpora: Arabic-aware search, the people, "
                "organisations and places of every article, and excerpts with citations. It never opens a "
                "network connection."
            ),
            self,
        )
        summary.setWordWrap(True)
        self.licences = _Browser(self)
        self.licences.setObjectName("licences")
        sections = [
            (
                self.tr("Kashshaf"),
                self.tr("Free software under the GNU General Public License, version 3 or later."),
            ),
            (
                self.tr("Fonts"),
                self.tr(
                    "Noto Sans Arabic, Noto Naskh Arabic and Noto Sans (Google, the Noto project), under the SIL "
                    "Open Font License 1.1; its text follows."
                ),
            ),
            (
                self.tr("Qt and PySide6"),
                self.tr(
                    "The window uses Qt 6 through PySide6 (The Qt Company), under the GNU Lesser General Public "
                    "License v3; you may replace these libraries with a version of your own."
                ),
            ),
            (
                self.tr("Libraries"),
                self.tr(
                    "whoosh-reloaded (BSD licence), camel-tools (MIT licence), python-docx (MIT licence), "
                    "fontTools (MIT licence)."
                ),
            ),
            (
                self.tr("Data"),
                self.tr(
                    "Arabic names of countries and territories from the Unicode CLDR (Unicode License v3). The "
                    "outlet table, gazetteers, stop words and the sample articles' cleaning rules are the "
                    "project's own. The five sample articles are public news pages, included as examples."
                ),
            ),
        ]
        body = "".join(f"<h3>{html.escape(h)}</h3><p>{html.escape(t)}</p>" for h, t in sections)
        ofl = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
        body += f'<h3 dir="ltr">SIL Open Font License 1.1</h3><pre dir="ltr" style="white-space: pre-wrap">{html.escape(ofl)}</pre>'
        self.licences.setHtml(body)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            right_to_left(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


def extra_keys() -> list[tuple[str, str, str]]:
    """Keys that belong to a widget rather than a menu."""
    search = QCoreApplication.translate("Help", "Search bar")
    reader = QCoreApplication.translate("Help", "Reader")
    return [
        (search, QCoreApplication.translate("Help", "Search now (and remember the search)"), "Enter"),
        (search, QCoreApplication.translate("Help", "Earlier and later searches"), "↑, ↓"),
        (
            reader,
            QCoreApplication.translate("Help", "Select text with the keyboard (turns caret browsing on)"),
            "Shift+← → ↑ ↓",
        ),
        (reader, QCoreApplication.translate("Help", "Select to the start or end of the line"), "Shift+Home, Shift+End"),
    ]
