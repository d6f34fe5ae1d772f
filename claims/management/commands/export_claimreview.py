from pathlib import Path

from django.core.management.base import BaseCommand
from django.urls import reverse

from claims.importers.export import claimreview_feed_chunks, reviewed_claims


class Command(BaseCommand):
    help = "Write every claim with a verdict as a schema.org ClaimReview feed (JSON-LD DataFeed)."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", type=Path, help="File to write (default: standard output).")
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Where this site is served; claims without a review page link to their API page there.",
        )

    def handle(self, *args, output, base_url, **options):
        base_url = base_url.rstrip("/")
        prefix = base_url + reverse("claim-detail", args=[0])[: -len("0/")]
        chunks = claimreview_feed_chunks(claim_url=lambda pk: f"{prefix}{pk}/")
        # Written as it is made: a feed of any size in flat memory.
        if output:
            with output.open("w", encoding="utf-8") as target:
                target.writelines(chunks)
            count = reviewed_claims().count()
            self.stderr.write(f"{count} claim reviews written to {output}")
        else:
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
