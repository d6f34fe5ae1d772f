from django.core.management.base import BaseCommand
from django.db.models import Count

from claims.models import Claim, Correction

NO_RULE = "(no rule recorded)"


class Command(BaseCommand):
    help = (
        "List the extraction rules whose claims reviewers corrected most (dismissed as not a claim, or "
        "speaker named or corrected), with how many claims each rule produced, so the worst rules are fixed first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=20, help="How many rules to list (default 20).")

    def handle(self, *args, limit, **options):
        if limit < 1:
            self.stderr.write(self.style.ERROR("--limit must be at least 1."))
            raise SystemExit(2)
        tally = [row for row in Correction.objects.tally_by_rule() if row["corrected"] > 0][:limit]
        if not tally:
            self.stdout.write("No corrections yet: reviewers have not corrected any extracted claim.")
            return
        rules = [row["extraction_rule"] for row in tally]
        produced = dict(
            Claim.objects.filter(extraction_rule__in=rules)
            .order_by()
            .values_list("extraction_rule")
            .annotate(n=Count("id"))
        )
        width = max(len(rule or NO_RULE) for rule in rules)
        self.stdout.write(
            f"{'rule':<{width}}  {'corrected':>9}  {'not claim':>9}  {'speaker':>7}  {'claims':>7}  {'share':>6}"
        )
        for row in tally:
            rule = row["extraction_rule"]
            claims = produced.get(rule, 0)
            share = f"{row['corrected'] / claims:6.1%}" if claims else "     —"
            self.stdout.write(
                f"{rule or NO_RULE:<{width}}  {row['corrected']:>9}  {row['dismissed'] - row['restored']:>9}"
                f"  {row['speaker']:>7}  {claims:>7}  {share}"
            )
