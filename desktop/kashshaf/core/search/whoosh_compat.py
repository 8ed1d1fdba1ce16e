"""The whoosh internals Kashshaf relies on, listed in one place and checked at import.

The codec, the posting pool, the writers and the fast phrase/prefix queries
reach into whoosh-reloaded's private attributes and internal modules (see
:data:`PRIVATE_NAMES`). They are only known to work with the whoosh-reloaded
release pinned in ``pyproject.toml`` (:data:`PINNED_VERSION`); another
release may rename or drop any of them, and some would then fail silently
(an override whoosh no longer calls, an attribute set that whoosh no longer
reads). Every module of this package that uses them imports this one first,
so a whoosh without them stops the import with :class:`WhooshIncompatible`,
which names what is missing.

A name is ``(module, dotted path)``. The path's last part is present when it
is an attribute of the object before it, or, for a class, when the code of
the class (or of a base class) sets an attribute of that name: most of these
are instance attributes that only exist once whoosh has set them.
"""

from __future__ import annotations

import dis
import importlib
import types
from collections.abc import Iterable, Iterator
from typing import Any

PINNED_VERSION = "2.7.5"
"""The whoosh-reloaded release these names were checked against (pyproject.toml pins it)."""

_W3 = "whoosh.codec.whoosh3"

PRIVATE_NAMES: tuple[tuple[str, str], ...] = (
    # codec.py: KashshafCodec, its postings and field writers
    (_W3, "W3Codec"),
    (_W3, "W3Codec._blocklimit"),
    (_W3, "W3Codec._compression"),
    (_W3, "W3Codec._inlinelimit"),
    (_W3, "W3FieldWriter"),
    (_W3, "W3FieldWriter._postwriter"),
    ("whoosh.codec.base", "FieldWriter.add_postings"),  # overridden: whoosh must still call it
    (_W3, "W3PostingsWriter"),
    (_W3, "W3PostingsWriter.finish_postings"),  # overridden
    (_W3, "W3PostingsWriter.written"),
    (_W3, "W3PostingsWriter._terminfo"),
    (_W3, "W3PostingsWriter._blocklimit"),
    (_W3, "W3PostingsWriter._compression"),
    (_W3, "W3PostingsWriter._inlinelimit"),
    (_W3, "W3PostingsWriter._ids"),
    (_W3, "W3PostingsWriter._weights"),
    (_W3, "W3PostingsWriter._values"),
    (_W3, "W3PostingsWriter._maxweight"),
    (_W3, "W3PostingsWriter._minlength"),
    (_W3, "W3PostingsWriter._maxlength"),
    (_W3, "W3PostingsWriter._write_block"),
    (_W3, "W3TermInfo.add_block"),
    (_W3, "W3TermInfo.set_inlined"),  # whoosh's own finish_postings calls a misspelt set_inline
    # codec.py: an inlined term's info packed at once, as W3TermInfo.to_bytes packs it
    (_W3, "W3TermInfo"),
    (_W3, "W3TermInfo._struct"),
    (_W3, "W3FieldWriter._codec"),
    (_W3, "W3TermInfo.to_bytes"),
    (_W3, "W3FieldWriter._fieldid"),
    (_W3, "W3FieldWriter._tindex"),
    (_W3, "W3FieldWriter.finish_term"),
    ("whoosh.system", "pack_ushort"),
    ("whoosh.util.numeric", "length_to_byte"),
    # codec.py: LeanPostingPool
    ("whoosh.writing", "PostingPool"),
    ("whoosh.writing", "PostingPool.fieldnames"),
    ("whoosh.writing", "PostingPool.runs"),
    ("whoosh.writing", "PostingPool._new_run"),
    ("whoosh.writing", "PostingPool._write_run"),
    ("whoosh.writing", "PostingPool._add_run"),
    # writers.py: the lean pool swapped into whoosh's writers
    ("whoosh.writing", "SegmentWriter._tempstorage"),
    ("whoosh.writing", "SegmentWriter.newsegment"),
    ("whoosh.writing", "SegmentWriter.pool"),
    # writers.py: LeanSegmentWriter.add_document, whoosh's own with the pool taking a field at once
    ("whoosh.writing", "SegmentWriter.add_document"),  # overridden
    ("whoosh.writing", "SegmentWriter._check_state"),
    ("whoosh.writing", "SegmentWriter._doc_boost"),
    ("whoosh.writing", "SegmentWriter._field_boost"),
    ("whoosh.writing", "SegmentWriter._check_fields"),
    ("whoosh.writing", "SegmentWriter._added"),
    ("whoosh.writing", "SegmentWriter.perdocwriter"),
    ("whoosh.writing", "SegmentWriter.docnum"),
    ("whoosh.multiproc", "SegmentWriter"),  # replaced in the worker processes
    ("whoosh.multiproc", "SubWriterTask"),
    ("whoosh.multiproc", "MpWriter"),
    ("whoosh.multiproc", "MpWriter._new_task"),  # overridden
    ("whoosh.multiproc", "MpWriter.subargs"),
    ("whoosh.multiproc", "MpWriter.multisegment"),
    ("whoosh.multiproc", "MpWriter.jobqueue"),
    ("whoosh.multiproc", "MpWriter.resultqueue"),
    ("whoosh.multiproc", "MpWriter.tasks"),
    # prefix.py, phrase.py: posting blocks read directly
    (_W3, "W3LeafMatcher"),
    (_W3, "W3LeafMatcher._ids"),
    (_W3, "W3LeafMatcher._i"),
    (_W3, "W3LeafMatcher._values"),
    (_W3, "W3LeafMatcher._read_ids"),
    (_W3, "W3LeafMatcher._read_values"),
    (_W3, "W3LeafMatcher._next_block"),
    (_W3, "W3LeafMatcher._data"),  # prefix.block_ids: whoosh's _read_ids, the deltas summed in C
    (_W3, "W3LeafMatcher._read_data"),
    (_W3, "W3LeafMatcher._byteids"),
    # phrase.py, ranking.py: a block's values and weights read with its ids
    (_W3, "W3LeafMatcher._weights"),
    (_W3, "W3LeafMatcher._read_weights"),
    ("whoosh.matching.mcore", "ListMatcher._ids"),
    ("whoosh.matching.mcore", "ListMatcher._weights"),
    ("whoosh.matching.mcore", "ListMatcher._all_weights"),
    ("whoosh.matching.mcore", "ListMatcher._i"),
    # ranking.py: whoosh's scoring and matcher tree reproduced
    ("whoosh.scoring", "BM25F._field_B"),
    ("whoosh.scoring", "BM25FScorer.idf"),
    ("whoosh.scoring", "BM25FScorer.avgfl"),
    ("whoosh.query.compound", "DefaultOr"),
    # lengths.py: a segment's column of field length bytes read at once
    (_W3, "LENGTHS_COLUMN"),
    (_W3, "_lenfield"),
    ("whoosh.reading", "SegmentReader._perdoc"),
    (_W3, "W3PerDocReader._cached_reader"),
    ("whoosh.columns", "NumericColumn.Reader._typecode"),
    ("whoosh.columns", "FixedBytesColumn.Reader._fixedlen"),
    ("whoosh.columns", "FixedBytesColumn.Reader._basepos"),
    ("whoosh.columns", "FixedBytesColumn.Reader._count"),
    ("whoosh.columns", "FixedBytesColumn.Reader._dbfile"),
    # formats.py
    ("whoosh.system", "_INT_SIZE"),
    ("whoosh.system", "pack_uint"),
    ("whoosh.system", "unpack_uint"),
    # analysis.py
    ("whoosh.analysis.acore", "Token"),
    # query.py
    ("whoosh.query.qcore", "_NullQuery"),
    ("whoosh.query.compound", "CompoundQuery"),
    ("whoosh.query.wrappers", "WrappingQuery"),
    # index.py
    ("whoosh.index", "FileIndex._segments"),
)
"""Every private attribute and internal-module name of whoosh that Kashshaf uses."""


class WhooshIncompatible(ImportError):
    """The installed whoosh lacks internals Kashshaf relies on; ``missing`` names them."""

    def __init__(self, missing: list[str], installed: str) -> None:
        super().__init__(
            f"whoosh-reloaded {installed} lacks what Kashshaf's search relies on: {', '.join(missing)}. "
            f"Kashshaf is made for whoosh-reloaded=={PINNED_VERSION} (the version pinned in pyproject.toml); "
            f"install that one: pip install 'whoosh-reloaded=={PINNED_VERSION}'"
        )
        self.missing = missing
        self.installed = installed


_STORE_ATTR = dis.opmap["STORE_ATTR"]
_EXTENDED_ARG = dis.opmap["EXTENDED_ARG"]


def _code_names(code: types.CodeType) -> Iterator[str]:
    """Names of the attributes ``code`` sets (its STORE_ATTR instructions; read
    raw, as :mod:`dis` would take a tenth of a second over whoosh's classes)."""
    raw = code.co_code
    extended = 0
    for i in range(0, len(raw), 2):
        op, arg = raw[i], raw[i + 1] | extended
        if op == _EXTENDED_ARG:
            extended = arg << 8
            continue
        extended = 0
        if op == _STORE_ATTR:
            yield code.co_names[arg]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_names(const)


def _class_code_names(cls: type) -> set[str]:
    """Attribute names the code of ``cls`` and its bases sets (``x.name = …``)."""
    names: set[str] = set()
    for klass in cls.__mro__:
        for member in vars(klass).values():
            func = member.__func__ if isinstance(member, classmethod | staticmethod) else member
            code = getattr(func, "__code__", None)
            if isinstance(code, types.CodeType):
                names.update(_code_names(code))
    return names


def _present(module_name: str, path: str, code_names: dict[type, set[str]]) -> bool:
    try:
        obj: Any = importlib.import_module(module_name)
    except ImportError:
        return False
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part, None)
        if obj is None:
            return False
    if hasattr(obj, last):
        return True
    if not isinstance(obj, type):
        return False
    if obj not in code_names:
        code_names[obj] = _class_code_names(obj)
    return last in code_names[obj]


def missing_names(names: Iterable[tuple[str, str]] = PRIVATE_NAMES) -> list[str]:
    """Those of ``names`` the installed whoosh does not have, as ``module.path``."""
    code_names: dict[type, set[str]] = {}
    return [f"{module}.{path}" for module, path in names if not _present(module, path, code_names)]


def installed_version() -> str:
    try:
        import whoosh
    except ImportError:
        return "(not installed)"
    return ".".join(str(n) for n in getattr(whoosh, "__version__", ()) if isinstance(n, int)) or "(unknown)"


def check(names: Iterable[tuple[str, str]] = PRIVATE_NAMES) -> None:
    """Raise :class:`WhooshIncompatible` unless every one of ``names`` is present."""
    missing = missing_names(names)
    if missing:
        raise WhooshIncompatible(missing, installed_version())


check()
