"""The case listing's columns: people by full name, dates in one Indonesian format, local time.

The listing draws 50 rows of 11 cells on every request. Wagtail renders each cell through its own
template, which cost an operator about two thirds of the page; these cells write the same markup
directly (bulk actions, the reference's id for screen readers and the column classes unchanged).
"""

from functools import cache as remember_for_process

from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, Table

from accounts.sidebar import permissions_generation
from grievances.cases.models import Case
from home.cache import remember
from home.models import Federation, Province

# The admin's one date format, "j F Y" and "j F Y H:i" (the same as the case page and the export),
# written directly: Django's date_format parses the format again for each of the 100 dates a page shows.


# What the rows read from the database: the cells below, the reference and the deadline. The
# federation, province and people are not joined in: attach_listed_relations() adds them.
_PERSON = ("first_name", "last_name", "username")
LISTED_FIELDS = (
    "reference",
    "status",
    "employer",
    "deadline",
    "created_at",
    "federation",
    "province",
    "responsible_operator",
    "legal_advisor",
)
# Staff names change rarely and every change replaces the permissions generation; a change the
# signals do not see (a raw SQL update) shows after this long at the latest.
STAFF_SECONDS = 10 * 60
_RELATIONS = {
    name: Case._meta.get_field(name)
    for name in ("federation", "province", "responsible_operator", "legal_advisor")
}


def listed_staff():
    """{id: user} of everyone in a group (the case team), with their names only."""
    key = f"listing-staff:{permissions_generation()}"
    people = cache.get(key)
    if people is None:
        staff = get_user_model().objects.filter(groups__isnull=False).distinct().only(*_PERSON)
        people = {user.pk: user for user in staff}
        cache.set(key, people, STAFF_SECONDS)
    return people


def attach_listed_relations(cases):
    """Give each row its federation, province and assigned people without a join or a model per
    row: the vocabulary from the content generation's cache, the case team from the permissions
    generation's, anyone else (a former member of staff) in one query. Returns the rows."""
    federations = remember("listing-federations", lambda: {row.pk: row for row in Federation.objects.all()})
    provinces = remember("listing-provinces", lambda: {row.pk: row for row in Province.objects.all()})
    people = listed_staff()
    others = {
        user_id
        for case in cases
        for user_id in (case.responsible_operator_id, case.legal_advisor_id)
        if user_id is not None and user_id not in people
    }
    if others:
        former = get_user_model().objects.filter(pk__in=others).only(*_PERSON)
        people = {**people, **{user.pk: user for user in former}}
    known = {
        "federation": federations,
        "province": provinces,
        "responsible_operator": people,
        "legal_advisor": people,
    }
    for case in cases:
        for name, field in _RELATIONS.items():
            related = known[name].get(getattr(case, field.attname))
            if related is not None:  # otherwise left to Django: read when the cell asks
                field.set_cached_value(case, related)
    return cases


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


@remember_for_process
def _choices(field_name, language):
    """A choice field's labels, translated once per language (called with the active one)."""
    return {value: str(text) for value, text in Case._meta.get_field(field_name).flatchoices}


class CaseCell(Column):
    """A text cell, written without a template: `<td>value</td>`, as Wagtail's cell template."""

    def get_value(self, instance):
        # A choice shows its label; Django's get_FOO_display rebuilds the choices for each cell.
        accessor = self.accessor
        if isinstance(accessor, str) and accessor.startswith("get_") and accessor.endswith("_display"):
            field_name = accessor[4:-8]
            value = getattr(instance, field_name)
            return _choices(field_name, get_language()).get(value, value)
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

    # Stands for the case's id in the case page's address, reversed once per listing.
    ID_MARK = "0123456789"

    def __init__(self, *args, url_name, **kwargs):
        super().__init__(*args, **kwargs)
        self.url_name = url_name

    @cached_property
    def url_pattern(self):
        return reverse(self.url_name, args=(self.ID_MARK,))

    def get_url(self, instance):
        return self.url_pattern.replace(self.ID_MARK, str(quote(instance.pk)), 1)

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
