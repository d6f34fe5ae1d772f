from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class CappedPageNumberPagination(PageNumberPagination):
    """Pages of 20 by default; clients may ask for up to 100 with ?page_size=."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    page_size_query_description = "Results per page, from 1; more than 100 gives 100."
    invalid_page_message = "There is no page {page_number}: {message}."

    def paginate_queryset(self, queryset, request, view=None):
        # An unordered page is a different set of rows on every request.
        if hasattr(queryset, "ordered") and not queryset.ordered:
            raise AssertionError(f"{view.__class__.__name__} paginates an unordered queryset")
        return super().paginate_queryset(queryset, request, view)

    def get_page_size(self, request):
        # DRF falls back to the default size for ?page_size=0 or =abc; say so instead. Above the cap is the cap.
        value = request.query_params.get(self.page_size_query_param, "").strip()
        if value and not (value.isdecimal() and int(value) > 0):
            message = f"{value!r} is not a whole number of at least 1 (pages hold at most {self.max_page_size})."
            raise ValidationError({self.page_size_query_param: [message]})
        return super().get_page_size(request)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters
