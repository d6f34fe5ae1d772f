from django.contrib.auth.management import create_permissions
from django.db import migrations

READ = [
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
REVIEWER_EXTRA = [("claims", "add_review")]


def ensure_permissions(apps):
    # Permissions are normally made after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reviewers, _ = Group.objects.get_or_create(name="Reviewers")
    wanted = [(app, f"view_{model}") for app, model in READ] + REVIEWER_EXTRA
    for app, codename in wanted:
        reviewers.permissions.add(Permission.objects.get(content_type__app_label=app, codename=codename))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Reviewers").delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_claim_offsets_inside_body"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, backwards)]
