"""The spellings chooser (after Recoll's term explorer): for each ``word~`` of the query, the corpus'
spellings of that word with the documents each finds, as checkboxes in a strip under the search box.

Unticking a spelling (or ticking it back) rewrites the query: ``word~`` becomes the explicit group of
the ticked spellings, ``(v1 OR v2 …)`` (one spelling alone: the spelling), and the search runs again,
so what is searched is in the search box, to be saved, cited and searched again as it is; every
spelling ticked again gives back ``word~``. The spellings and their counts are read on the query lane.
The reader's context menu offers a word of the text too (Search the spellings of this word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QLayout, QLayoutItem, QStyle, QVBoxLayout, QWidget

from kashshaf.core.bidi import isolate
from kashshaf.core.search.variants import Variant, tilde_words
from kashshaf.ui.ops import OpChanges

if TYPE_CHECKING:
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.mainwindow import MainWindow


@dataclass
class SpellingChoice:
    """One ``word~`` of the query: its spellings in the corpus (with the documents each finds), those
    ticked, and the text that stands for it in the query now."""

    word: str
    """the word as the query wrote it before the ~"""
    variants: list[tuple[Variant, int]]
    ticked: list[str] = field(default_factory=list)
    written: str = ""
    """``word~``, ``(v1 OR v2)`` or one spelling: what the query holds for it"""

    def __post_init__(self) -> None:
        if not self.ticked:
            self.ticked = [v.word for v, _n in self.variants]
        if not self.written:
            self.written = f"{self.word}~"

    @property
    def spellings(self) -> list[str]:
        return [v.word for v, _n in self.variants]

    def tick(self, spelling: str, on: bool) -> None:
        chosen = set(self.ticked)
        if on:
            chosen.add(spelling)
        elif len(chosen) > 1:  # one spelling at least is searched
            chosen.discard(spelling)
        self.ticked = [s for s in self.spellings if s in chosen]

    def fragment(self) -> str:
        """What the query holds for the ticked spellings: ``word~`` for all of them."""
        if not self.variants or len(self.ticked) == len(self.variants):
            return f"{self.word}~"
        if len(self.ticked) == 1:
            return self.ticked[0]
        return "(" + " OR ".join(self.ticked) + ")"


def find_fragment(text: str, fragment: str) -> int:
    """Where ``fragment`` stands in ``text`` as a whole (not inside a longer word), or -1."""
    found = re.search(r"(?<![\w~])" + re.escape(fragment) + r"(?![\w~])", text)
    return found.start() if found else -1


class FlowLayout(QLayout):
    """Items side by side, wrapping to the next line when the width runs out; laid out from the right
    in a right-to-left window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12, line_spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._line_spacing = spacing, line_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (``move``: really), return the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        for item in self._items:
            hint = item.sizeHint()
            if line and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._line_spacing, 0
            if move:
                item.setGeometry(QStyle.visualRect(direction, area, QRect(QPoint(x, y), hint)))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class VariantsStrip(QFrame):
    """A row per ``word~``: "Spellings of «word»:" and a checkbox per spelling, "spelling (documents)"."""

    toggled = Signal(int, str, bool)
    """(the row, its spelling, ticked)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantsStrip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(
            "QFrame#variantsStrip { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 4px; }"
            " QLabel#variantsWord { color: #34495e; font-weight: bold; }"
        )
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 3, 8, 3)
        self.rows.setSpacing(2)
        self.boxes: list[list[QCheckBox]] = []
        self._shown: object = None
        self.hide()

    def set_choices(self, choices: list[SpellingChoice]) -> None:
        """Show ``choices`` (nothing when empty); built again only when what they show changed."""
        key = [(c.word, c.written, tuple(c.ticked), tuple((v.word, n) for v, n in c.variants)) for c in choices]
        if key == self._shown:
            return
        self._shown = key
        self.boxes = []
        while self.rows.count():  # the last rows; a checkbox of them may be the one being clicked:
            item = self.rows.takeAt(0)  # deleted once its signal is done
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        for index, choice in enumerate(choices):
            row = QWidget(self)
            flow = FlowLayout(row)
            flow.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self.tr("Spellings of {word}:").format(word=isolate(choice.word)), row)
            label.setObjectName("variantsWord")
            label.setToolTip(
                self.tr(
                    "The corpus' spellings of this word, with the documents each finds. Untick one to leave it "
                    "out: the search box then names the spellings searched."
                )
            )
            flow.addWidget(label)
            boxes: list[QCheckBox] = []
            if not choice.variants:
                none = QLabel(self.tr("none in this corpus (a word of four letters or more is looked up)"), row)
                none.setObjectName("variantsNone")
                flow.addWidget(none)
            for variant, documents in choice.variants:
                box = QCheckBox(f"{isolate(variant.word)} ({documents:,})", row)
                box.setObjectName("variantBox")
                box.setProperty("spelling", variant.word)
                box.setChecked(variant.word in choice.ticked)
                box.setEnabled(not (box.isChecked() and len(choice.ticked) == 1))  # one is always searched
                box.setToolTip(
                    self.tr(
                        "{word}: {count} times in the corpus, in {documents} documents; distance {distance}"
                    ).format(
                        word=isolate(variant.word),
                        count=f"{variant.count:,}",
                        documents=f"{documents:,}",
                        distance=f"{variant.distance:.1f}",
                    )
                )
                box.toggled.connect(lambda on, i=index, w=variant.word: self.toggled.emit(i, w, on))
                flow.addWidget(box)
                boxes.append(box)
            self.rows.addWidget(row)
            self.boxes.append(boxes)
        self.setVisible(bool(choices))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows need at this width (a long list of spellings wraps)."""
        if not self.boxes and not self.rows.count():
            return
        height = self.rows.heightForWidth(max(self.width(), 200))
        if height > 0 and height != self.height():
            self.setFixedHeight(height)

    def box(self, spelling: str, row: int = 0) -> QCheckBox | None:
        """The checkbox of ``spelling`` in ``row`` (for tests and the keyboard)."""
        if row >= len(self.boxes):
            return None
        return next((b for b in self.boxes[row] if b.property("spelling") == spelling), None)


class VariantsController(QObject):
    """``window.variants``: follows the query's ``word~`` words, shows their spellings, rewrites the
    query when one is ticked or unticked; the reader's "Search the spellings of this word"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.choices: list[SpellingChoice] = []
        self.strip = VariantsStrip(window.search_bar)
        window.search_bar.add_below(self.strip)
        self.strip.toggled.connect(self._toggled)
        window.search_bar.search_requested.connect(self._query_changed)
        window.search_bar.exact_action.toggled.connect(lambda _on: self._recount())
        window.ops.changes_applied.connect(self._changed)
        window.reader.view.spellings_requested.connect(self.search_spellings)

    def reset(self) -> None:
        """Another corpus: its spellings are not this one's."""
        self.choices = []
        self.strip.set_choices([])

    def _changed(self, changes: OpChanges) -> None:
        if changes.documents and self.choices:
            self._recount()

    # --- following the query -------------------------------------------------

    def _query_changed(self, text: str) -> None:
        """Keep the words still in the query (in its order), look up the spellings of new ``word~``."""
        kept = sorted(
            (c for c in self.choices if find_fragment(text, c.written) >= 0),
            key=lambda c: find_fragment(text, c.written),
        )
        have = {c.written for c in kept}
        wanted = list(dict.fromkeys(w for w in tilde_words(text) if f"{w}~" not in have))
        self.choices = kept
        self.strip.set_choices(self.choices)
        if wanted and self.window.workspace is not None:
            self._look_up(wanted)

    def _look_up(self, words: list[str]) -> None:
        exact = self.window.search_bar.exact()

        def read(ws: Workspace) -> list[tuple[str, list[tuple[Variant, int]]]]:
            return [(w, ws.variants(w, exact=exact)) for w in words]

        def done(found: list[tuple[str, list[tuple[Variant, int]]]]) -> None:
            current = self.window.search_bar.query()
            have = {c.written for c in self.choices}
            for word, variants in found:
                if f"{word}~" not in have and find_fragment(current, f"{word}~") >= 0:
                    self.choices.append(SpellingChoice(word, variants))
            self.choices.sort(key=lambda c: find_fragment(current, c.written))
            self.strip.set_choices(self.choices)

        self.window.ops.query_op(read, topic="variants").success(done).run()

    def _recount(self) -> None:
        """The documents each spelling finds again (exact match turned on or off, documents imported)."""
        if not self.choices or self.window.workspace is None:
            return
        words = [c.word for c in self.choices]
        exact = self.window.search_bar.exact()

        def read(ws: Workspace) -> list[list[tuple[Variant, int]]]:
            return [ws.variants(w, exact=exact) for w in words]

        def done(found: list[list[tuple[Variant, int]]]) -> None:
            if [c.word for c in self.choices] != words:
                return  # the query moved on meanwhile
            for choice, variants in zip(self.choices, found, strict=True):
                ticked = set(choice.ticked)
                choice.variants = variants
                choice.ticked = [v.word for v, _n in variants if v.word in ticked] or [v.word for v, _n in variants]
            self.strip.set_choices(self.choices)

        self.window.ops.query_op(read, topic="variants-recount").success(done).run()

    # --- rewriting the query -----------------------------------------------------

    def _toggled(self, row: int, spelling: str, on: bool) -> None:
        if not 0 <= row < len(self.choices):
            return
        choice = self.choices[row]
        bar = self.window.search_bar
        text = bar.query()
        at = find_fragment(text, choice.written)
        if at < 0:
            return
        choice.tick(spelling, on)
        new = choice.fragment()
        rewritten = text[:at] + new + text[at + len(choice.written) :]
        choice.written = new
        self.strip.set_choices(self.choices)
        bar.set_query(rewritten)

    def search_spellings(self, word: str) -> None:
        """Search every spelling of ``word`` (a word of the reader's text): ``word~``, the conjunction
        or preposition in front of it left out as the corpus allows (لترامب → ترامب~)."""
        if self.window.workspace is None or not word.strip():
            return
        self.window.ops.query_op(lambda ws: ws.bare_word(word), topic="spell-word").success(
            lambda bare: self.window.search_bar.set_query(f"{bare}~") if bare else None
        ).run()


def spelling_word(text: str) -> str | None:
    """The word a reader's right click asks the spellings of: one word of Arabic letters, four or more."""
    word = text.strip().strip("«»\"'()[]،,.؛;:!?؟")
    if not word or any(ch.isspace() for ch in word):
        return None
    letters = [ch for ch in word if ch.isalpha()]
    return word if len(letters) >= 4 and all("\u0600" <= ch <= "\u06ff" for ch in letters) else None
