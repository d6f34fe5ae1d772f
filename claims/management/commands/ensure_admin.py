import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin account once; its password comes from DJANGO_SUPERUSER_PASSWORD or is printed once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"admin account {username!r} already exists")
            return
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        User.objects.create_superuser(
            username=username, email="", password=password or (generated := secrets.token_urlsafe(12))
        )
        if password:
            self.stdout.write(
                self.style.SUCCESS(f"created admin account {username!r} (password from DJANGO_SUPERUSER_PASSWORD)")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"created admin account {username!r} with password {generated}  (shown once)")
            )
