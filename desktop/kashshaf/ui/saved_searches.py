"""Saved searches and the search history (Search → Save this search, Saved searches, Clear
search history), kept in the user's settings. A saved search keeps its query and whether its words
were matched as written (``exact``); one saved before the exact-match toggle existed has no
``exact`` and runs as it did then, with stems and clitics."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

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

    def items(self) -> list[dict[str, Any]]:
        """``{"name", "query", "exact"}`` of each saved search (``exact`` False where it was not kept)."""
        raw = settings().value("search/saved", "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        if not isinstance(items, list):
            return []
        return [
            {"name": str(i["name"]), "query": str(i["query"]), "exact": i.get("exact") is True}
            for i in items
            if isinstance(i, dict) and "name" in i and "query" in i
        ]

    def _store(self, items: list[dict[str, Any]]) -> None:
        settings().setValue("search/saved", json.dumps(items, ensure_ascii=False))
        self._rebuild_menus()

    def _rebuild_menus(self) -> None:
        self.run_menu.clear()
        self.delete_menu.clear()
        items = self.items()
        exact_note = self.tr("exact match")
        for item in items:
            run = self.run_menu.addAction(f"{item['name']}  ({exact_note})" if item["exact"] else item["name"])
            run.setToolTip(f"{item['query']}  ({exact_note})" if item["exact"] else item["query"])
            run.triggered.connect(lambda _c=False, i=item: self.run(i))
            drop = self.delete_menu.addAction(item["name"])
            drop.triggered.connect(lambda _c=False, n=item["name"]: self.delete(n))
        if not items:
            empty = self.run_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
        self.delete_menu.setEnabled(bool(items))

    def run(self, item: dict[str, Any]) -> None:
        """Search as the saved search did: its query, its words matched as written or not."""
        bar = self.window.search_bar
        bar.set_exact(item["exact"])
        bar.set_query(item["query"])  # one search, with the saved search's way of matching

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
        items.append({"name": name.strip(), "query": query, "exact": self.window.search_bar.exact()})
        self._store(items)

    def delete(self, name: str) -> None:
        self._store([i for i in self.items() if i["name"] != name])

    def clear_history(self) -> None:
        self.window.search_bar.history = []
        settings().setValue("search/history", [])
