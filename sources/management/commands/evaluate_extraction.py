"""Score the extractor against hand annotations: the scorer's figures, per rule and per confidence band."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sources.extraction import extract_article
from sources.extraction.evaluation import Counts, attribution_checks, by_band, by_rule, score_article
from sources.extraction.output import quote_json
from sources.parsing import UnreadableArticle, read_article_file


class Command(BaseCommand):
    help = "Run extraction on annotated articles and print the scores (default: seeds/)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=Path, default=Path("seeds"), help="folder of article .txt files")
        parser.add_argument("--gold", type=Path, default=None, help="folder of gold .json (default: --articles)")
        parser.add_argument(
            "--bands", action="store_true", help="also print speaker accuracy per rule and per confidence band"
        )

    def handle(self, *args, articles: Path, gold: Path | None, bands: bool, **options):
        gold = gold or articles
        gold_files = sorted(gold.glob("*.json"))
        if not gold_files:
            raise CommandError(f"no annotation files (*.json) in {gold}")
        total, checks = Counts(), []
        for gold_path in gold_files:
            annotation = json.loads(gold_path.read_text(encoding="utf-8"))
            name = annotation["article"]["file"]
            path = articles / name
            try:
                extracted = extract_article(read_article_file(path), path.name)
            except UnreadableArticle as error:
                self.stderr.write(self.style.WARNING(f"{path}: {error} (all its quotes count as missed)"))
                predictions = []
            else:
                predictions = [quote_json(q) for q in extracted.quotes]
            c = score_article(annotation, predictions)
            total = total + c
            checks += attribution_checks(annotation, predictions)
            self.stdout.write(
                f"{name}: P {c.precision:.2f} R {c.recall:.2f} speaker {c.speaker_ok}/{c.speaker_n} "
                f"affiliation {c.affiliation_ok}/{c.affiliation_n} indirect {c.indirect_ok}/{c.indirect_n} "
                f"(precision {c.indirect_right}/{c.indirect_predicted})"
            )
        if bands:
            self._write_breakdown(checks)
        self.stdout.write(total.summary())

    def _write_breakdown(self, checks):
        self.stdout.write(f"\n{'kind':<9}{'rule':<32}{'n':>6}{'right':>8}{'accuracy':>10}")
        for (kind, rule), (n, ok) in by_rule(checks).items():
            self.stdout.write(f"{kind:<9}{rule:<32}{n:>6}{ok:>8}{ok / n:>10.3f}")
        for kind in ("quote", "indirect"):
            self.stdout.write(f"\n{kind} confidence band   attributions   right   accuracy")
            for low, high, n, ok in by_band(c for c in checks if c.kind == kind):
                accuracy = f"{ok / n:.3f}" if n else "-"
                self.stdout.write(f"[{low:.2f}, {high:.2f}){n:>18}{ok:>8}{accuracy:>11}")
        self.stdout.write("")
