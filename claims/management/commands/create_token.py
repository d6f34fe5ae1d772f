"""Print a new API token for a user: the token is shown once; only its digest is stored."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from knox.models import get_token_model
from knox.settings import knox_settings


class Command(BaseCommand):
    help = "Create an API token for USERNAME and print it (once: the database keeps only its digest)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"days until it expires (default: {knox_settings.TOKEN_TTL.days}, API_TOKEN_TTL_DAYS)",
        )

    def handle(self, *args, username, days, **options):
        if days is not None and not 1 <= days <= 3650:
            raise CommandError(f"--days must be from 1 to 3650, not {days}.")
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"There is no user {username!r}.") from None
        ttl = timedelta(days=days) if days is not None else knox_settings.TOKEN_TTL
        instance, token = get_token_model().objects.create(user=user, expiry=ttl)
        self.stderr.write(f"Token for {username}, valid until {instance.expiry:%Y-%m-%d %H:%M} UTC:")
        self.stdout.write(token)
