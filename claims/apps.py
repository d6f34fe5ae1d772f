from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        from claims.db_triggers import install_after_migrate

        post_migrate.connect(install_after_migrate, sender=self, dispatch_uid="claims_install_triggers")
