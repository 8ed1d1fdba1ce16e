"""The reader: one document's header and text, with search hits, entity
mentions and selections mapped from clean-text offsets to the screen.

The body is inserted into the QTextDocument character for character (each
line break becomes a block break, also one position), so a clean-text
offset ``o`` is at document position ``body_start + o`` plus one for every
character outside the Basic Multilingual Plane before it (Qt counts UTF-16).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.bidi import isolate, isolate_url
from kashshaf.core.citation import citation, meta_line
from kashshaf.core.models import ENTITY_TYPES, Document, Mention
from kashshaf.ui.app import reader_font
from kashshaf.ui.clipboard import copy_quote
from kashshaf.ui.tasks import defer
from kashshaf.ui.variants import spelling_word

HIT_COLOUR = QColor("#ffe08a")
CURRENT_HIT_COLOUR = QColor("#ff9f43")
ENTITY_COLOURS = {
    "PER": QColor("#d6eaff"),
    "ORG": QColor("#dff5e1"),
    "LOC": QColor("#f5e1f7"),
    "MISC": QColor("#eeeeee"),
}
SELECTED_ENTITY_COLOUR = QColor("#8fd3ff")
EXCERPT_COLOURS = {"yellow": "#fff1a8", "green": "#c8f0c8", "blue": "#cfe3ff", "pink": "#ffd6e8", "orange": "#ffd8a8"}
ZOOM_MIN, ZOOM_MAX = -6, 16


def is_rtl_text(text: str) -> bool:
    """More Arabic-script letters than Latin ones."""
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return arabic >= latin


def display_text(text: str) -> str:
    """``text`` as the reader lays it out, with the same length (offsets stay valid).

    When paragraphs are separated by blank lines, a single line break inside
    a paragraph is a hard wrap from the source and is shown as a space, so
    the paragraph reflows to the window.
    """
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    if "\n\n" not in text:
        return text
    return re.sub(r"(?<=[^\n])\n(?=[^\n])", " ", text)


class OffsetMap:
    """Clean-text offsets to QTextDocument positions (UTF-16 aware)."""

    def __init__(self, text: str, base: int) -> None:
        self.base = base
        self._astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def position(self, offset: int) -> int:
        return self.base + offset + bisect.bisect_left(self._astral, offset)

    def offset(self, position: int) -> int:
        """The clean-text offset at a document position (inverse of :meth:`position`)."""
        raw = position - self.base
        offset = raw
        for _ in range(len(self._astral) + 1):  # a fixed point: offset + astral characters before it == raw
            shifted = raw - bisect.bisect_left(self._astral, offset)
            if shifted == offset:
                break
            offset = shifted
        return max(0, offset)


_SELECTING_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class ReaderView(QTextBrowser):
    """Read-only text view; never loads anything (no remote resources, no links followed).

    Caret browsing (F7, as in web browsers): a text cursor the arrow keys move and
    Shift+arrows extend, so a passage can be selected and kept (Ctrl+E) without a
    mouse. Shift with an arrow key turns it on by itself, starting at the top of
    what is on screen (or at the selection).
    """

    copy_citation_requested = Signal()
    add_entity_requested = Signal()
    mention_curation_requested = Signal(str, str)
    """(action with its scope, entity id): ``delete@mention:START:END``, ``type:ORG@mention:…``,
    ``merge@mention:…``, ``delete@doc``: a decision about the mention under the pointer"""
    add_excerpt_requested = Signal()
    caret_browsing_changed = Signal(bool)
    spellings_requested = Signal(str)
    """(a word of the text): search the corpus' spellings of it"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFont(reader_font())
        self.document().setDocumentMargin(18)
        self.caret_browsing = False
        self.body_start = 0
        """where the text begins (after the title and the meta lines): where the caret starts"""

    def set_caret_browsing(self, on: bool) -> None:
        if on == self.caret_browsing:
            return
        self.caret_browsing = on
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setCursorWidth(2 if on else 1)
        if on:
            cursor = self.textCursor()
            if not cursor.hasSelection():
                if not self.viewport().rect().contains(self.cursorRect(cursor).center()):
                    rect = self.viewport().rect()
                    rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                    corner = rect.topRight() + QPoint(-4, 8) if rtl else rect.topLeft() + QPoint(4, 8)
                    cursor = self.cursorForPosition(corner)
                if cursor.position() < self.body_start:  # the title and meta lines are not the text
                    cursor.setPosition(self.body_start)
                self.setTextCursor(cursor)
        self.caret_browsing_changed.emit(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            not self.caret_browsing
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and event.key() in _SELECTING_KEYS
        ):
            self.set_caret_browsing(True)
        super().keyPressEvent(event)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # never fetch: no images, no stylesheets, nothing remote

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu a right click at ``pos`` (viewport coordinates) opens: Qt's own actions, ours before them,
        and the decisions about the entity mention there, if any."""
        menu = self.createStandardContextMenu(pos)
        action = QAction(self.tr("Copy with citation"), menu)
        action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        action.setEnabled(self.textCursor().hasSelection())
        action.triggered.connect(self.copy_citation_requested.emit)
        excerpt = QAction(self.tr("Add excerpt"), menu)
        excerpt.setShortcut(QKeySequence("Ctrl+E"))
        excerpt.setEnabled(self.textCursor().hasSelection())
        excerpt.triggered.connect(self.add_excerpt_requested.emit)
        add = QAction(self.tr("Add as entity…"), menu)
        add.setEnabled(self.textCursor().hasSelection())
        add.triggered.connect(self.add_entity_requested.emit)
        ours = [excerpt, action, add]
        word = self.word_at(pos)
        if word is not None:
            spell = QAction(self.tr("Search the spellings of “{word}”").format(word=isolate(word)), menu)
            spell.setObjectName("spellingsAction")
            spell.triggered.connect(lambda: self.spellings_requested.emit(word))
            ours.append(spell)
        first = menu.actions()[0] if menu.actions() else None
        if first is None:  # Qt's insertAction(nullptr, …) appends; the stubs take no None
            menu.addActions(ours)
        else:
            menu.insertActions(first, ours)
            menu.insertSeparator(first)
        found = self.mention_at(self.cursorForPosition(pos).position()) if self.mention_at else None
        if found is not None:
            self._mention_menu(menu, first, *found)
        return menu

    def word_at(self, pos: QPoint) -> str | None:
        """The word a right click at ``pos`` can ask the spellings of: the selection when it is one word,
        else the word under the pointer (None: no Arabic word of four letters or more)."""
        selected = self.textCursor().selectedText() if self.textCursor().hasSelection() else ""
        if selected:
            return spelling_word(selected)
        cursor = self.cursorForPosition(pos)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        return spelling_word(cursor.selectedText())

    mention_at: Callable[[int], tuple[Mention, str, str] | None] | None = None
    """set by the :class:`Reader`: a document position → ``(mention, its entity's name, its type)`` or None"""

    def add_mention_menu(self, menu: QMenu, before: QAction | None, mention: Mention, name: str, kind: str) -> None:
        """Put into ``menu``, before ``before``, the decisions about ``mention`` that the context menu offers."""
        self._mention_menu(menu, before, mention, name, kind)

    def _mention_menu(self, menu: QMenu, before: QAction | None, mention: Mention, name: str, kind: str) -> None:
        """Decisions about the entity mention under the pointer: here only, or in this document."""
        where = f"@mention:{mention.start}:{mention.end}"
        emit = self.mention_curation_requested.emit
        sub = QMenu(self.tr("Entity “{name}”").format(name=isolate(name)), menu)
        sub.addAction(self.tr("Not an entity here"), lambda: emit("delete" + where, mention.entity_id))
        sub.addAction(self.tr("Not an entity in this document"), lambda: emit("delete@doc", mention.entity_id))
        types = sub.addMenu(self.tr("Change type here"))
        labels = {
            "PER": self.tr("Person"),
            "ORG": self.tr("Organisation"),
            "LOC": self.tr("Place"),
            "MISC": self.tr("Other"),
        }
        for other in ENTITY_TYPES:
            if other != kind:
                types.addAction(labels[other], partial(emit, f"type:{other}{where}", mention.entity_id))
        sub.addAction(
            self.tr("Merge this mention into another entity…"), lambda: emit("merge" + where, mention.entity_id)
        )
        if before is None:  # as Qt's insertMenu / insertSeparator(nullptr); the stubs take no None
            menu.addMenu(sub)
            menu.addSeparator()
        else:
            menu.insertMenu(before, sub)
            menu.insertSeparator(before)


class Reader(QWidget):
    """Header, text (clean or raw), hit navigation, entity colouring, zoom, copy with citation."""

    hit_changed = Signal(int, int)
    """(current hit, 1-based or 0; number of hits)"""
    zoom_changed = Signal(int)
    caret_browsing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "ar"
        self.view = ReaderView(self)
        self.view.copy_citation_requested.connect(self.copy_with_citation)
        self.view.caret_browsing_changed.connect(self.caret_browsing_changed)
        self.hit_label = QLabel(self)
        self.hit_label.setObjectName("hitLabel")
        self.prev_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.prev_button.setText(self.tr("Previous hit"))
        self.next_button.setText(self.tr("Next hit"))
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.hit_label)
        bar.addStretch(1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.document: Document | None = None
        self.raw = False
        self.show_entities = True
        self.zoom = 0
        self._hits: list[tuple[int, int]] = []
        self._current = -1
        self._mentions: list[Mention] = []
        self._mention_types: dict[str, str] = {}
        self._excerpts: list[tuple[int, int, str]] = []
        self._title_hits: list[tuple[int, int]] = []
        self._selected_entity: str | None = None
        self._map: OffsetMap | None = None
        self.view.mention_at = self._mention_at
        self._placeholder()

    # --- content -------------------------------------------------------------

    def _placeholder(self, text: str | None = None) -> None:
        self.view.clear()
        self.view.setPlainText("")
        self.view.setPlaceholderText(text or self.tr("Choose a document from the list to read it here."))
        self._update_hit_bar()

    def clear(self, text: str | None = None) -> None:
        """Show no document; ``text`` says why (else: choose one from the list)."""
        self.document = None
        self._hits, self._mentions, self._current, self._map = [], [], -1, None
        self._placeholder(text)

    def show_document(
        self,
        doc: Document,
        hits: list[tuple[int, int]] | None = None,
        mentions: list[Mention] | None = None,
        mention_types: dict[str, str] | None = None,
        title_hits: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show ``doc``; ``hits`` and ``mentions`` are clean-text offsets, ``title_hits`` offsets in its title.

        The same document with the same hits again (a refreshed list) keeps its place and its current hit."""
        same = self.document is not None and self.document.id == doc.id
        new_hits = sorted(hits or []) != self._hits
        scroll = self.view.verticalScrollBar().value() if same else 0
        if not same:
            self._excerpts = []  # the last document's kept passages (the window sets this one's after)
        current = self._current if same and not new_hits else -1
        self.document = doc
        self._hits = sorted(hits or [])
        self._title_hits = sorted(title_hits or [])
        self._mentions = list(mentions or [])
        self._mention_types = dict(mention_types or {})
        self._current = current
        self._render()
        self.view.verticalScrollBar().setValue(scroll)
        if self._hits and (not same or new_hits):
            self._current = 0
            defer(lambda: self.go_to_hit(0), owner=self.view)  # once the text is laid out
        self._update_hit_bar()

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        self._hits = sorted(hits)
        self._current = -1
        self._apply_selections()
        if self._hits:
            self.go_to_hit(0)
        self._update_hit_bar()

    def set_raw(self, raw: bool) -> None:
        self.raw = raw
        if self.document is not None:
            self._render()
            self._update_hit_bar()

    def set_excerpts(self, spans: list[tuple[int, int, str]]) -> None:
        """The kept excerpts of this document: (start, end, colour) in clean-text offsets."""
        length = len(self.document.clean_text) if self.document else 0
        self._excerpts = [(s, e, c) for s, e, c in spans if 0 <= s < e <= length]
        self._apply_selections()

    def _mention_at(self, position: int) -> tuple[Mention, str, str] | None:
        """The entity mention at a document position (clean text only): it, its text, its entity's type."""
        if self._map is None or self.raw or self.document is None:
            return None
        offset = self._map.offset(position)
        for m in self._mentions:
            if m.start <= offset < m.end:
                return m, m.text, self._mention_types.get(m.entity_id, "MISC")
        return None

    def set_show_entities(self, show: bool) -> None:
        self.show_entities = show
        self._apply_selections()

    def select_entity(self, entity_id: str | None) -> None:
        """Mark the mentions of one entity more strongly, and scroll to the first. Without a text query,
        F3 and Shift+F3 then step through them."""
        if entity_id != self._selected_entity and not self._hits:
            self._current = -1
        self._selected_entity = entity_id
        self._apply_selections()
        self._update_hit_bar()
        if entity_id is not None and self._map is not None and not self.raw:
            for m in self._mentions:
                if m.entity_id == entity_id:
                    self._scroll_to(self._map.position(m.start))
                    break

    def _render(self) -> None:
        doc = self.document
        assert doc is not None
        qdoc = self.view.document()
        qdoc.clear()
        qdoc.setDefaultFont(self.view.font())
        cursor = QTextCursor(qdoc)
        rtl = is_rtl_text(doc.title + doc.clean_text[:2000])
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute

        def block(bottom: float = 0.0) -> QTextBlockFormat:
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(direction)
            fmt.setAlignment(align)
            fmt.setBottomMargin(bottom)
            fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            return fmt

        title_fmt = QTextCharFormat()
        title_fmt.setFontPointSize(self.view.font().pointSizeF() * 1.45)
        title_fmt.setFontWeight(QFont.Weight.Bold)
        cursor.setBlockFormat(block(6))
        cursor.insertText(doc.title or doc.path, title_fmt)
        meta_fmt = QTextCharFormat()
        meta_fmt.setForeground(QBrush(QColor("#5f6b7a")))
        meta_fmt.setFontPointSize(self.view.font().pointSizeF() * 0.85)
        # outlet and date, each a bidi isolate: "3alyoum · 10 أغسطس 2015" stays in that order
        line = meta_line(doc, self.lang)
        cursor.insertBlock(block(2))
        cursor.insertText(line or self.tr("Outlet and date unknown"), meta_fmt)
        if doc.author:  # the byline: a dateline and an agency ("برلين - واس"), or a writer
            byline_fmt = QTextCharFormat(meta_fmt)
            byline_fmt.setFontItalic(True)
            cursor.insertBlock(block(2))
            cursor.insertText(isolate(doc.author), byline_fmt)
        if doc.date is None and doc.retrieved is None:
            note_fmt = QTextCharFormat(meta_fmt)
            note_fmt.setFontItalic(True)
            cursor.insertText(("  ·  " if line else "  ") + self.tr("publication date unknown"), note_fmt)
        where = block(14)
        where.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a url or path reads left to right
        cursor.insertBlock(where)
        if doc.url:
            link_fmt = QTextCharFormat(meta_fmt)
            link_fmt.setAnchor(True)
            link_fmt.setAnchorHref(doc.url)
            link_fmt.setForeground(QBrush(QColor("#2a6db0")))
            cursor.insertText(isolate_url(doc.url), link_fmt)  # Arabic path segments stay in order
        else:
            cursor.insertText(doc.path, meta_fmt)
        if self.raw:
            cursor.insertBlock(block(0))
            note_fmt = QTextCharFormat(meta_fmt)
            note_fmt.setFontItalic(True)
            cursor.insertText(self.tr("Raw text as imported (before cleaning)"), note_fmt)
        cursor.insertBlock(block(0), QTextCharFormat())
        body_start = cursor.position()
        self.view.body_start = body_start
        text = doc.raw_text if self.raw else doc.clean_text
        cursor.insertText(display_text(text), QTextCharFormat())
        self._map = None if self.raw else OffsetMap(doc.clean_text, body_start)
        # every body block: right to left, airy lines, paragraph spacing
        body = qdoc.findBlock(body_start)
        paragraph, gap = block(6), block(0)
        gap.setLineHeight(60, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        while body.isValid():
            QTextCursor(body).setBlockFormat(gap if not body.length() > 1 else paragraph)
            body = body.next()
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self._apply_selections()

    # --- highlights ----------------------------------------------------------

    def _selection(
        self, start: int, end: int, colour: QColor, underline: bool = False, title: bool = False
    ) -> QTextEdit.ExtraSelection:
        """A marked span of the clean text (offsets mapped to positions), or with ``title`` of the title,
        the document's first block, whose offsets are positions."""
        assert self._map is not None
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start if title else self._map.position(start))
        cursor.setPosition(end if title else self._map.position(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(colour))
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setProperty(QTextFormat.Property.TextUnderlineColor, QColor("#0b5394"))
        sel.format = fmt
        return sel

    def _apply_selections(self) -> None:
        if self._map is None or self.document is None:
            self.view.setExtraSelections([])
            return
        selections = []
        for s, e, colour_name in self._excerpts:  # kept passages, underneath everything else
            tint = QColor(EXCERPT_COLOURS.get(colour_name, "#fff1a8"))
            sel = self._selection(s, e, tint)
            # a kept passage is underlined in a darker shade of its colour: told apart from a search hit
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            sel.format.setProperty(QTextFormat.Property.TextUnderlineColor, tint.darker(190))
            selections.append(sel)
        if self.show_entities or self._selected_entity:
            for m in self._mentions:
                chosen = m.entity_id == self._selected_entity
                if not self.show_entities and not chosen:
                    continue
                colour = (
                    SELECTED_ENTITY_COLOUR
                    if chosen
                    else ENTITY_COLOURS.get(self._mention_types.get(m.entity_id, "MISC"), ENTITY_COLOURS["MISC"])
                )
                selections.append(self._selection(m.start, m.end, colour, underline=chosen))
        for i, (s, e) in enumerate(self._hits):
            selections.append(self._selection(s, e, CURRENT_HIT_COLOUR if i == self._current else HIT_COLOUR))
        if self.stepping_mentions:
            targets = self._targets()
            if 0 <= self._current < len(targets):
                s, e = targets[self._current]
                selections.append(self._selection(s, e, CURRENT_HIT_COLOUR, underline=True))
        title = len(self.document.title)
        selections += [
            self._selection(s, e, HIT_COLOUR, title=True) for s, e in self._title_hits if 0 <= s < e <= title
        ]
        self.view.setExtraSelections(selections)

    # --- hit navigation ------------------------------------------------------

    def _targets(self) -> list[tuple[int, int]]:
        """What F3 steps through: the text query's hits, or without any, the chosen entity's mentions."""
        if self._hits or not self._selected_entity:
            return self._hits
        return sorted((m.start, m.end) for m in self._mentions if m.entity_id == self._selected_entity)

    @property
    def hits(self) -> list[tuple[int, int]]:
        """The query's hits in the document's clean text, (start, end) in order (a copy)."""
        return list(self._hits)

    @property
    def title_hits(self) -> list[tuple[int, int]]:
        """The query's hits in the document's title, (start, end) in order (a copy)."""
        return list(self._title_hits)

    @property
    def mentions(self) -> list[Mention]:
        """The entity mentions of the document shown (a copy)."""
        return list(self._mentions)

    @property
    def excerpts(self) -> list[tuple[int, int, str]]:
        """The document's kept excerpts the reader marks: (start, end, colour) in clean-text offsets (a copy)."""
        return list(self._excerpts)

    def position_of(self, offset: int) -> int | None:
        """The view's text position of a clean-text offset (None while nothing, or the raw text, is shown)."""
        return None if self._map is None else self._map.position(offset)

    def offset_at(self, position: int) -> int | None:
        """The clean-text offset at a text position of the view (None while nothing, or the raw text, is shown)."""
        return None if self._map is None else self._map.offset(position)

    @property
    def stepping_mentions(self) -> bool:
        """Whether F3 steps through an entity's mentions (there is no text query)."""
        return not self._hits and bool(self._selected_entity)

    @property
    def hit_count(self) -> int:
        return 0 if self.raw else len(self._targets())

    @property
    def current_hit(self) -> int:
        """1-based number of the current hit, 0 before the first move."""
        return self._current + 1

    def go_to_hit(self, i: int) -> None:
        targets = [] if self.raw else self._targets()
        if not targets or self._map is None:
            return
        self._current = i % len(targets)
        e = targets[self._current][1]
        position = self._map.position(e)
        if self._current == 0 and self._near_top(position):
            # the first hit is on the first screen: show it there, with the title above it
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(position)
            self.view.setTextCursor(cursor)
            self.view.verticalScrollBar().setValue(0)
        else:
            self._scroll_to(position)
        self._apply_selections()
        self._update_hit_bar()

    def _near_top(self, position: int) -> bool:
        """Whether ``position`` is on the first screen of the document, in its upper two thirds."""
        block = self.view.document().findBlock(position)
        layout = self.view.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        return top < self.view.viewport().height() * 2 / 3

    def _scroll_to(self, position: int) -> None:
        """Put the cursor at ``position`` and scroll it to a third of the way down the view."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(position)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + self.view.cursorRect().top() - self.view.viewport().height() // 3)

    def show_occurrence(self, start: int, end: int) -> None:
        """Go to the occurrence ``start``–``end`` of the clean text (a concordance line's): it becomes the
        current hit (or mention) when it is one, and is selected; once the text is laid out."""
        defer(lambda: self._show_occurrence(start, end), owner=self.view)

    def _show_occurrence(self, start: int, end: int) -> None:
        if self._map is None or self.raw or self.document is None:
            return
        length = len(self.document.clean_text)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        targets = self._targets()
        hit = next((i for i, (s, e) in enumerate(targets) if s < end and e > start), None)
        if hit is not None:
            self.go_to_hit(hit)
        else:
            self._scroll_to(self._map.position(start))
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._map.position(start))
        cursor.setPosition(self._map.position(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll to a clean-text offset (an excerpt's start)."""
        if self._map is not None and not self.raw and self.document is not None:
            self._scroll_to(self._map.position(max(0, min(offset, len(self.document.clean_text)))))

    def set_caret_browsing(self, on: bool) -> None:
        self.view.set_caret_browsing(on)

    def next_hit(self) -> None:
        self.go_to_hit(self._current + 1)

    def previous_hit(self) -> None:
        self.go_to_hit(self._current - 1 if self._current >= 0 else -1)

    def _update_hit_bar(self) -> None:
        n = self.hit_count
        if n and self.stepping_mentions:
            self.hit_label.setText(
                self.tr("Mention {current} of {count}").format(current=max(1, self.current_hit), count=n)
                if self._current >= 0
                else self.tr("1 mention (F3: next)")
                if n == 1
                else self.tr("{count} mentions (F3: next)").format(count=n)
            )
        elif n:
            self.hit_label.setText(
                self.tr("Hit {current} of {count}").format(current=max(1, self.current_hit), count=n)
            )
        elif self.raw and self._hits:
            self.hit_label.setText(self.tr("Hits are marked in the clean text only"))
        else:
            self.hit_label.setText("")
        self.prev_button.setEnabled(n > 0)
        self.next_button.setEnabled(n > 0)
        self.hit_changed.emit(self.current_hit, n)

    # --- zoom and copy -------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        steps = max(ZOOM_MIN, min(ZOOM_MAX, steps))
        delta = steps - self.zoom
        if delta > 0:
            self.view.zoomIn(delta)
        elif delta < 0:
            self.view.zoomOut(-delta)
        self.zoom = steps
        if self.document is not None:
            bar = self.view.verticalScrollBar()
            fraction = bar.value() / max(1, bar.maximum())
            self._render()
            bar.setValue(round(fraction * bar.maximum()))
        self.zoom_changed.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def selected_offsets(self) -> tuple[int, int] | None:
        """The selection as clean-text offsets (None in raw mode or without a selection)."""
        cursor = self.view.textCursor()
        if self._map is None or not cursor.hasSelection():
            return None
        start = self._map.offset(cursor.selectionStart())
        end = self._map.offset(cursor.selectionEnd())
        assert self.document is not None
        length = len(self.document.clean_text)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        return (start, end) if end > start else None

    def selected_text(self) -> str:
        return self.view.textCursor().selectedText().replace("\u2029", "\n")

    def copy_with_citation(self) -> str:
        """Copy the selection (or, without one, nothing) with its citation, as plain text and HTML."""
        if self.document is None or not self.view.textCursor().hasSelection():
            return ""
        passage = self.selected_text()
        rtl = self.lang == "ar" or is_rtl_text(passage)
        return copy_quote(passage, citation(self.document, self.lang), lang=self.lang, rtl=rtl)
