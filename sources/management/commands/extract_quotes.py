"""Print the quotations extracted from article files, without touching the database."""

import json
import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sources.extraction import extract_article
from sources.extraction.output import article_json
from sources.parsing import UnreadableArticle, read_article_file


class Command(BaseCommand):
    help = "Extract quotations (speaker, affiliation, kind, offsets) from article files and print them."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--json", action="store_true", help="print one JSON document: {'articles': [...]}")

    def handle(self, *args, files, json: bool = False, **options):
        try:
            failed = self._extract_all(files, json)
        except BrokenPipeError:
            # The reader went away ("... | head"): stop quietly, without a traceback.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        if failed:
            raise CommandError(f"{failed} of {len(files)} file(s) could not be read or extracted")

    def _extract_all(self, files: list[Path], json: bool) -> int:
        failed = 0
        if json:
            self.stdout.write('{"articles": [', ending="")
        first = True
        # One file at a time, printed as soon as it is done: memory stays flat however many files.
        for path in files:
            try:
                extracted = extract_article(read_article_file(path), path.name)
            except UnreadableArticle as error:
                failed += 1
                self.stderr.write(self.style.ERROR(f"{path}: {error}"))
                continue
            except Exception as error:  # a rule bug must not cost the rest of the batch
                failed += 1
                self.stderr.write(self.style.ERROR(f"{path}: extraction failed ({type(error).__name__}: {error})"))
                continue
            if json:
                self.stdout.write(("" if first else ",\n") + _dumps(article_json(path.name, extracted)), ending="")
                first = False
            else:
                self._write_listing(path, extracted)
        if json:
            self.stdout.write("]}")
        return failed

    def _write_listing(self, path, extracted):
        parsed = extracted.parsed
        published = parsed.published.isoformat() if parsed.published else "no date"
        self.stdout.write(self.style.MIGRATE_HEADING(f"{path.name}: {parsed.title or '(no title)'}"))
        self.stdout.write(f"  outlet: {parsed.outlet or '-'}; published: {published}; quotes: {len(extracted.quotes)}")
        for q in extracted.quotes:
            who = q.speaker or "(speaker unknown)"
            if q.affiliation:
                who += f", {q.affiliation}"
            text = q.text if len(q.text) <= 160 else q.text[:157] + "..."
            self.stdout.write(f"  [{q.kind}] {who} ({q.confidence:.2f} {q.rule}): {text}")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
