"""``kashshaf``: the command-line interface over the same core as the window.

    kashshaf [--corpus DIR] import PATH...
    kashshaf [--corpus DIR] search QUERY [--json] [--limit N] [--offset N] [--exact]
    kashshaf [--corpus DIR] kwic QUERY [--width N] [--sort L1|L2|L3|R1|R2|R3] [--limit N] [--json] [--exact]
    kashshaf [--corpus DIR] batch FILE [--json] [--as-written] [--exact]
    kashshaf [--corpus DIR] variants WORD [--json] [--exact]
    kashshaf [--corpus DIR] timeline QUERY [--by day|week|month] [--compare QUERY]... [--json]
    kashshaf [--corpus DIR] facets QUERY [--top N] [--json]
    kashshaf [--corpus DIR] show DOC_ID [--raw]
    kashshaf [--corpus DIR] stats [--json]
    kashshaf [--corpus DIR] outlets [--json] | outlets rename ID NAME [--en NAME]
    kashshaf [--corpus DIR] reindex
    kashshaf [--corpus DIR] network QUERY [--min-docs N] [--types person,org,place] [--out FILE] [--json]
    kashshaf [--corpus DIR] keywords QUERY [--limit N] [--json]

Without ``--corpus`` the default corpus in the user data folder is used; it
starts as the bundled seeds, imported on first use.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

# Only what parsing a command line needs is imported here; each command imports the rest itself, so
# `search` loads no numpy, `--help` no whoosh, and nothing but the window and a drawn PDF or
# picture loads Qt (DEVELOPERS.md; tests/integration/test_startup_imports.py).
from kashshaf.core.analysis import KWIC_SORTS, KWIC_WIDTH, MAX_SERIES, TIMELINE_BINS, TOP_ENTITIES, Scope
from kashshaf.core.bidi import isolate
from kashshaf.core.citation import date_phrase, outlet_name
from kashshaf.core.export import FORMATS

if TYPE_CHECKING:
    from kashshaf.core.models import ImportProgress, ImportReport, SearchResults
    from kashshaf.core.search.batch import BatchResult
    from kashshaf.core.workspace import Workspace

EXACT_HELP = "match words as written: no stems, no clitics split off (as =word does for one word)"

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_PROBLEMS = 4
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kashshaf", description="Kashshaf (كشّاف): search and read Arabic news corpora offline."
    )
    p.add_argument("--corpus", metavar="DIR", help="corpus folder (store and index); default: the user data folder")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    imp = sub.add_parser("import", help="import files and folders (.txt .html .md .json .jsonl .zip)")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("-q", "--quiet", action="store_true", help="no progress line")

    search = sub.add_parser("search", help="search the corpus")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="hits to print (0: all; default 10)")
    search.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N hits")
    search.add_argument("--exact", action="store_true", help=EXACT_HELP)

    kwic = sub.add_parser(
        "kwic", help="the concordance of a query: every occurrence of its words with the context before and after"
    )
    kwic.add_argument("query", metavar="QUERY", nargs="?", default="", help="the query (blank with --entity)")
    kwic.add_argument(
        "--entity", metavar="NAME", help="only documents that mention this entity (its mentions, without QUERY)"
    )
    kwic.add_argument("--width", type=int, default=KWIC_WIDTH, metavar="N", help="characters of context each side")
    kwic.add_argument(
        "--sort", choices=KWIC_SORTS, type=str.upper, help="by the 1st/2nd/3rd word before (L) or after (R) the keyword"
    )
    kwic.add_argument("--limit", type=int, default=50, metavar="N", help="lines to print (0: all; default 50)")
    kwic.add_argument("--json", action="store_true", help="print JSON")
    kwic.add_argument("--exact", action="store_true", help=EXACT_HELP)

    batch = sub.add_parser(
        "batch",
        help="search a list of names or queries (a .txt file, one per line, or a .csv file): hits, documents, "
        "first and last date of each",
    )
    batch.add_argument(
        "file",
        metavar="FILE",
        help="a .txt file (one query per line; blank lines and lines starting with # are skipped), a .csv file "
        "(its first column, or the column named query, name or الاستعلام), or - for standard input",
    )
    batch.add_argument("--json", action="store_true", help="print JSON: a list of objects, one per query")
    batch.add_argument(
        "--as-written",
        action="store_true",
        help='search each line as written (by default a line of plain words is a name, searched as a "phrase")',
    )
    batch.add_argument("--exact", action="store_true", help=EXACT_HELP)

    variants = sub.add_parser(
        "variants",
        help="the corpus' spellings of a word (what WORD~ searches for): occurrences, distance, documents",
    )
    variants.add_argument("word", metavar="WORD")
    variants.add_argument("--json", action="store_true", help="print JSON")
    variants.add_argument("--exact", action="store_true", help="count each spelling's documents as written")

    # --- views of a result set (core/analysis) ---
    tl = sub.add_parser(
        "timeline",
        help="documents and hits of a query by day, week or month (the date the list shows: publication, "
        "else retrieval); undated documents counted apart",
    )
    tl.add_argument("query", metavar="QUERY", help='a query as the search bar takes it ("" for every document)')
    tl.add_argument("--by", choices=list(TIMELINE_BINS), help="the period of a bar (default: chosen from the span)")
    tl.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="QUERY",
        help=f"another query on the same periods (repeat; {MAX_SERIES - 1} at most)",
    )
    tl.add_argument("--exact", action="store_true", help=EXACT_HELP)
    tl.add_argument("--json", action="store_true", help="print JSON")
    fac = sub.add_parser(
        "facets", help="documents of a query by outlet, by month and by entity type (with the top entities)"
    )
    fac.add_argument("query", metavar="QUERY", help='a query as the search bar takes it ("" for every document)')
    fac.add_argument("--top", type=int, default=TOP_ENTITIES, metavar="N", help="entities of each type to list")
    fac.add_argument("--exact", action="store_true", help=EXACT_HELP)
    fac.add_argument("--json", action="store_true", help="print JSON")

    show = sub.add_parser("show", help="print a document's text (offsets count from its first character)")
    show.add_argument("doc_id", metavar="DOC_ID")
    show.add_argument("--raw", action="store_true", help="the raw text as imported, before cleaning")
    show.add_argument("--meta", action="store_true", help="print the metadata as JSON instead of the text")

    stats = sub.add_parser("stats", help="corpus summary")
    stats.add_argument("--json", action="store_true")

    outs = sub.add_parser("outlets", help="list the corpus' outlets, or rename one (everywhere it is shown and cited)")
    outs.add_argument("--json", action="store_true", help="print JSON")
    outs_sub = outs.add_subparsers(dest="outlets_command", metavar="ACTION")
    ren = outs_sub.add_parser("rename", help="give an outlet another name (the old one stays an alias)")
    ren.add_argument("outlet", metavar="ID_OR_NAME")
    ren.add_argument("name", metavar="NAME")
    ren.add_argument("--en", metavar="NAME", help="its English name too")

    sub.add_parser("reindex", help="rebuild the search index from the store")
    resc = sub.add_parser("rescan", help="bring the corpus up to date with its folders: new, changed and deleted files")
    resc.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    ents = sub.add_parser("entities", help="list the people, organisations and places of the corpus or a document")
    ents.add_argument("--doc", metavar="ID", help="only this document's entities")
    ents.add_argument("--type", choices=["PER", "ORG", "LOC", "MISC"], help="only this type")
    ents.add_argument("--json", action="store_true", help="print JSON")
    ents.add_argument("--limit", type=int, default=50, metavar="N", help="entities to print (0: all; default 50)")

    ner = sub.add_parser("ner-eval", help="precision, recall and F1 of the extractor on a CoNLL gold file")
    ner.add_argument("file", metavar="FILE", help="CoNLL lines `token TAG` (IOB2), blank line between sentences")
    ner.add_argument("--json", action="store_true", help="print JSON")

    cur = sub.add_parser("curation", help="export or import entity curation (renames, merges, deletions…)")
    cur.add_argument("action", choices=["export", "import"])
    cur.add_argument("file", metavar="FILE")

    exc = sub.add_parser("excerpts", help="add or list excerpts (passages kept with their citation)")
    exc_sub = exc.add_subparsers(dest="excerpts_command", required=True, metavar="ACTION")
    add = exc_sub.add_parser("add", help="keep a passage: offsets as `show` prints the document")
    add.add_argument("doc_id", metavar="DOC_ID")
    add.add_argument("start", type=int, metavar="START")
    add.add_argument("end", type=int, metavar="END")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat for more)")
    lst = exc_sub.add_parser("list", help="list excerpts in their order")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.add_argument("--tag", metavar="T", help="only excerpts with this tag")

    exp = sub.add_parser("export", help="write excerpts to a file, with a citation for each")
    exp.add_argument("--format", required=True, choices=list(FORMATS))
    exp.add_argument("--out", required=True, metavar="FILE")
    exp.add_argument("--tag", metavar="T", help="only excerpts with this tag")
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists")

    _entity_view_parsers(sub)
    sub.add_parser("gui", help="open the desktop window (the default without a command)")
    return p


WRITE_COMMANDS = frozenset({"import", "rescan", "reindex", "curation"})
"""commands that change the corpus (``excerpts add`` too); the rest work on a read-only corpus"""


def _open(corpus: str | None) -> Workspace:
    from kashshaf.core.workspace import Workspace

    return Workspace.open(corpus) if corpus else Workspace.open_default()


def _no_corpus(corpus: str | None, writes: bool) -> str | None:
    """Why ``--corpus`` names no corpus to work on, or None. A command that only reads never creates
    one: a mistyped folder said "0 documents match" (and left an empty corpus there), which reads as
    "the corpus has nothing on it"."""
    if corpus is None:
        return None
    folder = Path(corpus)
    if folder.exists() and not folder.is_dir():
        return f"«{corpus}» is a file, not a corpus folder"
    if writes or (folder / "kashshaf.sqlite3").is_file():
        return None
    what = "no such folder" if not folder.exists() else "the folder holds no corpus"
    return f"no corpus at «{corpus}» ({what}); `kashshaf --corpus {corpus} import FILES…` makes one"


def _writes(args: argparse.Namespace) -> bool:
    if args.command == "curation":
        return bool(args.action == "import")
    if args.command == "outlets":
        return bool(args.outlets_command == "rename")
    return args.command in WRITE_COMMANDS or (args.command == "excerpts" and args.excerpts_command == "add")


def _invalid_query(exc: Exception) -> int:
    """A query that cannot be parsed: said on stderr, exit 2."""
    print(f"kashshaf: invalid query: {exc}", file=sys.stderr)
    return EXIT_USAGE


def _print_json(data: Any, out: TextIO, indent: int = 1) -> None:
    """``--json``: ``data`` as JSON (Arabic as written, not escaped), then a newline."""
    json.dump(data, out, ensure_ascii=False, indent=indent)
    out.write("\n")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    commands = {"gui", *next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))}
    if not any(a in commands for a in argv if not a.startswith("-")) and "-h" not in argv and "--help" not in argv:
        argv.append("gui")  # `kashshaf` or `kashshaf --corpus DIR`: the window
    args = parser.parse_args(argv)
    if args.command == "gui":
        from kashshaf.ui.mainwindow import main as window_main

        # "kashshaf" as the program's name: the window's class (WM_CLASS) is then kashshaf, not __main__.py
        return window_main(["kashshaf"], Path(args.corpus) if args.corpus else None)
    if args.command == "ner-eval":
        return _cmd_ner_eval(Path(args.file), args.json, out)
    missing = _no_corpus(args.corpus, _writes(args))
    if missing:
        print(f"kashshaf: {missing}", file=sys.stderr)
        return EXIT_USAGE
    try:
        workspace = _open(args.corpus)
    except Exception as exc:
        print(f"kashshaf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with workspace:
        if workspace.index_rebuilt_reason:
            print(f"kashshaf: {workspace.index_rebuilt_reason}", file=sys.stderr)
        if workspace.readonly:
            if _writes(args):
                print(
                    f"kashshaf: {workspace.readonly_reason}; `{args.command}` changes the corpus, "
                    "so it cannot run now (close the other Kashshaf, or wait for it to finish)",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            print(f"kashshaf: {workspace.readonly_reason}; reading it as it is", file=sys.stderr)
        command = args.command
        if command == "import":
            return _cmd_import(workspace, args.paths, args.quiet, out)
        if command == "rescan":
            return _cmd_import(workspace, None, args.quiet, out)
        if command == "search":
            return _cmd_search(workspace, args.query, args.limit, args.offset, args.json, out, args.exact)
        if command == "kwic":
            return _cmd_kwic(workspace, args, out)
        if command == "batch":
            return _cmd_batch(workspace, args.file, args.json, args.as_written, out, args.exact)
        if command == "variants":
            return _cmd_variants(workspace, args.word, args.json, out, args.exact)
        if command == "timeline":
            return _cmd_timeline(workspace, args, out)
        if command == "facets":
            return _cmd_facets(workspace, args, out)
        if command == "show":
            return _cmd_show(workspace, args.doc_id, args.raw, args.meta, out)
        if command == "stats":
            return _cmd_stats(workspace, args.json, out)
        if command == "entities":
            return _cmd_entities(workspace, args, out)
        if command == "excerpts":
            return _cmd_excerpts(workspace, args, out)
        if command == "export":
            return _cmd_export(workspace, args, out)
        if command == "curation":
            return _cmd_curation(workspace, args.action, Path(args.file), out)
        if command == "outlets":
            return _cmd_outlets(workspace, args, out)
        if command in ("network", "keywords"):
            return _cmd_entity_view(workspace, args, out)
        if command == "reindex":
            start = time.perf_counter()
            n = workspace.reindex()
            print(f"reindexed {n} documents in {time.perf_counter() - start:.1f} s", file=out)
            return EXIT_OK
    return EXIT_USAGE


def _cmd_outlets(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    if args.outlets_command == "rename":
        table = workspace.store.outlets.table()
        found = [table.get(args.outlet)] if table.get(args.outlet) else table.find(args.outlet)
        if len(found) != 1 or found[0] is None:
            names = ", ".join(o.name for o in found if o) or "none"
            print(f"kashshaf: «{args.outlet}» names {len(found)} outlets ({names}); give its id", file=sys.stderr)
            return EXIT_NOT_FOUND
        before = workspace.rename_outlet(found[0].id, args.name, args.en)
        print(f"renamed {before.name} to {args.name} [{before.id}]", file=out)
        return EXIT_OK
    outlets = workspace.outlets()
    if args.json:
        rows = [
            {
                "id": o.id,
                "name": o.name,
                "name_en": o.name_en,
                "aliases": list(o.aliases),
                "keys": list(o.keys),
                "documents": n,
            }
            for o, n in outlets
        ]
        _print_json(rows, out)
        return EXIT_OK
    for o, n in outlets:
        english = f" / {o.name_en}" if o.name_en else ""
        keys = f"  ({', '.join(o.keys)})" if o.keys else ""
        print(f"{n:>7}  {o.name}{english}{keys}  [{o.id}]", file=out)
    return EXIT_OK


def _cmd_entities(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    doc_id = None
    if args.doc:
        doc = workspace.document(args.doc)
        if doc is None:
            print(f"kashshaf: no document {args.doc}", file=sys.stderr)
            return EXIT_NOT_FOUND
        doc_id = doc.id
    entities = workspace.entities.all(doc_id, args.type)
    shown = entities if args.limit == 0 else entities[: args.limit]
    if args.json:
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": e.mentions,
                "documents": e.documents,
            }
            for e in shown
        ]
        _print_json(rows, out)
        return EXIT_OK
    for e in shown:
        aliases = f"  ({'، '.join(e.aliases)})" if e.aliases else ""
        print(f"{e.type:<4} {e.name}{aliases}  mentions {e.mentions}, documents {e.documents}  [{e.id}]", file=out)
    if len(shown) < len(entities):
        print(f"… {len(entities) - len(shown)} more (--limit 0 for all)", file=out)
    return EXIT_OK


def _cmd_ner_eval(path: Path, as_json: bool, out: TextIO) -> int:
    from kashshaf.core.entities.evaluate import SCORED_TYPES, evaluate
    from kashshaf.core.entities.pipeline import make_extractor

    if not path.is_file():
        print(f"kashshaf: {path}: no such file", file=sys.stderr)
        return EXIT_USAGE
    extractor = make_extractor()
    start = time.perf_counter()
    scores = evaluate(extractor, path)
    seconds = time.perf_counter() - start
    if as_json:
        data = scores.as_dict() | {"extractor": extractor.name, "seconds": round(seconds, 2)}
        _print_json(data, out)
        return EXIT_OK
    print(f"{path}: {scores.sentences} sentences, {scores.tokens} tokens, extractor {extractor.name}", file=out)
    print(f"{'type':<6}{'precision':>10}{'recall':>10}{'F1':>8}{'gold':>8}{'found':>8}", file=out)
    for kind in (*SCORED_TYPES, None):
        p, r, f = scores.prf(kind)
        kinds = (kind,) if kind else SCORED_TYPES
        gold = sum(scores.gold[k] for k in kinds)
        found = sum(scores.predicted[k] for k in kinds)
        print(f"{kind or 'micro':<6}{p:>10.3f}{r:>10.3f}{f:>8.3f}{gold:>8}{found:>8}", file=out)
    print(f"({seconds:.1f} s; exact span match; micro over {'/'.join(SCORED_TYPES)})", file=out)
    return EXIT_OK


def _cmd_excerpts(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from kashshaf.core.excerpts import ExcerptError, ExcerptFilter
    from kashshaf.core.export import excerpt_citation

    if args.excerpts_command == "add":
        try:
            e = workspace.excerpts.add(args.doc_id, args.start, args.end, note=args.note, tags=args.tag)
        except ExcerptError as exc:
            print(f"kashshaf: {exc}", file=sys.stderr)
            return EXIT_NOT_FOUND if "no document" in str(exc) else EXIT_USAGE
        print(f"added excerpt {e.id}: «{e.text}»", file=out)
        return EXIT_OK
    excerpts = workspace.excerpts.all(ExcerptFilter(tag=args.tag))
    if args.json:
        rows = [e.as_dict() | {"citation": excerpt_citation(e)} for e in excerpts]
        _print_json(rows, out)
        return EXIT_OK
    for e in excerpts:
        flag = "" if e.status == "ok" else f" [{e.status}]"
        tags = f"  #{' #'.join(e.tags)}" if e.tags else ""
        print(f"{e.id}{flag}  «{' '.join(e.text.split())}»\n    — {excerpt_citation(e)}{tags}", file=out)
        if e.note:
            print(f"    {e.note}", file=out)
    return EXIT_OK


def _cmd_export(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from kashshaf.core.excerpts import ExcerptFilter
    from kashshaf.core.export import ExportError, export_excerpts

    excerpts = workspace.excerpts.all(ExcerptFilter(tag=args.tag))
    path = Path(args.out)
    heading = "مقتطفات" + (f" — {args.tag}" if args.tag else "")
    try:
        corpus = workspace.corpus_dir.name
        export_excerpts(excerpts, args.format, path, heading, overwrite=args.force, corpus=corpus, renderer=_draw_pdf)
    except ExportError as exc:
        print(f"kashshaf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {len(excerpts)} excerpts to {path}", file=out)
    return EXIT_OK


def _draw_pdf(html: str, title: str) -> bytes:
    """The ``PdfRenderer`` the CLI gives the export: Qt's, imported only when a PDF is drawn (the CLI is
    where the core and the Qt drawing meet, as the window is; the other commands never load Qt)."""
    from kashshaf.ui.export_pdf import draw_pdf

    return draw_pdf(html, title)


def _cmd_curation(workspace: Workspace, action: str, path: Path, out: TextIO) -> int:
    from kashshaf.core.entities.store import CurationError

    if action == "export":
        from kashshaf.core.export import ExportError, write_atomic

        curation = workspace.curation.export()
        try:
            write_atomic(path, json.dumps(curation, ensure_ascii=False, indent=1) + "\n", overwrite=True)
        except ExportError as exc:
            print(f"kashshaf: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"wrote {len(curation['operations'])} curation decisions to {path}", file=out)
        return EXIT_OK
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        affected = workspace.curation.load(data).documents
    except (OSError, ValueError, CurationError) as exc:
        print(f"kashshaf: {path}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"applied the curation in {path}; {len(affected)} documents updated", file=out)
    return EXIT_OK


def _cmd_import(workspace: Workspace, paths: list[str] | None, quiet: bool, out: TextIO) -> int:
    """Import ``paths``, or rescan the corpus folders when ``paths`` is None."""
    from kashshaf.core.progress import ProgressMeter

    if paths is None and not workspace.folders():
        print("kashshaf: this corpus has no imported folders to rescan", file=sys.stderr)
        return EXIT_USAGE
    start = time.perf_counter()
    show_progress = not quiet and sys.stderr.isatty()
    meter = ProgressMeter()

    def progress(p: ImportProgress) -> None:
        if show_progress:
            sys.stderr.write("\r" + meter.line(p) + "   ")
            sys.stderr.flush()

    try:
        if paths is None:
            report = workspace.rescan(progress=progress)
        else:
            report = workspace.import_paths(paths, progress=progress)
    except KeyboardInterrupt:
        sys.stderr.write("\nkashshaf: interrupted; what was read is kept, and importing again resumes\n")
        return EXIT_INTERRUPTED
    if show_progress:
        sys.stderr.write("\n")
    _print_report(report, time.perf_counter() - start, out)
    return EXIT_PROBLEMS if report.problems and not report.imported else EXIT_OK


def _print_report(report: ImportReport, seconds: float, out: TextIO) -> None:
    extra = [
        f"{len(report.replaced)} earlier versions replaced" if report.replaced else "",
        f"{len(report.removed)} removed (their files are gone)" if report.removed else "",
        f"{len(report.unchanged)} unchanged files skipped" if report.unchanged else "",
        f"{len(report.warnings)} imported with damage" if report.warnings else "",
    ]
    print(
        f"imported {len(report.imported)} documents, {len(report.duplicates)} duplicates, "
        f"{len(report.problems)} problems in {seconds:.1f} s" + "".join(f", {e}" for e in extra if e),
        file=out,
    )
    for path, doc_id in report.duplicates[:20]:
        print(f"  duplicate: {path} (same text as {doc_id})", file=out)
    if len(report.duplicates) > 20:
        print(f"  … and {len(report.duplicates) - 20} more duplicates", file=out)
    for warning in report.warnings:
        print(f"  warning: {warning}", file=sys.stderr)
    for problem in report.problems:
        print(f"  problem: {problem}", file=sys.stderr)


def results_to_json(results: SearchResults) -> dict[str, object]:
    hits = []
    for hit in results.hits:
        hits.append(
            {
                "id": hit.id,
                "path": hit.path,
                "title": hit.title,
                "source": outlet_name(hit),
                "outlet_id": hit.outlet.id if hit.outlet else None,
                "date": hit.date,
                "date_kind": hit.date_kind,
                "date_source": hit.date_source,
                "score": round(hit.score, 4),
                "snippet": hit.snippet.text if hit.snippet else "",
                "snippet_start": hit.snippet.start if hit.snippet else 0,
                "highlights": [list(h) for h in hit.snippet.highlights] if hit.snippet else [],
            }
        )
    return {"total": results.total, "exact": results.exact, "suggestion": results.suggestion, "hits": hits}


def _cmd_search(
    workspace: Workspace, query: str, limit: int, offset: int, as_json: bool, out: TextIO, exact: bool = False
) -> int:
    from kashshaf.core.workspace import QueryError

    try:
        results = workspace.search(query, limit=None if limit == 0 else limit, offset=offset, exact=exact)
    except QueryError as exc:
        return _invalid_query(exc)
    if as_json:
        _print_json(results_to_json(results), out, indent=2)
        return EXIT_OK
    how = " (words as written)" if exact else ""
    print(f"{results.total} documents match «{isolate(query)}»{how}", file=out)
    if results.suggestion:
        print(f"did you mean: {isolate(results.suggestion)}?", file=out)
    bold = out.isatty()
    for rank, hit in enumerate(results.hits, start=results.offset + 1):
        meta = " · ".join(x for x in (outlet_name(hit), date_phrase(hit.date, hit.date_kind, "en")) if x)
        print(f"\n{rank}. {hit.title}  [{hit.id}]", file=out)
        if meta:
            print(f"   {meta}", file=out)
        if hit.snippet:
            marks = ("\x1b[1;33m", "\x1b[0m") if bold else ("[", "]")
            print("   " + " ".join(hit.snippet.marked(*marks).split()), file=out)
    return EXIT_OK


def _cmd_kwic(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from kashshaf.core.analysis.kwic import concordance
    from kashshaf.core.workspace import QueryError

    entity = None
    if args.entity:
        found = workspace.entities.find_ids(args.entity)
        if not found:
            print(f"kashshaf: no entity called «{isolate(args.entity)}» in this corpus", file=sys.stderr)
            return EXIT_NOT_FOUND
        entity = found[0]
    if not args.query.strip() and entity is None:
        print("kashshaf: give a query, or an entity with --entity", file=sys.stderr)
        return EXIT_USAGE
    scope = Scope(args.query, entity, exact=args.exact)
    try:
        found_lines = concordance(workspace, scope, width=max(10, args.width))
    except QueryError as exc:
        return _invalid_query(exc)
    order = found_lines.order(args.sort)
    shown = order if args.limit == 0 else order[: args.limit]
    lines = found_lines.lines(workspace, shown)
    if args.json:
        data = {
            "query": args.query,
            "entity": entity,
            "sort": args.sort,
            "width": found_lines.width,
            "lines_total": len(found_lines),
            "documents": found_lines.documents,
            "truncated": found_lines.truncated,
            "lines": [line.as_dict() for line in lines],
        }
        _print_json(data, out)
        return EXIT_OK
    what = f"«{isolate(args.query)}»" if args.query.strip() else f"the mentions of «{isolate(args.entity)}»"
    how = f", sorted by {args.sort}" if args.sort else ""
    cut = " (the first ones only: a concordance stops there)" if found_lines.truncated else ""
    print(f"{len(found_lines):,} lines of {what} in {found_lines.documents:,} documents{how}{cut}", file=out)
    bold = out.isatty()
    marks = ("\x1b[1;33m", "\x1b[0m") if bold else ("[", "]")
    for line in lines:
        # in reading order: the context before, the keyword, the context after (a terminal lays out the direction)
        text = f"{line.before} {marks[0]}{line.keyword}{marks[1]} {line.after}"
        print(f"{line.doc_id} {line.start}-{line.end}  {text}", file=out)
    return EXIT_OK


def _cmd_batch(
    workspace: Workspace, file: str, as_json: bool, as_written: bool, out: TextIO, exact: bool = False
) -> int:
    from kashshaf.core.search.batch import BatchInputError, queries_from_bytes, read_queries

    try:
        if file == "-":
            queries = queries_from_bytes(sys.stdin.buffer.read(), "(standard input)", as_written)
        else:
            queries = read_queries(file, as_written)
    except BatchInputError as exc:
        print(f"kashshaf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    show_progress = not as_json and sys.stderr.isatty() and len(queries) > 20

    def progress(done: int, total: int) -> None:
        if show_progress:
            sys.stderr.write(f"\r{done}/{total} queries searched   ")
            sys.stderr.flush()

    try:
        results = workspace.batch_search(queries, progress=progress, exact=exact)
    except KeyboardInterrupt:
        sys.stderr.write("\nkashshaf: interrupted\n")
        return EXIT_INTERRUPTED
    if show_progress:
        sys.stderr.write("\n")
    if as_json:
        _print_json([r.as_dict() for r in results], out)
        return EXIT_OK
    for line in batch_table(results):
        print(line, file=out)
    return EXIT_OK


def _cmd_variants(workspace: Workspace, word: str, as_json: bool, out: TextIO, exact: bool = False) -> int:
    found = workspace.variants(word, exact=exact)
    if as_json:
        items = [{"spelling": v.word, "occurrences": v.count, "distance": v.distance, "documents": n} for v, n in found]
        _print_json(items, out)
        return EXIT_OK
    if not found:
        print(f"no spelling of «{isolate(word)}» in this corpus (a word of 4 letters or more is looked up)", file=out)
        return EXIT_OK
    header = ("occurrences", "distance", "documents")
    rows = [(f"{v.count:,}", f"{v.distance:.1f}", f"{n:,}") for v, n in found]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print("  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True)) + "  spelling", file=out)
    for (v, _n), row in zip(found, rows, strict=True):
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) + f"  {isolate(v.word)}", file=out)
    group = " OR ".join(v.word for v, _n in found)
    searched = f"({group})" if len(found) > 1 else group
    print(f"{len(found)} spellings; {isolate(word + '~')} searches {isolate(searched)}", file=out)
    return EXIT_OK


# --- views of a result set ---------------------------------------------------------


def _cmd_timeline(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from kashshaf.core.analysis.timeline import timeline
    from kashshaf.core.workspace import QueryError

    if len(args.compare) > MAX_SERIES - 1:
        print(f"kashshaf: {MAX_SERIES} queries at most in one timeline", file=sys.stderr)
        return EXIT_USAGE
    scopes = [Scope(q, exact=args.exact) for q in (args.query, *args.compare)]
    try:
        found = timeline(workspace, scopes, by=args.by)
    except QueryError as exc:
        return _invalid_query(exc)
    if args.json:
        _print_json(found.as_dict(), out)
        return EXIT_OK
    series = found.series
    header = ["period"]
    for n in range(1, len(series) + 1):
        header += [f"docs{n}", f"hits{n}"] if len(series) > 1 else ["documents", "hits"]
    rows = []
    for i, p in enumerate(found.periods):
        cells = [p.start if found.by == "day" else p.start[:7] if found.by == "month" else f"{p.start}/{p.end[5:]}"]
        for s in series:
            cells += [f"{s.documents[i]:,}", "" if s.hits is None else f"{s.hits[i]:,}"]
        rows.append(cells)
    widths = [max(len(h), *(len(r[c]) for r in rows)) if rows else len(h) for c, h in enumerate(header)]
    peak = max((max(s.documents, default=0) for s in series[:1]), default=0)
    print(
        "  ".join(h.ljust(w) if c == 0 else h.rjust(w) for c, (h, w) in enumerate(zip(header, widths, strict=True))),
        file=out,
    )
    for i, cells in enumerate(rows):
        bar = "#" * round(30 * series[0].documents[i] / peak) if peak else ""
        line = "  ".join(
            v.ljust(w) if c == 0 else v.rjust(w) for c, (v, w) in enumerate(zip(cells, widths, strict=True))
        )
        print(f"{line}  {bar}", file=out)
    for n, s in enumerate(series, start=1):
        hits = "" if s.total_hits is None else f", {s.total_hits:,} hits"
        name = f"{n}. " if len(series) > 1 else ""
        print(
            f"{name}«{isolate(s.label) if s.label else 'all documents'}»: {s.total_documents:,} documents{hits}, "
            f"by {found.by}; {s.undated:,} undated (not drawn)"
            + (f"; {s.retrieved:,} dated by retrieval (publication date unknown)" if s.retrieved else ""),
            file=out,
        )
    return EXIT_OK


def _cmd_facets(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from kashshaf.core.analysis.facets import facets
    from kashshaf.core.workspace import QueryError

    try:
        found = facets(workspace, Scope(args.query, exact=args.exact), top=max(0, args.top))
    except QueryError as exc:
        return _invalid_query(exc)
    if args.json:
        _print_json(found.as_dict(), out)
        return EXIT_OK
    print(f"{found.documents:,} documents", file=out)
    print("\nby outlet:", file=out)
    for o in found.outlets:
        print(f"  {o.documents:>8,}  {isolate(o.outlet.name) if o.outlet else '(unknown outlet)'}", file=out)
    print("\nby month:", file=out)
    for m in found.months:
        print(f"  {m.documents:>8,}  {m.month or '(undated)'}", file=out)
    names = {"PER": "people", "ORG": "organisations", "LOC": "places"}
    for t in found.types:
        print(f"\n{names[t.type]}: {t.documents:,} documents mention one", file=out)
        for e in t.top:
            print(f"  {e.documents:>8,}  {isolate(e.name)}", file=out)
    return EXIT_OK


def batch_table(results: Sequence[BatchResult]) -> list[str]:
    """The results as an aligned table, the query last: numbers and ISO dates keep their columns whatever
    the query's direction, and the query is a bidi isolate, so an Arabic query turns no line around."""

    def day(iso: str | None, kind: str | None) -> str:
        return "" if not iso else iso[:10] + ("*" if kind == "retrieved" else "")

    header = ("hits", "documents", "undated", "first date", "last date")
    rows = [
        (
            ("", "", "", "", "")
            if not r.ok
            else (
                f"{r.hits:,}",
                f"{r.documents:,}",
                f"{r.undated:,}" if r.undated else "",
                day(r.first_date, r.first_kind),
                day(r.last_date, r.last_kind),
            )
        )
        for r in results
    ]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]

    def aligned(cells: Sequence[str]) -> str:  # numbers to the right, dates to the left
        return "  ".join(
            c.rjust(w) if i < 3 else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    lines = [f"{aligned(header)}  query"]
    for r, row in zip(results, rows, strict=True):
        note = "" if r.ok else f"  ✗ line {r.item.line}: {r.error}" if r.item.line else f"  ✗ {r.error}"
        if r.ok and r.suggestion:
            note = f"  (did you mean: {isolate(r.suggestion)}?)"
        lines.append(f"{aligned(row)}  {isolate(r.query)}{note}")
    failed = [r for r in results if not r.ok]
    found = sum(1 for r in results if r.documents)
    summary = f"{len(results)} queries: {found} found, {len(results) - found - len(failed)} found nothing"
    if failed:
        summary += f", {len(failed)} cannot be read"
    lines.append(summary)
    if any(r.first_kind == "retrieved" or r.last_kind == "retrieved" for r in results):
        lines.append("* a date of retrieval: the publication date of that document is not known")
    return lines


def _cmd_show(workspace: Workspace, doc_id: str, raw: bool, meta: bool, out: TextIO) -> int:
    doc = workspace.document(doc_id)
    if doc is None:
        print(f"kashshaf: no document with id {doc_id}", file=sys.stderr)
        return EXIT_NOT_FOUND
    if meta:
        fields = {
            "id": doc.id,
            "path": doc.path,
            "title": doc.title,
            "source": outlet_name(doc),
            "outlet_id": doc.outlet.id if doc.outlet else None,
            "source_as_imported": doc.source,
            "date": doc.date,
            "url": doc.url,
            "author": doc.author,
            "encoding": doc.encoding,
            "title_origin": doc.title_origin,
            "source_origin": doc.source_origin,
            "date_origin": doc.date_origin,
            "date_text": doc.date_text,
            "retrieved": doc.retrieved,
            "retrieved_origin": doc.retrieved_origin,
            "length": doc.length,
        }
        _print_json(fields, out, indent=2)
        return EXIT_OK
    out.write(doc.raw_text if raw else doc.clean_text)
    return EXIT_OK


def _cmd_stats(workspace: Workspace, as_json: bool, out: TextIO) -> int:
    from kashshaf.core.entities.camel import camel_status

    s = workspace.stats()
    entities = workspace.entities.all()
    extractor = {"name": workspace.entities.extractor().name, "camel": camel_status()}
    if as_json:
        _print_json(
            {
                "documents": s.documents,
                "duplicates": s.duplicates,
                "indexed": s.indexed,
                "characters": s.characters,
                "first_date": s.first_date,
                "last_date": s.last_date,
                "sources": dict(s.sources),
                "store": s.store_path,
                "index": s.index_path,
                "entities": len(entities),
                "extractor": extractor,
            },
            out,
            indent=2,
        )
        return EXIT_OK
    print(f"corpus: {workspace.corpus_dir}", file=out)
    print(f"documents: {s.documents} (indexed {s.indexed}, duplicates skipped {s.duplicates})", file=out)
    print(f"characters: {s.characters}", file=out)
    if s.first_date:
        print(f"dates: {s.first_date[:10]} … {(s.last_date or '')[:10]}", file=out)
    print("outlets:", file=out)
    for name, n in s.sources[:15]:
        print(f"  {name or '(unknown)'}: {n}", file=out)
    kinds = {k: sum(1 for e in entities if e.type == k) for k in ("PER", "ORG", "LOC", "MISC")}
    print(f"entities: {len(entities)} ({', '.join(f'{k} {n}' for k, n in kinds.items() if n)})", file=out)
    print(f"extractor: {extractor['name']}; {extractor['camel']}", file=out)
    return EXIT_OK


# --- views of a result set: the entity network, its keywords --------------------------------------


def _entity_view_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    net = sub.add_parser(
        "network",
        help="the entities of a search's documents and the documents each pair shares (Gephi's GEXF or GraphML, "
        "a PNG or SVG picture)",
    )
    net.add_argument("query", metavar="QUERY", help='a search ("" for the whole corpus)')
    net.add_argument(
        "--min-docs", type=int, default=1, metavar="N", help="keep the links of N shared documents or more"
    )
    net.add_argument(
        "--types", default="person,org,place", metavar="T,T", help="entity types: person, org, place, other"
    )
    net.add_argument("--limit", type=int, default=60, metavar="N", help="the N entities of the most documents (60)")
    net.add_argument("--out", metavar="FILE", help="write FILE: .gexf, .graphml, .png or .svg")
    net.add_argument("--json", action="store_true", help="print JSON: nodes, edges, counts")
    net.add_argument("--exact", action="store_true", help=EXACT_HELP)
    kw = sub.add_parser("keywords", help="the words that set a search's documents apart from the rest of the corpus")
    kw.add_argument("query", metavar="QUERY")
    kw.add_argument("--limit", type=int, default=30, metavar="N", help="words to print (default 30)")
    kw.add_argument("--json", action="store_true", help="print JSON")
    kw.add_argument("--exact", action="store_true", help=EXACT_HELP)


def _cmd_entity_view(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from kashshaf.core.workspace import QueryError

    scope = Scope(args.query, exact=args.exact)
    try:
        if args.command == "keywords":
            from kashshaf.core.analysis.keywords import keywords

            found = keywords(workspace, scope, max(1, args.limit))
            _print_keywords(found, args.query, args.json, out)
            return EXIT_OK
        from kashshaf.core.analysis.network import FORMATS, entity_network, parse_types, write_graph  # networkx

        types = parse_types(args.types)
        suffix = Path(args.out).suffix.lower() if args.out else ""
        if args.out and suffix not in (*FORMATS, ".png", ".svg"):
            raise ValueError(f"«{args.out}»: write a network as .gexf, .graphml, .png or .svg")
        network = entity_network(workspace, scope, types, max(1, args.limit))
    except QueryError as exc:
        return _invalid_query(exc)
    except ValueError as exc:
        print(f"kashshaf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    min_docs = max(1, args.min_docs)
    if args.out:
        # the query isolated: an Arabic query first made the whole title right to left, its parts reordered
        title = f"{isolate(args.query)} — {len(network.nodes)} entities, {network.documents} documents"
        if suffix in FORMATS:
            write_graph(network, args.out, min_docs, title)
        else:
            from kashshaf.ui.views.network_scene import draw_network_file

            draw_network_file(network, args.out, min_docs, title)
    if args.json:
        _print_json(network.to_json(min_docs), out)
        return EXIT_OK
    edges = network.edges_from(min_docs)
    print(
        f"{network.documents} documents; {len(network.nodes)} of {network.entities} entities"
        f" ({', '.join(network.types)}); {len(edges)} links of {min_docs} shared documents or more",
        file=out,
    )
    names = {n.id: n.name for n in network.nodes}
    for n in network.nodes[:20]:
        print(f"  {n.documents:6}  {n.type:4} {isolate(n.name)}  [{n.id}]", file=out)
    if edges:
        print("links (shared documents):", file=out)
    for e in edges[:20]:
        print(f"  {e.weight:6}  {isolate(names[e.source])} — {isolate(names[e.target])}", file=out)
    if args.out:
        print(f"wrote {args.out}", file=out)
    return EXIT_OK


def _print_keywords(found: Any, query: str, as_json: bool, out: TextIO) -> None:
    if as_json:
        _print_json(found.to_json(), out)
        return
    read = f", read from {found.read}" if found.sampled else ""
    print(
        f"keywords of the {found.documents} documents of «{isolate(query)}» against the rest of the corpus "
        f"({found.corpus - found.documents} documents{read})",
        file=out,
    )
    print(f"  {'G²':>8}  {'here':>6}  {'corpus':>6}  word", file=out)
    for k in found.words:
        print(f"  {k.score:8.1f}  {k.documents:6}  {k.corpus_documents:6}  {isolate(k.word)}", file=out)


if __name__ == "__main__":
    sys.exit(main())
