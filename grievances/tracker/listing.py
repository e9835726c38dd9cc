"""The case listing's columns: people by full name, dates in one Indonesian format, local time."""

from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from grievances.cases.models import Case

# The admin's one date format (the same as the case page and the export).
DATE, DATE_TIME = "j F Y", "j F Y H:i"


def person(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def local_date(value, with_time=False):
    if value is None:
        return ""
    return formats.date_format(timezone.localtime(value), DATE_TIME if with_time else DATE)


def deadline_text(case):
    if case.deadline is None:
        return "–"
    date = local_date(case.deadline)
    return f"⚠ {date} · {gettext('overdue')}" if case.is_overdue else date


def label(name):
    return capfirst(Case._meta.get_field(name).verbose_name)


def case_columns():
    """The listing's columns after the reference, each header capitalised."""
    return [
        "status",
        Column("unread_count", label=capfirst(_("unread")), sort_key="unread_count"),
        "federation",
        "province",
        "employer",
        Column(
            "responsible_operator",
            label=label("responsible_operator"),
            accessor=lambda case: person(case.responsible_operator),
            sort_key="responsible_operator__first_name",
        ),
        Column(
            "legal_advisor",
            label=label("legal_advisor"),
            accessor=lambda case: person(case.legal_advisor),
            sort_key="legal_advisor__first_name",
        ),
        Column("deadline_state", label=capfirst(_("deadline")), accessor=deadline_text, sort_key="deadline"),
        Column(
            "created_at",
            label=label("created_at"),
            accessor=lambda case: local_date(case.created_at, with_time=True),
            sort_key="created_at",
        ),
    ]
