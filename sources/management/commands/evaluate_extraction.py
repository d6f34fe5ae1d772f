"""Score the extractor against hand annotations: precision, recall, speaker and affiliation accuracy."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sources.extraction import extract_article
from sources.extraction.evaluation import score_directory, total
from sources.extraction.output import quote_json
from sources.parsing import UnreadableArticle, read_article_file


class Command(BaseCommand):
    help = "Run extraction on annotated articles and print the scores (default: seeds/)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=Path, default=Path("seeds"), help="folder of article .txt files")
        parser.add_argument("--gold", type=Path, default=None, help="folder of gold .json (default: --articles)")

    def handle(self, *args, articles: Path, gold: Path | None, **options):
        gold = gold or articles
        if not any(gold.glob("*.json")):
            raise CommandError(f"no annotation files (*.json) in {gold}")
        predictions = {}
        for path in sorted(articles.glob("*.txt")):
            try:
                extracted = extract_article(read_article_file(path), path.name)
            except UnreadableArticle as error:
                self.stderr.write(self.style.WARNING(f"{path}: {error}"))
                continue
            predictions[path.name] = [quote_json(q) for q in extracted.quotes]
        per_file = score_directory(gold, predictions)
        for name, c in per_file.items():
            self.stdout.write(
                f"{name}: P {c.precision:.2f} R {c.recall:.2f} speaker {c.speaker_ok}/{c.speaker_n} "
                f"affiliation {c.affiliation_ok}/{c.affiliation_n} indirect {c.indirect_ok}/{c.indirect_n}"
            )
        self.stdout.write(total(per_file.values()).summary())
