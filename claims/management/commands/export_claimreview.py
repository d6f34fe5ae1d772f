from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from claims.importers.export import claimreview_feed_chunks, write_claimreview_feed


class Command(BaseCommand):
    help = "Write every claim with a verdict as a schema.org ClaimReview feed (JSON-LD DataFeed)."
    # It only reads: no system checks first (a fifth of a second of every run), as Django's dumpdata.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", type=Path, help="File to write (default: standard output).")
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Where this site is served; claims without a review page link to their API page there.",
        )

    def handle(self, *args, output, base_url, **options):
        if output and not output.parent.is_dir():
            raise CommandError(f"cannot write {output}: there is no folder {output.parent}")
        base_url = base_url.rstrip("/")
        prefix = base_url + reverse("claim-detail", args=[0])[: -len("0/")]
        # Written as it is made: a feed of any size in flat memory.
        if output:
            # A file is written beside its name and renamed when whole, so a failure leaves no
            # half-written feed; anything else (a pipe, /dev/null) is written to directly.
            regular = not output.exists() or output.is_file()
            target_path = output.with_name(output.name + ".partial") if regular else output
            try:
                with target_path.open("wb") as target:
                    count = write_claimreview_feed(target, claim_url_prefix=prefix)
                if regular:
                    target_path.replace(output)
            except OSError as error:
                if regular:
                    target_path.unlink(missing_ok=True)
                raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
            self.stderr.write(f"{count} claim reviews written to {output}")
        else:
            for chunk in claimreview_feed_chunks(claim_url_prefix=prefix):
                self.stdout.write(chunk.decode("utf-8"), ending="")
