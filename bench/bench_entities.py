"""Entity extraction speed on SaudiNewsNet, and quality on real news and on ANERcorp.

    .venv/bin/python bench/bench_entities.py [--runs 3] [--docs 5000] [--no-anercorp]

Speed: the default extractor over SaudiNewsNet articles (title and
content), in one process (one core), documents/s for each run and the
median; the first run fills the model's per-word feature cache, the others
find most words in it. Quality: document-level precision and recall on the
hand-judged SaudiNewsNet articles of tests/data/entities (all, and the
held-out set alone), and on ANERcorp the model trained on the first 80% of
the training part scored on the last 20% (packaging/train_ner.py --dev 0.2).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
DATA = ROOT.parent / "shared" / "data"


def articles() -> list[str]:
    texts = []
    for archive in sorted((DATA / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            for member in z.namelist():
                for rec in json.loads(z.read(member)):
                    if rec.get("content"):
                        texts.append((rec.get("title") or "") + "\n\n" + rec["content"])
    return texts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--no-anercorp", action="store_true", help="skip the ANERcorp held-out training (20 s)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 2
    from kashshaf.core.entities.evaluate import read_judged, score_documents
    from kashshaf.core.entities.pipeline import make_extractor, spans_for

    texts = articles()
    sample = random.Random(7).sample(texts, min(args.docs, len(texts)))
    extractor = make_extractor()
    rates = []
    mentions = 0
    for run in range(args.runs):
        start = time.perf_counter()
        mentions = sum(len(spans_for(extractor, t)) for t in sample)
        rate = len(sample) / (time.perf_counter() - start)
        rates.append(rate)
        print(f"run {run + 1}: {rate:.0f} documents/s ({len(sample)} documents, {mentions} mentions)")
    print(f"extraction: median {statistics.median(rates):.0f} documents/s (extractor {extractor.name})")
    judged = read_judged(ROOT / "tests" / "data" / "entities" / "saudinewsnet_judged.json", DATA / "saudinewsnet")
    sets = {
        d["url"]: d["set"]
        for d in json.loads((ROOT / "tests/data/entities/saudinewsnet_judged.json").read_text(encoding="utf-8"))[
            "documents"
        ]
    }

    def spans_of(text: str) -> list[tuple[int, int, str, str]]:
        return [(s, e, name, kind) for s, e, _t, name, kind, _src in spans_for(extractor, text)]

    for label, docs in (("all", judged), ("held-out", [d for d in judged if sets[d[0]] == "held-out"])):
        sc = score_documents(docs, spans_of)
        print(
            f"SaudiNewsNet judged ({label}, {len(docs)} documents): {sc.listed} pairs listed, "
            f"precision {sc.precision:.3f}, recall {sc.recall:.3f}"
        )
    if args.no_anercorp:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "train_ner.py"),
                str(DATA / "anercorp" / "train.txt"),
                "--dev",
                "0.2",
                "--out",
                str(Path(tmp) / "m.model"),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    scores = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    for kind in ("PER", "ORG", "LOC", "micro"):
        s = scores[kind]
        print(f"ANERcorp held-out 20% {kind:<5} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
