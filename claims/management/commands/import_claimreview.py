from itertools import chain
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.importers.claimreview import read_claimreview
from claims.importers.store import ImportReport, store_archived_claims
from claims.management.paths import files_to_read
from claims.models import Claim


class Command(BaseCommand):
    help = "Import schema.org ClaimReview JSON / JSON-LD / JSON Lines files as reviewed claims."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE or FOLDER")

    def handle(self, *args, files, **options):
        files = files_to_read(files, {".json", ".jsonl", ".jsonld"})
        report = ImportReport()
        store_archived_claims(
            chain.from_iterable(read_claimreview(path) for path in files),
            origin=Claim.Origin.CLAIMREVIEW,
            report=report,
        )
        for rejected in report.rejected:
            self.stderr.write(self.style.ERROR(str(rejected)))
        self.stdout.write(report.summary("reviews"))
        if report.rejected:
            raise CommandError(f"{len(report.rejected)} reviews rejected")
