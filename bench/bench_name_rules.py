"""How often each name rule (sources/extraction/names.py) is right, on a gold set.

    .venv/bin/python bench/bench_name_rules.py [GOLD_DIR]

GOLD_DIR defaults to ../shared/data/polnear-train/gold (its articles in the sibling articles/).
A rule that names a speaker is right when the quotations given a speaker it named are the gold's; a
rule that trims a run's edges or discards it is right when it leaves every gold speaker's name whole.
These are the confidences NAME_RULES carries. Prints a table: rule, right, decisions, share.
"""

import dataclasses
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sources.extraction import extract_article, names  # noqa: E402
from sources.extraction.evaluation import same_speaker, spans_match, speaker_key  # noqa: E402

GOLD = REPO.parent / "shared" / "data" / "polnear-train" / "gold"
NAMING = {"country", "organisation_words", "titled_body", "acronym", "acronym_in_name", "title_then_name"}
NEUTRAL = ("scare", "unscored")


def _logged(log: list, rule, edge: bool):
    def apply(run):
        before = run.text
        out = rule.apply(run)
        if edge and run.text != before:
            log.append((rule.name, before, run.text))
        elif not edge and out is not None:
            log.append((rule.name, before, None if out is names.NOT_A_NAME else out.name))
        return out

    return dataclasses.replace(rule, apply=apply)


def measure(gold_dir: Path) -> dict[str, list[int]]:
    log: list = []
    names.EDGE_RULES = tuple(_logged(log, rule, True) for rule in names.EDGE_RULES)
    names.KIND_RULES = tuple(_logged(log, rule, False) for rule in names.KIND_RULES)
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = gold_dir.parent / "articles" / gold["article"]["file"]
        if not article.exists():
            continue
        records = gold["quotes"] + gold.get("indirect", [])
        known = {speaker_key(n) for r in records for n in [r.get("speaker"), *(r.get("speaker_aliases") or [])] if n}
        names._classify_words.cache_clear()
        log.clear()
        quotes = extract_article(article.read_text(encoding="utf-8"), article.name).quotes
        named_by: dict[str, str] = {}
        for rule, before, after in log:
            if rule in NAMING and after is not None:
                named_by.setdefault(after, rule)
            else:
                whole = not (speaker_key(before) in known and (after is None or speaker_key(after) not in known))
                stats[rule][0] += whole
                stats[rule][1] += 1
        used: set[int] = set()
        for quote in (q for q in quotes if q.kind != "indirect" and q.speaker):
            hit = next(
                (i for i, g in enumerate(gold["quotes"]) if i not in used and spans_match(quote.text, g["text"])), None
            )
            if hit is None:
                continue
            used.add(hit)
            g = gold["quotes"][hit]
            rule = named_by.get(quote.speaker)
            if rule and g["kind"] not in NEUTRAL and g.get("speaker"):
                stats[rule][0] += same_speaker({"speaker": quote.speaker}, g)
                stats[rule][1] += 1
    return stats


def main() -> None:
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    stats = measure(gold_dir)
    print(f"{'rule':22s} {'right':>7s} {'of':>7s} {'share':>6s}")
    for rule in names.NAME_RULES:
        right, n = stats.get(rule.name, [0, 0])
        print(f"{rule.name:22s} {right:7d} {n:7d} {right / n if n else float('nan'):6.3f}")


if __name__ == "__main__":
    main()
