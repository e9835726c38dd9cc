"""Pagination that never fails: a bad page number gives the first page, one past the end the last."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page):
    return Paginator(object_list, per_page).get_page(request.GET.get("page"))
