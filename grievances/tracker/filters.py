"""Filters of the admin case listing."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from grievances.cases.models import Case
from grievances.cases.states import Status
from home.models import Federation, Province, Topic

RISKS = {
    "retaliation": Q(risk_retaliation=True),
    "emergency": Q(risk_emergency=True),
    "child_labour": Q(risk_child_labour=True),
    "gbv": Q(risk_gbv=True),
}


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("status"), choices=Status.choices)
    federation = django_filters.ModelChoiceFilter(label=_("federation"), queryset=Federation.objects.all())
    topic = django_filters.ModelChoiceFilter(
        label=_("topic"), field_name="topics", queryset=Topic.objects.all()
    )
    province = django_filters.ModelChoiceFilter(label=_("province"), queryset=Province.objects.all())
    assignee = django_filters.ModelChoiceFilter(
        label=_("assigned to"),
        queryset=get_user_model().objects.filter(is_active=True, groups__name__isnull=False).distinct(),
        method="filter_assignee",
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
    )
    overdue = django_filters.BooleanFilter(label=_("overdue"), method="filter_overdue")
    channel = django_filters.ChoiceFilter(label=_("channel"), choices=Case.Channel.choices)
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
        return queryset.filter(overdue) if value else queryset.exclude(overdue)
