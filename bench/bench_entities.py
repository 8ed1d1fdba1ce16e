"""Entity extraction speed on SaudiNewsNet, and quality on ANERcorp.

    .venv/bin/python bench/bench_entities.py [--runs 3] [--docs 5000]

Speed: the default extractor over SaudiNewsNet articles (title and
content, as imported), in one process, documents/s for each run and the
median. Quality: `kashshaf ner-eval` on ../shared/data/anercorp/train.txt.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
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
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 2
    from kashshaf.core.entities.evaluate import evaluate
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
    scores = evaluate(extractor, DATA / "anercorp" / "train.txt").as_dict()
    for kind in ("PER", "ORG", "LOC", "micro"):
        s = scores[kind]
        print(f"ANERcorp train {kind:<5} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    sys.exit(main())
