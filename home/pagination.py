"""Pagination that never fails: a bad page number gives the first page, one past the end the last."""

from django.core.paginator import Paginator

# A longer "page" value is no page anyone reaches by a link: it reads as the first page, so a
# listing cached per page number cannot be made to store one copy per made-up value.
MAX_PAGE_DIGITS = 5


def page_number(request):
    """The page asked for, as the listing and its cache key read it."""
    value = request.GET.get("page", "")
    return value if value.isdigit() and len(value) <= MAX_PAGE_DIGITS else "1"


def paginate(request, object_list, per_page):
    return Paginator(object_list, per_page).get_page(page_number(request))
