from rest_framework.pagination import PageNumberPagination


class CappedPageNumberPagination(PageNumberPagination):
    """Pages of 20 by default; clients may ask for up to 100 with ?page_size=."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    invalid_page_message = "There is no page {page_number}: {message}."

    def paginate_queryset(self, queryset, request, view=None):
        # An unordered page is a different set of rows on every request.
        if hasattr(queryset, "ordered") and not queryset.ordered:
            raise AssertionError(f"{view.__class__.__name__} paginates an unordered queryset")
        return super().paginate_queryset(queryset, request, view)
