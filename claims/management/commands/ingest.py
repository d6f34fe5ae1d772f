import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.ingest import article_files, ingest_file
from sources.parsing import UnreadableArticle


class Command(BaseCommand):
    help = "Extract quotes from article files (or folders of .txt/.html files) and store them as claims."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument("--no-progress", action="store_true", help="Do not show a progress bar.")

    def handle(self, *args, paths, no_progress, **options):
        files = list(article_files(paths))
        if not files:
            raise CommandError("no article files found in " + ", ".join(map(str, paths)))
        new = unchanged = failed = claims = unattributed = speakers = skipped = 0
        progress = tqdm(files, unit="article", disable=no_progress or None, file=sys.stderr)
        for path in progress:
            try:
                ingested = ingest_file(path)
            except UnreadableArticle as error:
                failed += 1
                self.stderr.write(f"{path}: skipped, {error}")
                continue
            except ValueError as error:
                failed += 1
                self.stderr.write(f"{path}: failed, {error}")
                continue
            if ingested.created:
                new += 1
                claims += ingested.claims
                unattributed += ingested.unattributed
                speakers += ingested.new_speakers
                skipped += len(ingested.skipped)
            else:
                unchanged += 1
        self.stdout.write(
            f"articles: {new} new, {unchanged} unchanged, {failed} failed; "
            f"claims: {claims} new ({unattributed} without a named speaker, waiting for a reviewer); "
            f"speakers: {speakers} new; quotes not stored (scare quotes or repeats): {skipped}"
        )
        if failed:
            raise CommandError(f"{failed} of {len(files)} files failed")
