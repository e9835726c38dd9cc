"""Reporters' requests under UU PDP (UU No. 27/2022): access with the processing record, correction,
erasure — each recorded with when it arrived, when and by whom it was handled, and its 3×24-hour
deadline.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_actions
from wagtail.models import ModelLogEntry

from grievances.cases.fields import (
    correctable_fields,
    display_value,
    header,
    reporter_copy_fields,
    shared_facts,
)
from grievances.cases.models import Case, CaseEvent
from grievances.referrals.links import revoke_case_partner_links

from .retention import anonymise_case

# UU PDP art. 32–44: a controller answers an access, correction or erasure request within 3×24 hours.
RESPONSE_TIME = datetime.timedelta(hours=72)


class ReporterRequest(models.Model):
    class Kind(models.TextChoices):
        ACCESS = "access", _("access: a copy of everything held, with its processing record")
        CORRECTION = "correction", _("correction of personal data")
        ERASURE = "erasure", _("erasure of personal data")

    class Verification(models.TextChoices):
        SECRET = "secret", _("showed the case reference and secret")
        CONTACT = "contact", _("confirmed through the contact recorded on the case")
        IN_PERSON = "in_person", _("in person, with an identity document")

    # The case may later be deleted; the reference keeps the record readable.
    case = models.ForeignKey(
        "grievances.Case", on_delete=models.SET_NULL, null=True, related_name="reporter_requests"
    )
    reference = models.CharField(_("reference"), max_length=9)
    kind = models.CharField(_("request"), max_length=12, choices=Kind.choices)
    verification = models.CharField(
        _("how the requester proved to be the reporter"), max_length=12, choices=Verification.choices
    )
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    note = models.TextField(_("what was done"), blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("reporter request")
        verbose_name_plural = _("reporter requests")

    def __str__(self):
        return f"{self.reference} · {self.get_kind_display()}"

    @property
    def deadline(self):
        return self.received_at + RESPONSE_TIME

    @property
    def is_overdue(self):
        """Not handled in time: still open past the deadline, or handled after it."""
        return (self.handled_at or timezone.now()) > self.deadline


def mark_handled(request_record, user, note=""):
    if request_record.handled_at is None:
        request_record.handled_at = timezone.now()
        request_record.handled_by = user
    if note:
        request_record.note = "\n".join(part for part in (request_record.note, note) if part)
    request_record.save()


# Personal data a reporter may ask to correct (UU PDP art. 6, 30): see the catalogue of case fields.
CORRECTABLE_FIELDS = correctable_fields()


LINKS_REVOKED_AFTER_CORRECTION = _(
    "Partner links revoked after a correction at the reporter's request: update the shared facts "
    "and issue a new link if the referral goes on."
)


def correct_case(case, form, user, request_record):
    """Save a correction form; the timeline and the audit log name the fields, never the values."""
    changed = [name for name in form.changed_data if name in CORRECTABLE_FIELDS]
    with transaction.atomic():
        form.save()
        if changed:
            labels = ", ".join(str(Case._meta.get_field(name).verbose_name) for name in changed)
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.NOTE,
                author=user,
                text=_("Corrected at the reporter's request: %(fields)s.") % {"fields": labels},
            )
            log(
                instance=case,
                action="grievances.correction",
                user=user,
                data={"fields": changed, "request": request_record.pk},
            )
            # A partner must not keep reading what the reporter had corrected.
            revoke_case_partner_links(case, user, LINKS_REVOKED_AFTER_CORRECTION)
        mark_handled(request_record, user)
    return changed


def erase_case(case, user, request_record):
    with transaction.atomic():
        files = anonymise_case(case, user=user, reason="reporter_request")
        mark_handled(request_record, user)
    return files


def _when(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _user(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def processing_record(case):
    """Every audit-log entry of the case: who viewed, changed, exported, shared it, and when."""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(case), object_id=str(case.pk)
    ).select_related("user")
    return [
        {
            "at": _when(entry.timestamp),
            "action": str(log_actions.get_action_label(entry.action)),
            "action_code": entry.action,
            "by": entry.user_display_name if entry.user_id else _("the system"),
            "details": entry.data or {},
        }
        for entry in entries.order_by("timestamp", "pk")
    ]


def _reporter_value(case, name):
    """Dates stay machine-readable in the reporter's copy; everything else reads as on screen."""
    value = getattr(case, name)
    if isinstance(value, datetime.date):
        return value
    return display_value(case, name)


def reporter_data(case):
    """Everything held about the reporter of this case, as plain data for JSON and the HTML page."""
    facts = {header(name): _when(_reporter_value(case, name)) for name in reporter_copy_fields()}

    timeline = [
        {
            "at": _when(event.created_at),
            "kind": str(event.get_kind_display()),
            "visible_to_reporter": event.visibility == event.Visibility.REPORTER,
            "from_reporter": event.from_reporter,
            "by": _user(event.author),
            "text": event.text,
            "status": f"{event.get_status_from_display()} → {event.get_status_to_display()}"
            if event.status_to
            else "",
        }
        for event in case.events.select_related("author")
    ]
    attachments = [
        {
            "name": attachment.original_name,
            "kind": attachment.kind,
            "content_type": attachment.content_type,
            "size": attachment.size,
            "sha256_of_original": attachment.original_sha256,
            "added_at": _when(attachment.created_at),
            "from_reporter": attachment.from_reporter,
        }
        for attachment in case.attachments.all()
    ]
    referrals = [
        {
            "partner": referral.partner.name,
            "partner_kind": str(referral.partner.get_kind_display()),
            "sent_at": _when(referral.created_at),
            "status": str(referral.get_status_display()),
            "shared": dict(shared_facts(case, referral.shared_facts)),
            "consent": str(referral.get_consent_method_display()),
            "consent_recorded_at": _when(referral.consent_recorded_at),
            "consent_recorded_by": _user(referral.consent_recorded_by),
            "answered_at": _when(referral.answered_at),
            "closed_at": _when(referral.closed_at),
        }
        for referral in case.referrals.select_related("partner", "consent_recorded_by").order_by("created_at")
    ]
    return {
        "reference": case.reference,
        "case": facts,
        "timeline": timeline,
        "attachments": attachments,
        "referrals": referrals,
        "processing_record": processing_record(case),
    }


def reporter_export(case, user, request_record, export_format):
    """The export handed to the reporter; logged first, so it shows itself in its own record."""
    log(
        instance=case,
        action="grievances.reporter_export",
        user=user,
        data={"format": export_format, "request": request_record.pk},
    )
    return {
        "controller": "JAPBUSI",
        "law": "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi",
        "generated_at": _when(timezone.now()),
        "request": {
            "kind": str(request_record.get_kind_display()),
            "received_at": _when(request_record.received_at),
            "deadline": _when(request_record.deadline),
        },
        "cases": [reporter_data(case)],
    }
