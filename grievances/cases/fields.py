"""The catalogue of case fields: one declaration of what each field of a case is and who may read it.

For every field of `Case`: whether it is personal data, what it becomes when the case is
anonymised, whether the reporter may have it corrected, whether the reporter's copy of their data
holds it, whether the staff export holds it (with its Indonesian header and formatted value), which
section of the report form asks it, and which fact shared with a referral partner it belongs to.
The report form, retention, reporters' requests, the CSV/XLSX export, the referral letter, the
partner page and the referral fact choices all read it; a test fails when a field is missing.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import formats, timezone
from django.utils.dates import MONTHS
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .models import Case

KEEP = object()  # anonymising leaves the field as it is


@dataclass(frozen=True)
class CaseField:
    name: str
    # Identifies or describes the reporter, or is free text that may name people.
    personal: bool = False
    # What the field becomes when the case is anonymised (retention, erasure); KEEP leaves it.
    anonymised: object = KEEP
    # The reporter may ask to have it corrected (UU PDP art. 6, 30).
    correctable: bool = False
    # In the copy of their data a reporter receives (UU PDP access request).
    in_reporter_copy: bool = True
    # Its column in the staff's CSV/XLSX export of the case listing (1 first); None: not exported.
    export_column: int | None = None
    # The report form section that asks it (see FORM_GROUPS); None: the form does not ask it.
    form_group: str | None = None
    # What the report form calls it, when that differs from the field's own name.
    question: str | None = None
    question_help: str | None = None
    # The fact shared with a referral partner that carries this field (see SHARED_FACTS).
    shared_as: str | None = None


CATALOGUE = (
    # What happened: the report form asks these in this order.
    CaseField(
        "description",
        personal=True,
        anonymised="",
        correctable=True,
        form_group="what",
        question=_("What happened?"),
        question_help=_("Tell us in your own words: what happened, where, and who is affected."),
        shared_as="description",
    ),
    CaseField("topics", form_group="what", question=_("What is it about?"), shared_as="topics"),
    CaseField(
        "incident_date",
        form_group="what",
        question=_("When did it happen?"),
        question_help=_("An approximate date is fine."),
        shared_as="incident_date",
    ),
    CaseField("incident_date_is_approximate", form_group="what", shared_as="incident_date"),
    CaseField(
        "workers_affected",
        export_column=10,
        form_group="what",
        question=_("How many workers are affected?"),
        shared_as="workers_affected",
    ),
    CaseField(
        "risk_retaliation",
        export_column=11,
        form_group="what",
        question=_("I am afraid of retaliation (for example being dismissed)"),
    ),
    CaseField(
        "risk_emergency",
        export_column=12,
        form_group="what",
        question=_("Someone's safety or health is in danger now"),
    ),
    # The reporter's word that the case is sensitive (issue 21): it is then seen only by named
    # handlers from the moment it is stored, as for a report on a sensitive topic.
    CaseField(
        "risk_gbv",
        export_column=14,
        form_group="what",
        question=_("It involves sexual harassment or sexual violence"),
    ),
    CaseField(
        "risk_child_labour",
        export_column=13,
        form_group="what",
        question=_("It involves a child (under 18) who works or is harmed"),
        question_help=_("If you tick either box, only a few named people in the team will see your report."),
    ),
    # Where.
    CaseField(
        "employer",
        export_column=7,
        form_group="where",
        question=_("Company or employer"),
        shared_as="employer",
    ),
    CaseField(
        "estate",
        personal=True,
        anonymised="",
        export_column=8,
        form_group="where",
        question=_("Estate, plantation or mill"),
        shared_as="estate",
    ),
    CaseField("province", export_column=5, form_group="where", question=_("Province"), shared_as="place"),
    CaseField(
        "regency", export_column=6, form_group="where", question=_("Regency or city"), shared_as="place"
    ),
    CaseField("federation", export_column=4, form_group="where", question=_("Your union federation")),
    # The reporter's work.
    CaseField(
        "employment_status",
        correctable=True,
        export_column=9,
        form_group="work",
        shared_as="employment_status",
    ),
    CaseField("job", personal=True, anonymised="", correctable=True, form_group="work"),
    CaseField("gender", correctable=True, form_group="work"),
    # Who the reporter is, and how to reach them safely.
    CaseField(
        "identity_mode",
        correctable=True,
        form_group="who",
        question=_("Do you want to give your name?"),
    ),
    CaseField(
        "reporter_name",
        personal=True,
        anonymised="",
        correctable=True,
        form_group="who",
        question=_("Your name"),
        shared_as="reporter_name",
    ),
    CaseField(
        "phone",
        personal=True,
        anonymised="",
        correctable=True,
        form_group="who",
        question=_("Phone or WhatsApp number"),
        shared_as="reporter_contact",
    ),
    CaseField(
        "email",
        personal=True,
        anonymised="",
        correctable=True,
        form_group="who",
        shared_as="reporter_contact",
    ),
    CaseField(
        "safe_contact_channel",
        personal=True,
        anonymised="",
        correctable=True,
        form_group="who",
        question=_("The safe way to contact you"),
    ),
    CaseField(
        "safe_contact_time",
        personal=True,
        anonymised="",
        correctable=True,
        form_group="who",
        question=_("When is it safe to contact you?"),
        question_help=_("For example: after 5 pm, not on Sundays."),
    ),
    # Consents, each for one purpose.
    CaseField("consent_contact", correctable=True, form_group="consent"),
    CaseField("consent_share_with_partners", correctable=True, form_group="consent"),
    CaseField("consent_anonymised_publication", correctable=True, form_group="consent"),
    CaseField("consent_recorded_at"),
    # Kept by the case team; the form does not ask them.
    CaseField("reference", export_column=1),
    CaseField("status", export_column=2),
    CaseField("channel", export_column=3),
    CaseField("responsible_operator", export_column=15),
    CaseField("legal_advisor", export_column=16),
    CaseField("handlers", in_reporter_copy=False),
    CaseField("deadline", export_column=17, in_reporter_copy=False),
    CaseField("dispute_stage"),
    CaseField("dispute_stage_started_on"),
    CaseField("rejection_reason"),
    CaseField("duplicate_of", in_reporter_copy=False),
    CaseField("group", in_reporter_copy=False),
    CaseField("outcome"),
    CaseField("outcome_summary", personal=True, anonymised=""),
    CaseField("resolved_at"),
    CaseField("closed_at"),
    CaseField("anonymised_at"),
    CaseField("created_by", in_reporter_copy=False),
    CaseField("created_at", export_column=18),
    CaseField("updated_at", in_reporter_copy=False),
    # Never shown to anyone: the row's number, the secret's hash, the form's replay token.
    CaseField("id", in_reporter_copy=False),
    CaseField("secret_hash", in_reporter_copy=False),
    CaseField("submission_token", anonymised=None, in_reporter_copy=False),
    # WhatsApp and SMS: the sender's number, encrypted, and its keyed hash. Never exported nor
    # shared; shown to staff only for a named or confidential reporter who consented to contact.
    CaseField("sender_number", personal=True, anonymised="", in_reporter_copy=False),
    CaseField("sender_key", personal=True, anonymised="", in_reporter_copy=False),
)
FIELDS = {entry.name: entry for entry in CATALOGUE}


@dataclass(frozen=True)
class FormGroup:
    key: str
    heading: str


# The sections of the report form, in order; each asks the catalogue's fields of its group.
FORM_GROUPS = (
    FormGroup("what", _("1. What happened")),
    FormGroup("where", _("2. Where")),
    FormGroup("work", _("3. Your work (optional)")),
    FormGroup("who", _("4. Who you are (optional)")),
    FormGroup("consent", _("5. Your permission")),
)


def report_form_fields():
    """The fields the report form asks, section by section."""
    order = [group.key for group in FORM_GROUPS]
    asked = [entry for entry in CATALOGUE if entry.form_group]
    return [entry.name for entry in sorted(asked, key=lambda entry: order.index(entry.form_group))]


def anonymised_values():
    """{field: value} of every field anonymising wipes."""
    return {entry.name: entry.anonymised for entry in CATALOGUE if entry.anonymised is not KEEP}


def correctable_fields():
    return [entry.name for entry in CATALOGUE if entry.correctable]


def exported_fields():
    exported = [entry for entry in CATALOGUE if entry.export_column is not None]
    return [entry.name for entry in sorted(exported, key=lambda entry: entry.export_column)]


def reporter_copy_fields():
    return [entry.name for entry in CATALOGUE if entry.in_reporter_copy]


def header(name):
    """A field's column header: its name, in the active language, capitalised."""
    return capfirst(str(Case._meta.get_field(name).verbose_name))


def _person(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def display_value(case, name):
    """A field's value as people read it, in the active language: labels of choices, yes/no,
    local dates, names of related records, lists joined by commas; "" when empty."""
    field = Case._meta.get_field(name)
    is_people = field.is_relation and field.related_model is get_user_model()
    if field.many_to_many:
        return ", ".join(_person(item) if is_people else str(item) for item in getattr(case, name).all())
    value = getattr(case, name)
    if value is None or value == "":
        return ""
    if field.choices:
        return str(getattr(case, f"get_{name}_display")())
    if isinstance(value, bool):
        return capfirst(gettext("yes") if value else gettext("no"))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "j F Y H:i")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "j F Y")
    if is_people:
        return _person(value)
    return str(value)


def value_readers(names):
    """For many cases at once (the export): each field's display_value as a function of the case,
    with choice labels, yes/no, month names and the time zone looked up once, in the active
    language, and each related record's name worked out once. Every reader returns exactly the
    text display_value returns; the per-cell lookups cost more than reading the rows."""
    months = {number: str(name) for number, name in MONTHS.items()}
    zone = timezone.get_current_timezone()
    yes, no = capfirst(gettext("yes")), capfirst(gettext("no"))
    return [_reader(name, months, zone, yes, no) for name in names]


def _reader(name, months, zone, yes, no):
    field = Case._meta.get_field(name)
    is_people = field.is_relation and field.related_model is get_user_model()
    if field.many_to_many:
        return lambda case: display_value(case, name)
    if field.is_relation:
        names = {}

        def related(case):
            key = getattr(case, field.attname)
            if key is None:
                return ""
            if key not in names:
                value = getattr(case, name)
                names[key] = _person(value) if is_people else str(value)
            return names[key]

        return related
    labels = {value: str(label) for value, label in field.flatchoices} if field.choices else None

    def read(case):
        value = getattr(case, name)
        if value is None or value == "":
            return ""
        if labels is not None:
            return labels.get(value, str(value))
        if isinstance(value, bool):
            return yes if value else no
        if isinstance(value, datetime.datetime):
            # formats.date_format(timezone.localtime(value), "j F Y H:i"), without its per-call lookups.
            local = value.astimezone(zone)
            return f"{local.day} {months[local.month]} {local.year:04d} {local.hour:02d}:{local.minute:02d}"
        if isinstance(value, datetime.date):
            return f"{value.day} {months[value.month]} {value.year:04d}"
        return str(value)

    return read


@dataclass(frozen=True)
class SharedFact:
    """A fact a referral may carry: what the partner reads it as, and its value from the case."""

    key: str
    label: str
    value: object  # (case) -> str, in the active language
    # Identifies the reporter: shareable only for a reporter who gave it (see grievances.referrals).
    identity: bool = False

    @property
    def fields(self):
        return [entry.name for entry in CATALOGUE if entry.shared_as == self.key]


def _incident_date(case):
    if not case.incident_date:
        return ""
    date = display_value(case, "incident_date")
    return gettext("%(date)s (approximate)") % {"date": date} if case.incident_date_is_approximate else date


def _place(case):
    return ", ".join(
        part for part in (display_value(case, "province"), display_value(case, "regency")) if part
    )


def _workers_affected(case):
    count = case.workers_affected
    if count is None:
        return ""
    return ngettext("%(count)d worker", "%(count)d workers", count) % {"count": count}


def _contact(case):
    parts = [
        gettext("Phone/WhatsApp: %(phone)s") % {"phone": case.phone} if case.phone else "",
        gettext("Email: %(email)s") % {"email": case.email} if case.email else "",
    ]
    return "\n".join(part for part in parts if part)


# In the order a letter and a partner page list them.
SHARED_FACTS = {
    fact.key: fact
    for fact in (
        SharedFact("description", _("what happened"), lambda case: case.description),
        SharedFact("topics", _("topics"), lambda case: display_value(case, "topics")),
        SharedFact("incident_date", _("when it happened"), _incident_date),
        SharedFact("employer", _("employer or company"), lambda case: case.employer),
        SharedFact("estate", _("estate or plantation"), lambda case: case.estate),
        SharedFact("place", _("province and regency"), _place),
        SharedFact("workers_affected", _("workers affected"), _workers_affected),
        SharedFact(
            "employment_status", _("employment status"), lambda case: display_value(case, "employment_status")
        ),
        SharedFact("reporter_name", _("reporter's name"), lambda case: case.reporter_name, identity=True),
        SharedFact("reporter_contact", _("reporter's phone and email"), _contact, identity=True),
    )
}
NOT_GIVEN = _("(not given)")
# Minimal by default: what a partner needs to judge whether it can help, nothing about who.
DEFAULT_SHARED_FACTS = ["description", "topics", "place"]


def shared_facts(case, keys):
    """[(label, value)] of the given facts of a case, in the catalogue's order, in the active
    language; keys the catalogue does not know are left out, as there is no telling what they hold."""
    wanted = set(keys or ())
    return [
        (capfirst(str(fact.label)), fact.value(case) or str(NOT_GIVEN))
        for key, fact in SHARED_FACTS.items()
        if key in wanted
    ]
