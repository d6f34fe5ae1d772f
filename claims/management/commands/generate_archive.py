from django.core.management.base import BaseCommand, CommandError

from claims.synthetic import ArchiveError, ArchiveSize, generate_archive


class Command(BaseCommand):
    help = "Fill an empty PostgreSQL database with a synthetic archive for benchmarks (COPY; minutes for 1M claims)."

    def add_arguments(self, parser):
        defaults = ArchiveSize()
        for name in ("claims", "speakers", "articles", "outlets", "years", "seed"):
            parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name), metavar="N")

    def handle(self, *args, **options):
        size = ArchiveSize(**{name: options[name] for name in ArchiveSize.__dataclass_fields__})
        for name, value in vars(size).items():
            if value < 1:
                raise CommandError(f"--{name} must be at least 1, not {value}")
        try:
            report = generate_archive(size, progress=lambda message: self.stderr.write(message))
        except ArchiveError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.claims:,} claims, {report.speakers:,} speakers ({report.aliases:,} aliases), "
                f"{report.articles:,} articles from {report.outlets} outlets, {report.affiliations:,} affiliations, "
                f"{report.reviews:,} reviews, {report.claim_topics:,} topic links in {report.seconds:.0f} s"
            )
        )
