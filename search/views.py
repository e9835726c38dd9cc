"""The site search page: articles, campaigns, library resources, rights guides and pages in the reader's language."""

from datetime import timedelta

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from articles.models import ArticlePage, CampaignPage
from home.models import Topic
from home.pagination import page_number, paginate
from knowledge.models import LessonIndexPage, LessonPage, ResourcePage, RightsGuidePage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
PERIODS = {"week": 7, "month": 31, "year": 366}


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Your search is too long: use at most %(limit_value)d characters."),
        },
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
        error_messages={"invalid_choice": _("That topic does not exist; showing all topics.")},
    )
    period = forms.ChoiceField(
        label=_("Published"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("week", _("In the past week")),
            ("month", _("In the past month")),
            ("year", _("In the past year")),
        ],
    )


def search(request):
    form = SearchForm(request.GET or None)
    query, topic, period, results = "", None, "", None
    if form.is_bound:
        form.is_valid()
        # A bad topic or period is dropped with a message; the words are still searched.
        cleaned = form.cleaned_data
        query = cleaned.get("q", "").strip() if "q" not in form.errors else ""
        topic = cleaned.get("topic")
        period = cleaned.get("period", "")
    if query:
        # Lessons from cases are for case staff: never in public search, even if their section's
        # privacy restriction were removed by mistake.
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .not_type(LessonIndexPage, LessonPage)
        )
        if topic:
            tagged = list(ArticlePage.objects.filter(topics=topic).values_list("pk", flat=True))
            tagged += CampaignPage.objects.filter(topics=topic).values_list("pk", flat=True)
            tagged += ResourcePage.objects.filter(topics=topic).values_list("pk", flat=True)
            tagged += RightsGuidePage.objects.filter(topic=topic).values_list("pk", flat=True)
            pages = pages.filter(id__in=tagged)
        if period:
            pages = pages.filter(first_published_at__gte=timezone.now() - timedelta(days=PERIODS[period]))
        # Searched only when the results' fragment is drawn: once per content generation and query.
        results = SimpleLazyObject(
            lambda: paginate(request, pages.specific().search(query), RESULTS_PER_PAGE)
        )
    pagination_query = request.GET.copy()
    pagination_query.pop("page", None)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "topic": topic,
            # "In the past week" moves with the calendar: its results are kept for one day at most.
            "period": f"{period}:{timezone.localdate()}" if period else "",
            "results": results,
            "results_page": page_number(request),
            "pagination_query": pagination_query.urlencode(),
        },
    )
