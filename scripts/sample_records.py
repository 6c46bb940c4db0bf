"""Draw random attribution records from a corpus, with their context, for checking by hand.

    python scripts/sample_records.py ../shared/corpora/saudinewsnet/articles.jsonl -n 30 --seed 20261129
"""
from __future__ import annotations

import argparse
import random

from attribution.pipeline import extract_document
from attribution.io.readers import read_documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20261129)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sample: list[tuple[str, object]] = []  # reservoir sampling: the corpus is streamed, never held
    seen = 0
    n_docs = 0
    named = 0
    for doc in read_documents([args.corpus]):
        n_docs += 1
        for r in extract_document(doc, backend="rules"):
            seen += 1
            named += r.speaker_name is not None
            item = (doc.text, r)
            if len(sample) < args.n:
                sample.append(item)
            else:
                k = rng.randrange(seen)
                if k < args.n:
                    sample[k] = item
    print(f"{n_docs} documents, {seen} attributions ({seen / max(n_docs, 1):.2f}/document), "
          f"{named / max(seen, 1):.1%} with a named speaker")
    for i, (text, r) in enumerate(sample, 1):
        a = max(text.rfind("\n", 0, r.cue.start) + 1, r.cue.start - 160)
        b = min(len(text), r.cue.end + 220)
        print(f"\n[{i}] {r.doc_id}  cue={r.cue.text}  kind={r.kind}  speaker={r.speaker_name}  "
              f"mention={r.speaker.text if r.speaker else None}  role={r.speaker_role}")
        print("   claim:", (r.claim.text if r.claim else "")[:180])
        print("   text: ", text[a:b].replace("\n", " "))


if __name__ == "__main__":
    main()
