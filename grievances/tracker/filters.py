"""Filters of the admin case listing."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.forms import Select, SelectMultiple
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField, ModelChoiceIterator
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from accounts.sidebar import permissions_generation
from grievances.cases.models import Case
from grievances.cases.states import Status
from home.cache import remember
from home.models import Federation, Province, Topic

from .listing import person

RISKS = {
    "retaliation": Q(risk_retaliation=True),
    "emergency": Q(risk_emergency=True),
    "child_labour": Q(risk_child_labour=True),
    "gbv": Q(risk_gbv=True),
}


# A filter left unset reads "All", not Django's "---------" or "Unknown".
ALL = _("All")
YES_NO = [("true", _("Yes")), ("false", _("No"))]


class QuickSelectMixin:
    """A select list written directly instead of through a template per option: the filters offer
    about a hundred options, and Django's option template made them a tenth of every listing. The
    options of a list of records come escaped from the cache (`ListedChoiceField.escaped_choices`)."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = "\n".join(
            f'<option value="{option}"{" selected" if option in chosen else ""}>{label}</option>'
            for option, label in self.escaped_options()
        )
        attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            attrs["multiple"] = True
        # Every value and label is escaped, the attributes by flatatt.
        return mark_safe(f'<select name="{escape(name)}"{flatatt(attrs)}>\n{options}\n</select>')  # noqa: S308

    def format_value(self, value):
        return [escape(option) for option in super().format_value(value)]

    def escaped_options(self):
        if isinstance(self.choices, ListedChoiceIterator):
            return self.choices.field.escaped_choices()
        return escape_choices(self.choices)


def escape_choices(choices):
    return [(escape(str(value)), escape(str(label))) for value, label in choices]


class QuickSelect(QuickSelectMixin, Select):
    pass


class QuickSelectMultiple(QuickSelectMixin, SelectMultiple):
    pass


class ListedChoiceIterator(ModelChoiceIterator):
    """The options as (id, label) pairs from `ListedChoiceField.listed_choices`. Django reads them
    with queryset.iterator(), which on PostgreSQL opens a server-side cursor: three round trips per
    list, four lists per page."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        yield from self.field.listed_choices()

    def __len__(self):
        extra = (self.field.empty_label is not None) + (self.field.null_label is not None)
        return len(self.field.listed_choices()) + extra


class ListedChoiceField(ModelChoiceField):
    """A choice of records whose options are read once per generation of what they list.

    `listed_as` names the list in the cache; `generation` returns what must change for the list
    to be read again. The vocabulary (federations, topics, provinces) lives in `home`, whose every
    change replaces the content generation that `remember` keys on; staff names and roles change
    the permissions generation (accounts.sidebar). A chosen value is still checked against the
    queryset itself."""

    iterator = ListedChoiceIterator

    def __init__(self, *args, listed_as, generation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.listed_as = listed_as
        self.generation = generation

    def cache_key(self):
        extra = self.generation() if self.generation else ""
        return f"case-filter-options:{self.listed_as}:{extra}:{get_language()}"

    def listed_choices(self):
        return remember(
            self.cache_key(), lambda: [(obj.pk, self.label_from_instance(obj)) for obj in self.queryset.all()]
        )

    def escaped_choices(self):
        """The options as the select writes them: (value, label), each escaped."""
        return remember(self.cache_key() + ":escaped", lambda: escape_choices(self.iterator(self)))


class ListedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ListedChoiceField


class PersonChoiceField(ListedChoiceField):
    def label_from_instance(self, obj):
        return person(obj)


class PersonFilter(ListedChoiceFilter):
    """Staff by full name, as the listing shows them."""

    field_class = PersonChoiceField


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("status"), choices=Status.choices, widget=QuickSelectMultiple
    )
    federation = ListedChoiceFilter(
        label=_("federation"),
        queryset=Federation.objects.all(),
        empty_label=ALL,
        widget=QuickSelect,
        listed_as="federation",
    )
    topic = ListedChoiceFilter(
        label=_("topic"),
        field_name="topics",
        queryset=Topic.objects.all(),
        empty_label=ALL,
        widget=QuickSelect,
        listed_as="topic",
    )
    province = ListedChoiceFilter(
        label=_("province"),
        queryset=Province.objects.all(),
        empty_label=ALL,
        widget=QuickSelect,
        listed_as="province",
    )
    assignee = PersonFilter(
        label=_("assigned to"),
        queryset=get_user_model()
        .objects.filter(is_active=True, groups__name__isnull=False)
        .distinct()
        .order_by("first_name", "last_name", "username"),
        method="filter_assignee",
        empty_label=ALL,
        widget=QuickSelect,
        listed_as="assignee",
        generation=permissions_generation,
    )
    risk = django_filters.ChoiceFilter(
        label=_("risk"),
        choices=[
            ("retaliation", _("fear of retaliation")),
            ("emergency", _("safety or health emergency")),
            ("child_labour", _("child labour")),
            ("gbv", _("sexual harassment or gender-based violence")),
        ],
        method="filter_risk",
        empty_label=ALL,
        widget=QuickSelect,
    )
    overdue = django_filters.ChoiceFilter(
        label=_("overdue"), choices=YES_NO, method="filter_overdue", empty_label=ALL, widget=QuickSelect
    )
    channel = django_filters.ChoiceFilter(
        label=_("channel"), choices=Case.Channel.choices, empty_label=ALL, widget=QuickSelect
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("received"), widget=DateRangePickerWidget)

    class Meta:
        model = Case
        fields = []

    def filter_assignee(self, queryset, name, value):
        return queryset.filter(
            Q(responsible_operator=value) | Q(legal_advisor=value) | Q(handlers=value)
        ).distinct()

    def filter_risk(self, queryset, name, value):
        return queryset.filter(RISKS[value]) if value in RISKS else queryset

    def filter_overdue(self, queryset, name, value):
        overdue = Q(deadline__lt=timezone.now())
        if value == "true":
            return queryset.filter(overdue)
        return queryset.exclude(overdue) if value == "false" else queryset
