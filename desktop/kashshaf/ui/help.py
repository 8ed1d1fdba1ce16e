"""The Help menu: keyboard shortcuts, the user guide shipped in ``resources/help`` and About.

The shortcuts page is made from the window's own actions, so it is never out
of date; each key sequence is a left-to-right isolate (in Arabic text
``Ctrl+Shift+C`` would otherwise read ``C+Shift+Ctrl``).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kashshaf import __version__
from kashshaf.core.bidi import isolate_ltr
from kashshaf.paths import licences_dir, resource_path
from kashshaf.ui.app import APP_ID, LATIN_FAMILY, UI_FAMILY


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


@dataclass(frozen=True)
class Component:
    """One line of ``licences/components.json``: a part of Kashshaf that others wrote (or Kashshaf itself)."""

    name: str
    version: str
    licence: str
    file: str
    kind: str


def licence_components(folder: Path | None = None) -> list[Component]:
    """The components ``components.json`` lists, in its order; none when the licences are not installed."""
    index = (folder or licences_dir()) / "components.json"
    try:
        rows = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [
        Component(str(r["name"]), str(r["version"]), str(r["licence"]), str(r["file"]), str(r["kind"])) for r in rows
    ]


class AboutDialog(QDialog):
    """Name, version, application id, Kashshaf's licence, and the third-party components: pick one to read
    its licence (``packaging/licences``, ``licences/`` in a bundle)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kashshaf"))
        self.resize(720, 700)
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
        self.notice = QLabel(
            self.tr("Free software under the GNU General Public License, version 3 or later.")
            + "\n"
            + self.tr("Application id: {id}").format(id=isolate_ltr(APP_ID)),
            self,
        )
        self.notice.setObjectName("aboutNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        third_party = self.tr("Third-party licences")
        heading = QLabel(f"<h3>{html.escape(third_party)}</h3>", self)
        self.folder = licences_dir()
        self.items = licence_components(self.folder)
        self.components = QTableWidget(len(self.items), 3, self)
        self.components.setObjectName("licenceComponents")
        self.components.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.components.verticalHeader().hide()
        self.components.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.components.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.components.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        names, licences = self._names(), self._licences()
        for r, c in enumerate(self.items):
            cells = (
                names.get(c.file, c.name),
                isolate_ltr(c.version) if c.version else "",
                licences.get(c.licence, isolate_ltr(c.licence)),
            )
            for col, text in enumerate(cells):
                self.components.setItem(r, col, QTableWidgetItem(text))
        header = self.components.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # the texts are English and laid out in lines: left to right in either interface language
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        latin = QFont([LATIN_FAMILY, UI_FAMILY])  # Latin text: the Arabic face's tall lines would double its height
        latin.setPointSizeF(self.font().pointSizeF())
        self.licence_text.setFont(latin)
        option = QTextOption(Qt.AlignmentFlag.AlignLeft)
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)  # not the window's: a line's final "." stays last
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.licence_text.document().setDefaultTextOption(option)
        if not self.items:
            self.licence_text.setPlainText(
                self.tr("The licence texts are not installed (they belong in {path}).").format(
                    path=isolate_ltr(str(self.folder))
                )
            )
        self.components.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.show_licence(row))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.components)
        split.addWidget(self.licence_text)
        split.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.notice)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        if self.items:
            self.components.setCurrentCell(0, 0)

    def _names(self) -> dict[str, str]:
        """The shown names of what is not a program's or a font's proper name, by licence file."""
        return {
            "Kashshaf-GPL-3.0.txt": self.tr("Kashshaf"),
            "Unicode-CLDR.txt": self.tr("Country and region names (Unicode CLDR)"),
            "entity-model.txt": self.tr("Entity model (trained on ANERcorp)"),
            "seeds.txt": self.tr("Sample articles (the seeds corpus)"),
            "kashshaf-data.txt": self.tr("Kashshaf's word lists, outlet table and icon"),
        }

    def _licences(self) -> dict[str, str]:
        return {
            "research use": self.tr("research use"),
            "their publishers'": self.tr("their publishers' copyright"),
        }

    def names(self) -> list[str]:
        """The components as listed (the first column's text)."""
        return [it.text() if (it := self.components.item(r, 0)) else "" for r in range(self.components.rowCount())]

    def show_licence(self, row: int) -> None:
        """Show the licence text of the component in ``row``."""
        if not 0 <= row < len(self.items):
            return
        path = self.folder / self.items[row].file
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            text = self.tr("Cannot read {path}: {reason}").format(
                path=isolate_ltr(str(path)), reason=exc.strerror or str(exc)
            )
        self.licence_text.setPlainText(text)
        self.licence_text.moveCursor(QTextCursor.MoveOperation.Start)

    def open_component(self, name: str) -> str:
        """Select the component whose shown name starts with ``name`` and return its licence text."""
        row = next(r for r, n in enumerate(self.names()) if n.startswith(name))
        self.components.setCurrentCell(row, 0)
        return self.licence_text.toPlainText()


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
