"""History pages in the admin that show past versions and never write."""

from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin


class ReadOnlyHistoryAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin whose past-version pages are views only.

    django-simple-history's history form view checks only the view permission before saving a
    POSTed form, so a read-only user could rewrite a record through it. Every change goes through the
    change form and its services (version check, reason, roles), so this page refuses any write.
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied("Past versions are read only; change the record from its own page.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        return True
