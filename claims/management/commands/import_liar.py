import sys
from itertools import chain
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.importers.liar import read_liar
from claims.importers.store import BATCH_SIZE, ImportReport, store_archived_claims
from claims.management.paths import files_to_read, positive_int
from claims.models import Claim


class Command(BaseCommand):
    help = "Import PolitiFact statements from LIAR's train/valid/test.tsv files as reviewed claims."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE.tsv or FOLDER")
        parser.add_argument("--batch-size", type=positive_int, default=BATCH_SIZE, help="Statements per transaction.")

    def handle(self, *args, files, batch_size, **options):
        if batch_size < 1:  # call_command(batch_size=0) skips the parser's check
            raise CommandError(f"--batch-size must be at least 1, not {batch_size}")
        files = files_to_read(files, {".tsv"})
        total = sum(path.read_bytes().count(b"\n") for path in files)
        report = ImportReport()
        # The bar goes to the terminal only; it switches itself off when stderr is not one.
        with tqdm(total=total, unit="rows", file=sys.stderr, disable=None) as bar:
            try:
                store_archived_claims(
                    chain.from_iterable(read_liar(path) for path in files),
                    origin=Claim.Origin.LIAR,
                    report=report,
                    batch_size=batch_size,
                    on_batch=bar.update,
                )
            except KeyboardInterrupt:
                bar.close()
                self.stdout.write(report.summary())
                raise CommandError("interrupted: the batches above are stored, run again to import the rest") from None
        for rejected in report.rejected:
            self.stderr.write(self.style.ERROR(str(rejected)))
        self.stdout.write(report.summary())
        if report.rejected:
            raise CommandError(f"{len(report.rejected)} rows rejected")
