"""Saved searches and the search history (Search → Save this search, Saved searches, Clear
search history), kept in the user's settings."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu

from kashshaf.ui.app import settings

if TYPE_CHECKING:
    from kashshaf.ui.mainwindow import MainWindow


class SavedSearches(QObject):
    """``window.saved``: the Search menu's saved searches (run one, delete one) and the history."""

    def __init__(self, window: MainWindow, run_menu: QMenu, delete_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.run_menu, self.delete_menu = run_menu, delete_menu
        window.search_bar.history_changed.connect(
            lambda: settings().setValue("search/history", window.search_bar.history)
        )
        self._rebuild_menus()

    def items(self) -> list[dict[str, str]]:
        raw = settings().value("search/saved", "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        return [i for i in items if isinstance(i, dict) and "name" in i and "query" in i]

    def _store(self, items: list[dict[str, str]]) -> None:
        settings().setValue("search/saved", json.dumps(items, ensure_ascii=False))
        self._rebuild_menus()

    def _rebuild_menus(self) -> None:
        self.run_menu.clear()
        self.delete_menu.clear()
        items = self.items()
        for item in items:
            run = self.run_menu.addAction(item["name"])
            run.setToolTip(item["query"])
            run.triggered.connect(lambda _c=False, q=item["query"]: self.window.search_bar.set_query(q))
            drop = self.delete_menu.addAction(item["name"])
            drop.triggered.connect(lambda _c=False, n=item["name"]: self.delete(n))
        if not items:
            empty = self.run_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
        self.delete_menu.setEnabled(bool(items))

    def save(self, name: str | None = None) -> None:
        query = self.window.search_bar.query()
        if not query:
            self.window.statusBar().showMessage(self.tr("Type a search first, then save it."), 4000)
            return
        if name is None:
            name, ok = QInputDialog.getText(self.window, self.tr("Save search"), self.tr("Name:"), text=query)
            if not ok or not name.strip():
                return
        items = [i for i in self.items() if i["name"] != name.strip()]
        items.append({"name": name.strip(), "query": query})
        self._store(items)

    def delete(self, name: str) -> None:
        self._store([i for i in self.items() if i["name"] != name])

    def clear_history(self) -> None:
        self.window.search_bar.history = []
        settings().setValue("search/history", [])
