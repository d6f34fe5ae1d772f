"""The three staff roles. Reviewers decide verdicts; Editors also correct claims, merge speakers
and delete claims nobody has reviewed; read-only staff see everything and change nothing."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    ("claims", "claim"),
    ("claims", "speaker"),
    ("claims", "speakeralias"),
    ("claims", "organization"),
    ("claims", "affiliation"),
    ("claims", "topic"),
    ("claims", "review"),
    ("sources", "article"),
    ("sources", "outlet"),
]
READ = [(app, f"view_{model}") for app, model in MODELS]
REVIEW = [*READ, ("claims", "add_review"), ("claims", "start_review")]
EDIT = [
    *REVIEW,
    ("claims", "change_claim"),
    ("claims", "delete_claim"),
    ("claims", "change_speaker"),
    ("claims", "merge_speakers"),
    ("claims", "add_speakeralias"),
    ("claims", "change_speakeralias"),
    ("claims", "delete_speakeralias"),
    ("claims", "add_affiliation"),
    ("claims", "change_affiliation"),
    ("claims", "add_organization"),
    ("claims", "change_organization"),
    ("claims", "add_topic"),
    ("claims", "change_topic"),
]
ROLES = {"Staff (read only)": READ, "Reviewers": REVIEW, "Editors": EDIT}


def forwards(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in wanted]
        )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Staff (read only)", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_review_permissions"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, backwards)]
