"""The core's messages in the interface language.

The core gives every message a code and parameters
(:data:`kashshaf.core.messages.MESSAGES`); here each code has its template
as a translatable string, with the same ``{placeholders}``
(``tests/ui/test_translations.py`` checks both). A message without a code
(an old report, an unexpected error) is shown as the core worded it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kashshaf.core.bidi import isolate
from kashshaf.core.messages import MESSAGES, Params


def templates() -> dict[str, str]:
    """Every core message's template in the interface language."""
    return {
        "no-such-path": QCoreApplication.translate("CoreMessages", "no such file or folder"),
        "folder-unreadable": QCoreApplication.translate("CoreMessages", "cannot open the folder ({reason})"),
        "symlink-loop": QCoreApplication.translate(
            "CoreMessages", "folder already visited (a symbolic-link loop); skipped"
        ),
        "unsupported-type": QCoreApplication.translate("CoreMessages", "unsupported file type ({suffix})"),
        "no-extension": QCoreApplication.translate("CoreMessages", "unsupported file type (no extension)"),
        "broken-symlink": QCoreApplication.translate(
            "CoreMessages", "a broken symbolic link (its target {target} does not exist)"
        ),
        "not-regular": QCoreApplication.translate(
            "CoreMessages", "not a regular file (a pipe, socket or device); skipped"
        ),
        "too-large-article": QCoreApplication.translate(
            "CoreMessages",
            "file too large ({size} MB; the limit is {limit} MB; split it into articles, "
            "or import it as JSON or JSONL records)",
        ),
        "too-large": QCoreApplication.translate("CoreMessages", "file too large ({size} MB; the limit is {limit} MB)"),
        "unreadable": QCoreApplication.translate("CoreMessages", "cannot read the file ({reason})"),
        "bad-zip": QCoreApplication.translate("CoreMessages", "not a readable zip archive ({reason})"),
        "unsupported-in-archive": QCoreApplication.translate(
            "CoreMessages", "unsupported file type in archive ({suffix})"
        ),
        "no-extension-in-archive": QCoreApplication.translate(
            "CoreMessages", "unsupported file type in archive (no extension)"
        ),
        "too-large-in-archive": QCoreApplication.translate("CoreMessages", "file too large"),
        "archive-extract": QCoreApplication.translate("CoreMessages", "cannot extract from the archive ({reason})"),
        "file-empty": QCoreApplication.translate("CoreMessages", "the file is empty"),
        "bom-invalid": QCoreApplication.translate(
            "CoreMessages", "it starts with a {encoding} byte-order mark but is not valid {encoding} ({reason})"
        ),
        "binary-zero-bytes": QCoreApplication.translate(
            "CoreMessages", "it contains binary data (zero bytes), not text"
        ),
        "not-arabic-text": QCoreApplication.translate(
            "CoreMessages",
            "it is not valid UTF-8 (byte 0x{byte} at position {position}) "
            "and does not read as Arabic in Windows-1256 or ISO-8859-6",
        ),
        "only-whitespace": QCoreApplication.translate("CoreMessages", "the file contains only white space"),
        "binary-controls": QCoreApplication.translate(
            "CoreMessages", "it looks like a binary file (many control characters), not text"
        ),
        "invalid-json": QCoreApplication.translate(
            "CoreMessages", "invalid JSON at line {line}, column {column}: {reason}"
        ),
        "json-shape": QCoreApplication.translate(
            "CoreMessages",
            "JSON of an unexpected shape ({kind}): expected an article object or a list of them, "
            "each with a text field such as 'content' or 'text'",
        ),
        "invalid-jsonl-line": QCoreApplication.translate("CoreMessages", "invalid JSON on line {line}: {reason}"),
        "record-not-object": QCoreApplication.translate(
            "CoreMessages",
            "record is {kind}, not an object: expected an article object or a list of them, "
            "each with a text field such as 'content' or 'text'",
        ),
        "record-no-text": QCoreApplication.translate(
            "CoreMessages", "record has no text (empty or missing 'content'/'text' field)"
        ),
        "no-article-text": QCoreApplication.translate("CoreMessages", "no article text: all it has is «{text}»"),
        "processing-failed": QCoreApplication.translate("CoreMessages", "could not be processed ({error})"),
        "entities-failed": QCoreApplication.translate("CoreMessages", "entities could not be extracted ({error})"),
        "reader-died": QCoreApplication.translate(
            "CoreMessages", "reading this file stopped the process reading it (out of memory?); skipped"
        ),
        "folder-gone": QCoreApplication.translate(
            "CoreMessages", "the folder is gone or not mounted; its documents are kept"
        ),
        "truncated": QCoreApplication.translate(
            "CoreMessages", "the file ends in the middle of a character (cut short?); imported without it"
        ),
        "controls-removed": QCoreApplication.translate(
            "CoreMessages", "{count} control characters (not text) were removed; the rest was imported"
        ),
        "index-unreadable": QCoreApplication.translate(
            "CoreMessages", "the search index in {path} was unreadable; it was rebuilt"
        ),
        "index-old": QCoreApplication.translate(
            "CoreMessages", "the search index was built by an older version; it was rebuilt"
        ),
        "index-unusable": QCoreApplication.translate(
            "CoreMessages", "the search index in {path} cannot be opened ({reason}); it was rebuilt from the store"
        ),
        "not-locked": QCoreApplication.translate(
            "CoreMessages", "the corpus {path} is not locked by the process that started this job"
        ),
        "store-unwritable": QCoreApplication.translate(
            "CoreMessages", "the corpus store {path} cannot be written (permission denied)"
        ),
        "folder-unwritable": QCoreApplication.translate(
            "CoreMessages", "the corpus folder {path} cannot be written ({reason})"
        ),
        "store-unopenable": QCoreApplication.translate("CoreMessages", "cannot open the corpus store {path}: {reason}"),
        "export-exists": QCoreApplication.translate(
            "CoreMessages", "{path} exists already (choose another name, or allow overwriting)"
        ),
        "export-unwritable": QCoreApplication.translate("CoreMessages", "{path}: cannot be written ({reason})"),
        "export-format": QCoreApplication.translate(
            "CoreMessages", "{path}: the format {format} cannot be written here (formats: docx, pdf, md, csv, json)"
        ),
        "curation-op-unknown": QCoreApplication.translate(
            "CoreMessages", "unknown curation operation {op} (known: {known})"
        ),
        "curation-op-incomplete": QCoreApplication.translate("CoreMessages", "curation operation {op} needs {missing}"),
        "curation-type-unknown": QCoreApplication.translate(
            "CoreMessages", "unknown entity type {type} (known: {known})"
        ),
        "curation-merge-self": QCoreApplication.translate("CoreMessages", "an entity cannot be merged into itself"),
        "curation-scope-invalid": QCoreApplication.translate(
            "CoreMessages",
            "the {op} decision names a document or a mention that is not valid (doc: an id; start < end: offsets)",
        ),
        "curation-not-file": QCoreApplication.translate(
            "CoreMessages", 'not a Kashshaf curation file (expected "format": "{format}")'
        ),
        "curation-no-ops": QCoreApplication.translate("CoreMessages", 'the curation file has no "operations" list'),
        "batch-spreadsheet": QCoreApplication.translate(
            "CoreMessages",
            "a {suffix} file is not text: save the list as CSV (UTF-8) or as text, one query per line",
        ),
        "batch-folder": QCoreApplication.translate("CoreMessages", "a folder, not a list: choose a .txt or .csv file"),
        "batch-csv": QCoreApplication.translate("CoreMessages", "not a readable CSV file ({reason})"),
        "batch-no-queries": QCoreApplication.translate(
            "CoreMessages",
            "no queries in the file (one per line; blank lines and lines starting with # are skipped)",
        ),
        "batch-too-many": QCoreApplication.translate(
            "CoreMessages", "{count} queries; a list may hold {limit} at most (split it)"
        ),
    }


def core_text(code: str, params: Params, fallback: str) -> str:
    """Message ``code`` in the interface language; each parameter (a path, a file name, a number) is
    a bidi isolate, so a left-to-right path stays whole inside Arabic text."""
    template = templates().get(code) if code in MESSAGES else None
    if template is None:
        return fallback
    try:
        return template.format(**{k: isolate(v) for k, v in params})
    except (KeyError, IndexError, ValueError):
        return fallback


def text_of(item: object) -> str:
    """An import problem or a core error in the interface language."""
    code = getattr(item, "code", "")
    fallback = getattr(item, "reason", None) or str(item)
    return core_text(code, getattr(item, "params", ()), fallback) if code else fallback
