"""Every message the core gives a person, in one catalogue.

The core words its messages in English (the CLI prints them as they are)
and gives each a code and its parameters, so the window can show it in the
interface language: ``kashshaf.ui.messages`` has a translatable template for
every code here (a test checks both lists and their ``{placeholders}``
agree). A file name, a path or an operating-system reason is a parameter,
never part of a template.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # reading files
    "no-such-path": "no such file or folder",
    "folder-unreadable": "cannot open the folder ({reason})",
    "symlink-loop": "folder already visited (a symbolic-link loop); skipped",
    "unsupported-type": "unsupported file type ({suffix})",
    "no-extension": "unsupported file type (no extension)",
    "broken-symlink": "a broken symbolic link (its target {target} does not exist)",
    "not-regular": "not a regular file (a pipe, socket or device); skipped",
    "too-large-article": (
        "file too large ({size} MB; the limit is {limit} MB; split it into articles, "
        "or import it as JSON or JSONL records)"
    ),
    "too-large": "file too large ({size} MB; the limit is {limit} MB)",
    "unreadable": "cannot read the file ({reason})",
    "bad-zip": "not a readable zip archive ({reason})",
    "unsupported-in-archive": "unsupported file type in archive ({suffix})",
    "no-extension-in-archive": "unsupported file type in archive (no extension)",
    "too-large-in-archive": "file too large",
    "archive-extract": "cannot extract from the archive ({reason})",
    # decoding
    "file-empty": "the file is empty",
    "bom-invalid": "it starts with a {encoding} byte-order mark but is not valid {encoding} ({reason})",
    "binary-zero-bytes": "it contains binary data (zero bytes), not text",
    "not-arabic-text": (
        "it is not valid UTF-8 (byte 0x{byte} at position {position}) "
        "and does not read as Arabic in Windows-1256 or ISO-8859-6"
    ),
    "only-whitespace": "the file contains only white space",
    "binary-controls": "it looks like a binary file (many control characters), not text",
    # JSON collections
    "invalid-json": "invalid JSON at line {line}, column {column}: {reason}",
    "json-shape": (
        "JSON of an unexpected shape ({kind}): expected an article object or a list of them, "
        "each with a text field such as 'content' or 'text'"
    ),
    "invalid-jsonl-line": "invalid JSON on line {line}: {reason}",
    "record-not-object": (
        "record is {kind}, not an object: expected an article object or a list of them, "
        "each with a text field such as 'content' or 'text'"
    ),
    "record-no-text": "record has no text (empty or missing 'content'/'text' field)",
    "no-article-text": "no article text: all it has is «{text}»",
    # the import pipeline
    "processing-failed": "could not be processed ({error})",
    "entities-failed": "entities could not be extracted ({error})",
    "reader-died": "reading this file stopped the process reading it (out of memory?); skipped",
    "folder-gone": "the folder is gone or not mounted; its documents are kept",
    # warnings: imported, but check it
    "truncated": "the file ends in the middle of a character (cut short?); imported without it",
    "controls-removed": "{count} control characters (not text) were removed; the rest was imported",
    # the index
    "index-unreadable": "the search index in {path} was unreadable; it was rebuilt",
    "index-old": "the search index was built by an older version; it was rebuilt",
    "index-unusable": "the search index in {path} cannot be opened ({reason}); it was rebuilt from the store",
    # the corpus
    "not-locked": "the corpus {path} is not locked by the process that started this job",
    "store-unwritable": "the corpus store {path} cannot be written (permission denied)",
    "folder-unwritable": "the corpus folder {path} cannot be written ({reason})",
    "store-unopenable": "cannot open the corpus store {path}: {reason}",
    # exports
    "export-exists": "{path} exists already (choose another name, or allow overwriting)",
    "export-unwritable": "{path}: cannot be written ({reason})",
    "export-format": "{path}: the format {format} cannot be written here (formats: docx, pdf, md, csv, json)",
    # curation files
    "curation-op-unknown": "unknown curation operation {op} (known: {known})",
    "curation-op-incomplete": "curation operation {op} needs {missing}",
    "curation-type-unknown": "unknown entity type {type} (known: {known})",
    "curation-merge-self": "an entity cannot be merged into itself",
    "curation-scope-invalid": "the {op} decision names a document or a mention that is not valid (doc: an id; start < end: offsets)",
    "curation-not-file": 'not a Kashshaf curation file (expected "format": "{format}")',
    "curation-no-ops": 'the curation file has no "operations" list',
    # lists of queries (batch search)
    "batch-spreadsheet": "a {suffix} file is not text: save the list as CSV (UTF-8) or as text, one query per line",
    "batch-folder": "a folder, not a list: choose a .txt or .csv file",
    "batch-csv": "not a readable CSV file ({reason})",
    "batch-no-queries": "no queries in the file (one per line; blank lines and lines starting with # are skipped)",
    "batch-too-many": "{count} queries; a list may hold {limit} at most (split it)",
}


def message(code: str, **params: Any) -> str:
    """The English text of message ``code``."""
    return MESSAGES[code].format(**params)


Params = tuple[tuple[str, str], ...]


def params_of(**params: Any) -> Params:
    """Parameters as a picklable, hashable tuple of ``(name, text)`` pairs."""
    return tuple((k, str(v)) for k, v in params.items())


class CodedMessage:
    """Mixed into the core's errors: the code and parameters of their message."""

    code: str = ""
    params: Params = ()

    def _set(self, code: str, params: dict[str, Any]) -> str:
        self.code = code
        self.params = params_of(**params)
        return message(code, **params)
