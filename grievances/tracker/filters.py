"""Filters of the admin case listing."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.forms import ModelChoiceField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from grievances.cases.models import Case
from grievances.cases.states import Status
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


class PersonChoiceField(ModelChoiceField):
    def label_from_instance(self, obj):
        return person(obj)


class PersonFilter(django_filters.ModelChoiceFilter):
    """Staff by full name, as the listing shows them."""

    field_class = PersonChoiceField


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("status"), choices=Status.choices)
    federation = django_filters.ModelChoiceFilter(
        label=_("federation"), queryset=Federation.objects.all(), empty_label=ALL
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("topic"), field_name="topics", queryset=Topic.objects.all(), empty_label=ALL
    )
    province = django_filters.ModelChoiceFilter(
        label=_("province"), queryset=Province.objects.all(), empty_label=ALL
    )
    assignee = PersonFilter(
        label=_("assigned to"),
        queryset=get_user_model()
        .objects.filter(is_active=True, groups__name__isnull=False)
        .distinct()
        .order_by("first_name", "last_name", "username"),
        method="filter_assignee",
        empty_label=ALL,
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
    )
    overdue = django_filters.ChoiceFilter(
        label=_("overdue"), choices=YES_NO, method="filter_overdue", empty_label=ALL
    )
    channel = django_filters.ChoiceFilter(label=_("channel"), choices=Case.Channel.choices, empty_label=ALL)
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
