"""Extraction throughput and per-outlet speaker accuracy.

    .venv/bin/python bench/bench_extraction.py [DIR]

DIR holds article .txt files (default: ../shared/data/polnear-train/articles when present, else the
seed articles repeated). The whole extraction is timed (parsing, quotes, attribution, affiliation,
reported speech) on one core, file by file, so memory stays flat in the number of articles; the
table shows the median of 3 runs. Time is the process's CPU time: on a machine shared with other
work, wall-clock time measures the neighbours as much as the extractor. When DIR has a sibling
gold/ folder, speaker accuracy is broken down by outlet (the file name's prefix before the first "_").
"""

import json
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sources.extraction import extract_article  # noqa: E402
from sources.extraction.evaluation import Counts, score_article  # noqa: E402
from sources.extraction.output import quote_json  # noqa: E402

POLNEAR = REPO.parent / "shared" / "data" / "polnear-train" / "articles"
RUNS = 3
SEED_REPEATS = 100  # the five seeds alone are too small to time
OUTLET_FLOOR = 0.75


def corpus(directory: Path | None) -> tuple[list[Path], str]:
    if directory is not None:
        return sorted(directory.glob("*.txt")), str(directory)
    if POLNEAR.is_dir():
        return sorted(POLNEAR.glob("*.txt")), str(POLNEAR)
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    return seeds * SEED_REPEATS, f"seeds x {SEED_REPEATS}"


def timed_run(files: list[Path]) -> tuple[float, int]:
    """CPU seconds spent extracting, and bytes of article text; files are read one at a time."""
    elapsed, size = 0.0, 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        start = time.process_time()
        extract_article(text, path.name)
        elapsed += time.process_time() - start
    return elapsed, size


def outlet_accuracy(files: list[Path], gold_dir: Path) -> dict[str, Counts]:
    per_outlet: dict[str, Counts] = defaultdict(Counts)
    for path in sorted(set(files)):
        gold_path = gold_dir / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        extracted = extract_article(path.read_text(encoding="utf-8"), path.name)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        outlet = path.name.split("_", 1)[0]
        per_outlet[outlet] = per_outlet[outlet] + score_article(gold, [quote_json(q) for q in extracted.quotes])
    return dict(per_outlet)


def main(argv: list[str]) -> int:
    files, label = corpus(Path(argv[0]) if argv else None)
    if not files:
        print(f"no .txt articles in {label}", file=sys.stderr)
        return 1
    runs = [timed_run(files) for _ in range(RUNS)]
    size = runs[0][1]
    kb_per_s = statistics.median(size / 1024 / elapsed for elapsed, _ in runs)
    articles_per_s = statistics.median(len(files) / elapsed for elapsed, _ in runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB

    print(f"corpus: {label} ({len(files)} articles, {size / 1024:.0f} KB)")
    print(f"{'measure':<28}{'value':>12}")
    print(f"{'extraction KB/s (median 3)':<28}{kb_per_s:>12.0f}")
    print(f"{'articles/s (median 3)':<28}{articles_per_s:>12.1f}")
    print(f"{'runs (s)':<28}{' '.join(f'{e:.2f}' for e, _ in runs):>12}")
    print(f"{'peak memory (MB RSS)':<28}{peak_mb:>12.0f}")

    gold_dir = files[0].parent.parent / "gold"
    if gold_dir.is_dir():
        per_outlet = outlet_accuracy(files, gold_dir)
        print()
        print(f"{'outlet':<16}{'quotes':>8}{'speaker acc':>13}{'e2e F1':>9}{'indirect R':>12}")
        low = []
        for outlet, c in sorted(per_outlet.items()):
            flag = "  < floor" if c.speaker_accuracy < OUTLET_FLOOR else ""
            print(
                f"{outlet:<16}{c.speaker_n:>8}{c.speaker_accuracy:>13.3f}{c.end_to_end_f1:>9.3f}"
                f"{c.indirect_recall:>12.3f}{flag}"
            )
            if flag:
                low.append(outlet)
        total = sum(per_outlet.values(), Counts())
        print(
            f"{'all':<16}{total.speaker_n:>8}{total.speaker_accuracy:>13.3f}{total.end_to_end_f1:>9.3f}"
            f"{total.indirect_recall:>12.3f}"
        )
        if low:
            print(f"outlets below {OUTLET_FLOOR}: {', '.join(low)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
