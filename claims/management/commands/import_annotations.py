from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.importers.annotations import AnnotationError, load_annotation
from claims.ingest import store_article_with_claims
from claims.models import Claim


class Command(BaseCommand):
    help = "Load hand-annotated articles (JSON in the format of seeds/*.json, plus the text file each names)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE.json")

    def handle(self, *args, files, **options):
        failed = new = unchanged = claims = speakers = 0
        skipped: list[str] = []
        for path in files:
            try:
                annotation = load_annotation(path)
                result = store_article_with_claims(
                    article=annotation.article,
                    claims=annotation.claims,
                    origin=Claim.Origin.ANNOTATION,
                    skipped=annotation.skipped,
                )
            except (AnnotationError, ValueError) as error:
                failed += 1
                self.stderr.write(self.style.ERROR(f"{path}: {error}"))
                continue
            if result.created:
                new += 1
                claims += result.claims
                speakers += result.new_speakers
                skipped += [f"{path.name}: {reason}" for reason in result.skipped]
            else:
                unchanged += 1
        for reason in skipped:
            self.stdout.write(f"skipped {reason}")
        self.stdout.write(
            f"articles: {new} new, {unchanged} unchanged, {failed} failed; "
            f"claims: {claims} new; speakers: {speakers} new; quotes skipped: {len(skipped)}"
        )
        if failed:
            raise CommandError(f"{failed} of {len(files)} annotation files failed")
