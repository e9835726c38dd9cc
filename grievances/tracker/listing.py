"""The case listing's columns: people by full name, dates in one Indonesian format, local time.

The listing draws 50 rows of 11 cells on every request. Wagtail renders each cell through its own
template, which cost an operator about two thirds of the page; these cells write the same markup
directly (bulk actions, the reference's id for screen readers and the column classes unchanged).
"""

from functools import cache

from django.contrib.admin.utils import quote
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, Table

from grievances.cases.models import Case

# The admin's one date format, "j F Y" and "j F Y H:i" (the same as the case page and the export),
# written directly: Django's date_format parses the format again for each of the 100 dates a page shows.


# What the rows read from the database: the cells below, the reference and the deadline.
LISTED_RELATIONS = ("federation", "province", "responsible_operator", "legal_advisor")
_PERSON = ("first_name", "last_name", "username")
LISTED_FIELDS = (
    "reference",
    "status",
    "employer",
    "deadline",
    "created_at",
    "federation__short_name",
    "province__name",
    "province__name_en",
    *(f"responsible_operator__{name}" for name in _PERSON),
    *(f"legal_advisor__{name}" for name in _PERSON),
)


def person(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def local_date(value, with_time=False):
    if value is None:
        return ""
    value = timezone.localtime(value)
    date = f"{value.day} {MONTHS[value.month]} {value.year}"
    return f"{date} {value:%H:%M}" if with_time else date


def deadline_text(case):
    if case.deadline is None:
        return "–"
    date = local_date(case.deadline)
    return f"⚠ {date} · {gettext('overdue')}" if case.is_overdue else date


def label(name):
    return capfirst(Case._meta.get_field(name).verbose_name)


@cache
def _choices(field_name):
    return dict(Case._meta.get_field(field_name).flatchoices)


class CaseCell(Column):
    """A text cell, written without a template: `<td>value</td>`, as Wagtail's cell template."""

    def get_value(self, instance):
        # A choice shows its label; Django's get_FOO_display rebuilds the choices for each cell.
        accessor = self.accessor
        if isinstance(accessor, str) and accessor.startswith("get_") and accessor.endswith("_display"):
            field_name = accessor[4:-8]
            value = getattr(instance, field_name)
            return _choices(field_name).get(value, value)
        return super().get_value(instance)

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        text = "" if value is None else str(value)
        if not text.strip():
            text = self.empty_value_display
        if self.classname:
            return mark_safe(f'<td class="{escape(self.classname)}">{conditional_escape(text)}</td>')  # noqa: S308
        return mark_safe(f"<td>{conditional_escape(text)}</td>")  # noqa: S308


class ReferenceCell(Column):
    """The reference, linked to the case page: the one action of a row (every other is on the
    case page, so a row offers no menu of links an advisor may not follow)."""

    def __init__(self, *args, get_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.get_url = get_url

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td class="title"><div class="title-wrapper"><a href="{}"><span id="case_{}_title">{}</span>'
            "</a></div></td>",
            self.get_url(instance),
            quote(instance.pk),
            self.get_value(instance),
        )


class CaseCheckboxCell(BulkActionsCheckboxColumn):
    """The box to tick for the bulk actions, with the attributes Wagtail's script reads."""

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td class="bulk-action-checkbox-cell"><input type="checkbox" data-object-id="{}" '
            'data-bulk-action-checkbox class="bulk-action-checkbox" aria-label="{}" aria-describedby="{}" />'
            "</td>",
            quote(instance.pk),
            gettext("Select"),  # Wagtail's own word for the box ("Pilih"), from its catalogue
            self.get_aria_describedby(instance),
        )


class CaseTable(Table):
    """Wagtail's table with its body written in one pass: Wagtail's template draws each of the 550
    cells through a component tag and each row's attributes through an include."""

    template_name = "grievances/admin/case_table.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["body"] = self.render_body(parent_context)
        return context

    def render_body(self, parent_context):
        columns = list(self.columns.values())
        rows = (
            "<tr{}>{}</tr>".format(
                flatatt(self.get_row_attrs(instance)),
                "".join(column.render_cell_html(instance, parent_context) for column in columns),
            )
            for instance in self.data
        )
        # Each cell is escaped by its column (format_html or a template), the attributes by flatatt.
        return mark_safe("\n".join(rows))  # noqa: S308


def case_columns():
    """The listing's columns after the reference, each header capitalised."""
    return [
        "status",
        CaseCell("unread_count", label=capfirst(_("unread")), sort_key="unread_count"),
        "federation",
        "province",
        "employer",
        CaseCell(
            "responsible_operator",
            label=label("responsible_operator"),
            accessor=lambda case: person(case.responsible_operator),
            sort_key="responsible_operator__first_name",
        ),
        CaseCell(
            "legal_advisor",
            label=label("legal_advisor"),
            accessor=lambda case: person(case.legal_advisor),
            sort_key="legal_advisor__first_name",
        ),
        CaseCell(
            "deadline_state", label=capfirst(_("deadline")), accessor=deadline_text, sort_key="deadline"
        ),
        CaseCell(
            "created_at",
            label=label("created_at"),
            accessor=lambda case: local_date(case.created_at, with_time=True),
            sort_key="created_at",
        ),
    ]
