"""The library's filter form: type, topic, year, language and words, each option with its count."""

import hashlib

from django import forms
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from home.cache import remember
from home.models import Topic
from home.pagination import paginate

from .models.resources import ResourceLanguage, ResourceType

RESOURCES_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
# Form field name → the resource field it filters.
FACETS = {"type": "resource_type", "topic": "topics", "year": "year", "language": "resource_language"}


class LibraryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Words"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Your search is too long: use at most %(limit_value)d characters.")},
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        error_messages={"invalid_choice": _("That type does not exist; showing all types.")},
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("That topic does not exist; showing all topics.")},
    )
    year = forms.ChoiceField(
        label=_("Year"),
        required=False,
        error_messages={"invalid_choice": _("There is no resource from that year; showing all years.")},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        error_messages={"invalid_choice": _("That language does not exist; showing all languages.")},
    )

    def set_choices(self, counts):
        """Options with their counts; options that match nothing are kept when chosen."""
        labels = {
            "type": dict(ResourceType.choices),
            "language": dict(ResourceLanguage.choices),
            "topic": {topic.slug: topic.label for topic in Topic.objects.all()},
        }
        empty = {
            "type": _("All types"),
            "topic": _("All topics"),
            "year": _("All years"),
            "language": _("All languages"),
        }
        for name in FACETS:
            if name == "year":
                options = [(str(year), str(year)) for year in sorted(counts["year"], reverse=True)]
            else:
                options = list(labels[name].items())
            self.fields[name].choices = [("", empty[name])] + [
                (value, f"{label} ({counts[name].get(value, 0)})")
                for value, label in options
                if counts[name].get(value) or self.data.get(name) == value or name in ("type", "language")
            ]


def _apply(resources, filters, skip=None):
    for name, value in filters.items():
        if name != skip and value:
            resources = resources.filter(**{FACETS[name] if name != "topic" else "topics__slug": value})
    return resources


def _counts(resources, name):
    field = FACETS[name] if name != "topic" else "topics__slug"
    rows = resources.order_by().values(field).annotate(n=Count("pk", distinct=True))
    return {str(row[field]): row["n"] for row in rows if row[field] is not None}


def library_listing(request, resources):
    """Context for the library page: the form, the filtered resources, and the counts per option."""
    form = LibraryFilterForm(request.GET or None)
    raw = {name: (request.GET.get(name) or "").strip()[:80] for name in FACETS}
    query = (request.GET.get("q") or "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        query = ""
    if query:
        resources = resources.filter(pk__in=[page.pk for page in resources.search(query)])
    known = {
        "type": set(ResourceType.values),
        "language": set(ResourceLanguage.values),
        "topic": remember("topic-slugs", lambda: set(Topic.objects.values_list("slug", flat=True))),
        "year": {str(year) for year in resources.order_by().values_list("year", flat=True).distinct()},
    }
    filters = {name: value for name, value in raw.items() if value in known[name]}
    # Counts for each filter take the other filters into account, not its own; the same for every
    # reader who asks the same, so they are counted once per content generation.
    choice = hashlib.sha256(repr((request.path, query, sorted(filters.items()))).encode()).hexdigest()
    counts = remember(
        f"library-counts:{choice}",
        lambda: {name: _counts(_apply(resources, filters, skip=name), name) for name in FACETS},
    )
    form.set_choices(counts)
    if form.is_bound:
        # Unknown values are dropped with a message beside their field; the rest still apply.
        form.is_valid()
    results = _apply(resources, filters).select_related("document").prefetch_related("topics")
    results = results.order_by("-year", "title").distinct()
    return {
        "form": form,
        "resources": paginate(request, results, RESOURCES_PER_PAGE),
        "query": query,
        "is_filtered": bool(query or any(filters.values())),
        "pagination_query": _without_page(request),
    }


def _without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
