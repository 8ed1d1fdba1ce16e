"""SaudiNewsNet replicated with fresh ids, written as JSON files of articles.

Exact duplicates and empty articles are left out; each copy after the first gets
a copy number at the end of its text, so every document hashes to a new id.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def articles() -> list[dict[str, str]]:
    records, seen = [], set()
    for archive in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            for member in z.namelist():
                for r in json.loads(z.read(member)):
                    content = (r.get("content") or "").strip()
                    if content and content not in seen:  # exact duplicates once, so every copy is new
                        seen.add(content)
                        records.append(r)
    return records


def write_replica(target: Path, docs: int, per_file: int = 5000) -> list[Path]:
    """``docs`` articles in ``target/partNNN.json`` files of ``per_file`` each (reused when already there)."""
    done = target / ".complete"  # hidden: an import skips it
    if done.exists() and done.read_text() == f"{docs} {per_file}":
        return sorted(target.glob("part*.json"))
    if not DATA.exists():
        raise SystemExit(f"{DATA} is absent: this benchmark needs ../shared/data/saudinewsnet")
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("part*.json"):
        old.unlink()
    records = articles()
    copy, written, part, chunk = 0, 0, 0, []
    while written < docs:
        for rec in records:
            if written >= docs:
                break
            rec = dict(rec)
            if copy:
                rec["content"] = rec["content"] + f"\n\n(نسخة {copy + 1})"
            chunk.append(rec)
            written += 1
            if len(chunk) == per_file:
                (target / f"part{part:03d}.json").write_text(json.dumps(chunk, ensure_ascii=False), encoding="utf-8")
                part, chunk = part + 1, []
        copy += 1
    if chunk:
        (target / f"part{part:03d}.json").write_text(json.dumps(chunk, ensure_ascii=False), encoding="utf-8")
    done.write_text(f"{docs} {per_file}")
    return sorted(target.glob("part*.json"))
