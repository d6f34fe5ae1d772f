import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from claims.importers.export import claimreview_feed, claimreview_item, reviewed_claims


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
        if output and not output.parent.is_dir():
            raise CommandError(f"cannot write {output}: there is no folder {output.parent}")
        base_url = base_url.rstrip("/")
        items = [
            claimreview_item(claim, claim_url=base_url + reverse("claim-detail", args=[claim.pk]))
            for claim in reviewed_claims().iterator(chunk_size=2000)
        ]
        text = json.dumps(claimreview_feed(items), ensure_ascii=False, indent=1)
        if output:
            try:
                output.write_text(text + "\n", encoding="utf-8")
            except OSError as error:
                raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
            self.stderr.write(f"{len(items)} claim reviews written to {output}")
        else:
            self.stdout.write(text)
