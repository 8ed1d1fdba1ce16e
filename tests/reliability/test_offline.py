"""The offline promise: import, search, entity listing, the reader and every export
run in a fresh process whose network sockets are blocked; any attempt to connect
(or to look up a host) is recorded, and the test fails on one.

The guard is shown to work in the same process: a deliberate ``urlopen`` at the
end must be the one attempt recorded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT, SEEDS
from tests.reliability.conftest import Ledger

RUNNER = textwrap.dedent(
    """
    import json, os, socket, sys
    attempts = []

    def guard(name, original):
        def blocked(*args, **kwargs):
            sock = args[0] if args and isinstance(args[0], socket.socket) else None
            target = (args[1:] if sock is not None else args[:1]) or kwargs
            if sock is not None and sock.family == socket.AF_UNIX:
                return original(*args, **kwargs)  # local IPC (D-Bus, X) is not the network
            attempts.append(f"{name} {target!r}")
            raise OSError("network access blocked by the offline test")
        return blocked

    for name in ("connect", "connect_ex", "sendto"):
        setattr(socket.socket, name, guard(f"socket.{name}", getattr(socket.socket, name)))
    socket.create_connection = guard("create_connection", socket.create_connection)
    socket.getaddrinfo = guard("getaddrinfo", socket.getaddrinfo)
    sys.path.insert(0, DESKTOP)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["offline"])
    from kashshaf.core.workspace import Workspace
    from kashshaf.core.export import export_excerpts, hits_to_csv
    from kashshaf.ui.export_pdf import draw_pdf
    from kashshaf.ui.reader import Reader

    work = Path(WORK)
    out = {}
    with Workspace(work / "corpus") as ws:
        report = ws.import_paths([Path(SEEDS_DIR), work / "remote.html"])
        out["imported"] = len(report.imported)
        out["rejected"] = [str(r) for r in getattr(report, "rejected", [])]
        hits = ws.search("داعش", limit=None)
        out["hits"] = hits.total
        out["entities"] = len(ws.entities.all())
        doc_id = next(d for d in ws.browse() if "صفحة فيها موارد بعيدة" in (ws.document(d).title or ""))
        doc = ws.document(doc_id)
        out["html_text"] = doc.clean_text
        reader = Reader()
        reader.show_document(doc)
        reader.resize(700, 500)
        reader.show()
        app.processEvents()
        out["reader_html_has_remote"] = "http" in reader.view.toHtml().split("<body", 1)[-1].split("</body>")[0].replace(doc.url or "-", "")
        ws.excerpts.add(doc_id, 0, min(20, len(doc.clean_text)), note="offline")
        first = ws.browse()[0]
        ws.excerpts.add(first, 0, 30, note="ملاحظة")
        excerpts = ws.excerpts.all()
        for fmt in ("md", "csv", "json", "docx", "pdf"):
            export_excerpts(excerpts, fmt, work / f"x.{fmt}", "مقتطفات", corpus="offline", renderer=draw_pdf)
        (work / "hits.csv").write_bytes(hits_to_csv(hits.hits))
        out["exports"] = sorted(p.name for p in work.glob("x.*"))
    out["attempts_during_work"] = list(attempts)
    out["qtnetwork_loaded"] = "PySide6.QtNetwork" in sys.modules
    import urllib.request
    try:
        urllib.request.urlopen("http://example.com/", timeout=2)
    except Exception:
        pass
    out["attempts_after_probe"] = list(attempts)
    print("RESULT " + json.dumps(out, ensure_ascii=False))
    """
)

REMOTE_HTML = """<!doctype html><html><head><title>صفحة فيها موارد بعيدة</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script src="https://tracker.example.com/t.js"></script>
<script>fetch("https://tracker.example.com/beacon?x=1"); document.write("نص من سكربت");</script>
</head><body>
<h1>صفحة فيها موارد بعيدة</h1>
<img src="https://images.example.com/photo.jpg" alt="صورة">
<iframe src="https://ads.example.com/frame.html"></iframe>
<p>قالت وزارة الخارجية إن الاجتماع سيعقد في الرياض الأسبوع المقبل.</p>
<p style="background:url(https://images.example.com/bg.png)">وأضافت أن الوفود ستصل تباعا.</p>
</body></html>
"""


def test_nothing_touches_the_network(tmp_path: Path, ledger: Ledger) -> None:
    (tmp_path / "remote.html").write_text(REMOTE_HTML, encoding="utf-8")
    script = (
        RUNNER.replace("DESKTOP", repr(str(ROOT / "desktop")))
        .replace("WORK", repr(str(tmp_path)))
        .replace("SEEDS_DIR", repr(str(SEEDS)))
    )
    env = {**os.environ, "KASHSHAF_DATA_DIR": str(tmp_path / "userdata")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-3000:]
    out = json.loads(line[len("RESULT ") :])

    ledger.offline_attempts = len(out["attempts_during_work"])
    ledger.imported += out["imported"]
    assert out["attempts_during_work"] == []
    assert not out["qtnetwork_loaded"]
    # the guard works: the deliberate request at the end is the one attempt recorded
    assert len(out["attempts_after_probe"]) == 1
    assert "example.com" in out["attempts_after_probe"][0]
    # and the work was really done
    assert out["imported"] == 6
    assert out["hits"] > 0
    assert out["entities"] > 0
    assert out["exports"] == ["x.csv", "x.docx", "x.json", "x.md", "x.pdf"]
    # the page's text is kept; its scripts are neither run nor kept, and nothing remote is in the reader
    assert "الاجتماع سيعقد في الرياض" in out["html_text"]
    assert "وأضافت أن الوفود" in out["html_text"]
    assert "نص من سكربت" not in out["html_text"]
    assert "fetch(" not in out["html_text"]
    assert not out["reader_html_has_remote"]
