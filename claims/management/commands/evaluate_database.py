"""Measure the stored claims of annotated articles against their annotations (run after ingest)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.quality import database_quality, read_annotations


class Command(BaseCommand):
    help = (
        "Compare the claims stored for annotated articles with the annotations: claims matching an annotated "
        "claim with its speaker, speakers that are annotated speakers, claims stored twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--gold", type=Path, default=Path("seeds"), help="folder of annotation .json files")

    def handle(self, *args, gold: Path, **options):
        annotations = read_annotations(gold)
        if not annotations:
            raise CommandError(f"no annotation files (*.json) in {gold}")
        quality = database_quality(annotations)
        if not quality.claims and not quality.unattributed:
            raise CommandError(f"no claims stored for the articles annotated in {gold}: run ingest first")
        if quality.not_annotated:
            self.stdout.write(f"speakers that are not annotated speakers: {', '.join(quality.not_annotated)}")
        self.stdout.write(quality.summary())
