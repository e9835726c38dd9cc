"""The case listing's columns: people by full name, dates in one Indonesian format, local time.

The listing draws 50 rows of 11 cells on every request. Wagtail renders each cell through its own
template, which cost an operator about two thirds of the page; these cells write the same markup
directly (bulk actions, the reference's id for screen readers and the column classes unchanged).
"""

import html
from functools import cache as remember_for_process

from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.functional import cached_property
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
    date = f"{value.day} {_months(get_language())[value.month]} {value.year}"
    return f"{date} {value.hour:02}:{value.minute:02}" if with_time else date


def deadline_text(case):
    if case.deadline is None:
        return "–"
    date = local_date(case.deadline)
    return f"⚠ {date} · {_overdue(get_language())}" if case.is_overdue else date


@remember_for_process
def _months(language):
    """The months' names, translated once per language (called with the active one)."""
    return {number: str(name) for number, name in MONTHS.items()}


@remember_for_process
def _overdue(language):
    return gettext("overdue")


def _html(text):
    """Django's conditional_escape without its lazy-text wrapper (about 500 calls a page): text
    already marked safe as it is, anything else escaped."""
    return text.__html__() if hasattr(text, "__html__") else html.escape(str(text))


def label(name):
    return capfirst(Case._meta.get_field(name).verbose_name)


@remember_for_process
def _choices(field_name, language):
    """A choice field's labels, translated once per language (called with the active one)."""
    return {value: str(text) for value, text in Case._meta.get_field(field_name).flatchoices}


class CaseCell(Column):
    """A text cell, written without a template: `<td>value</td>`, as Wagtail's cell template.

    Rows that agree on `same_as` (an attribute of the case: a foreign key's id, a choice's value, the
    field itself) show the same cell, drawn once per table body: a page of 50 rows names a handful
    of federations, provinces, statuses and people. Unset, it follows from the accessor when that
    names a field of the case or its `get_FOO_display`."""

    def __init__(self, *args, same_as=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._same_as = same_as

    @cached_property
    def same_as(self):
        if self._same_as is not None or not isinstance(self.accessor, str):
            return self._same_as
        name = self.accessor
        if name.startswith("get_") and name.endswith("_display"):
            name = name[4:-8]
        try:
            return Case._meta.get_field(name).attname
        except FieldDoesNotExist:
            return None

    def get_value(self, instance):
        # A choice shows its label; Django's get_FOO_display rebuilds the choices for each cell.
        accessor = self.accessor
        if isinstance(accessor, str) and accessor.startswith("get_") and accessor.endswith("_display"):
            field_name = accessor[4:-8]
            value = getattr(instance, field_name)
            return _choices(field_name, get_language()).get(value, value)
        if isinstance(accessor, str) and "." not in accessor:
            # Wagtail's multigetattr for one attribute, without its dictionary lookup first.
            value = getattr(instance, accessor, None)
            return value() if callable(value) and not getattr(value, "alters_data", False) else value
        return super().get_value(instance)

    def cell_html(self, instance):
        value = self.get_value(instance)
        text = "" if value is None else str(value)
        if not text.strip():
            text = self.empty_value_display
        if self.classname:
            return f'<td class="{_html(self.classname)}">{_html(text)}</td>'
        return f"<td>{_html(text)}</td>"

    def render_cell_html(self, instance, parent_context):
        return mark_safe(self.cell_html(instance))  # noqa: S308 (escaped in cell_html)

    def writer(self, parent_context):
        """Draws this column's cell for each row of one table body."""
        if self.same_as is None:
            return self.cell_html
        attribute, drawn = self.same_as, {}

        def write(instance):
            key = getattr(instance, attribute)
            if key not in drawn:
                drawn[key] = self.cell_html(instance)
            return drawn[key]

        return write


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

    def cell_html(self, instance):
        key = _html(quote(instance.pk))
        return (
            f'<td class="title"><div class="title-wrapper"><a href="{_html(self.get_url(instance))}">'
            f'<span id="case_{key}_title">{_html(self.get_value(instance))}</span></a></div></td>'
        )

    def render_cell_html(self, instance, parent_context):
        return mark_safe(self.cell_html(instance))  # noqa: S308 (escaped in cell_html)

    def writer(self, parent_context):
        return self.cell_html


class CaseCheckboxCell(BulkActionsCheckboxColumn):
    """The box to tick for the bulk actions, with the attributes Wagtail's script reads."""

    def cell_html(self, instance, box_label):
        key = _html(quote(instance.pk))
        return (
            f'<td class="bulk-action-checkbox-cell"><input type="checkbox" data-object-id="{key}" '
            f'data-bulk-action-checkbox class="bulk-action-checkbox" aria-label="{box_label}" '
            f'aria-describedby="{_html(self.get_aria_describedby(instance))}" /></td>'
        )

    def render_cell_html(self, instance, parent_context):
        return mark_safe(self.cell_html(instance, _html(gettext("Select"))))  # noqa: S308

    def writer(self, parent_context):
        # Wagtail's own word for the box ("Pilih"), from its catalogue: looked up once per body.
        box_label = _html(gettext("Select"))
        return lambda instance: self.cell_html(instance, box_label)


class CaseTable(Table):
    """Wagtail's table with its body written in one pass: Wagtail's template draws each of the 550
    cells through a component tag and each row's attributes through an include."""

    template_name = "grievances/admin/case_table.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["body"] = self.render_body(parent_context)
        # What the column headers are drawn from (CaseIndexView.listing_fragment_key; None while
        # searching): required, so that a table without it cannot share another user's headers.
        context["fragment_key"] = parent_context["listing_fragment_key"]
        return context

    def render_body(self, parent_context):
        writers = [column.writer(parent_context) for column in self.columns.values()]
        rows = []
        for instance in self.data:
            attrs = self.get_row_attrs(instance)
            cells = "".join([write(instance) for write in writers])
            rows.append(f"<tr{flatatt(attrs) if attrs else ''}>{cells}</tr>")
        # Each cell is escaped by its column, the attributes by flatatt.
        return mark_safe("\n".join(rows))  # noqa: S308


def case_columns():
    """The listing's columns after the reference, each header capitalised."""
    return [
        "status",
        CaseCell(
            "unread_count", label=capfirst(_("unread")), sort_key="unread_count", same_as="unread_count"
        ),
        "federation",
        "province",
        "employer",
        CaseCell(
            "responsible_operator",
            label=label("responsible_operator"),
            accessor=lambda case: person(case.responsible_operator),
            same_as="responsible_operator_id",
            sort_key="responsible_operator__first_name",
        ),
        CaseCell(
            "legal_advisor",
            label=label("legal_advisor"),
            accessor=lambda case: person(case.legal_advisor),
            same_as="legal_advisor_id",
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
