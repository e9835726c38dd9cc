"""The retaliation watch: check-ins after closure, and the linked case any answer but "no" opens."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from grievances.cases.deadlines import deadline_for
from grievances.cases.followup import RetaliationCheckIn
from grievances.cases.models import Case, CaseEvent
from grievances.cases.team_notices import notify_team

# What the reporter gave us comes along to the linked case: they are the same person, on the same
# matter, and the team needs to reach them. Nothing else is copied.
CARRIED_FIELDS = (
    "channel",
    "identity_mode",
    "reporter_name",
    "phone",
    "email",
    "safe_contact_channel",
    "safe_contact_time",
    "employment_status",
    "gender",
    "job",
    "employer",
    "estate",
    "province_id",
    "regency_id",
    "federation_id",
    "risk_gbv",
    "risk_child_labour",
    "consent_contact",
    "consent_share_with_partners",
    "consent_anonymised_publication",
    "consent_recorded_at",
    "responsible_operator_id",
    "legal_advisor_id",
)


def checkins_waiting(case, today=None):
    """Check-ins whose day has come and that the reporter has not answered."""
    today = today or timezone.localdate()
    return case.checkins.filter(answer="", due_on__lte=today)


def answer_checkin(checkin, answer, details=""):
    """Record the answer; anything but "no" opens a linked retaliation case. Returns that case."""
    answer = RetaliationCheckIn.Answer(answer)
    with transaction.atomic():
        checkin = RetaliationCheckIn.objects.select_for_update().get(pk=checkin.pk)
        if checkin.answer:
            return checkin.retaliation_case
        checkin.answer = answer
        checkin.answered_at = timezone.now()
        case = checkin.case
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            from_reporter=True,
            is_unread=answer != RetaliationCheckIn.Answer.NO,
            text=_("Retaliation since reporting: %(answer)s") % {"answer": answer.label},
        )
        if answer != RetaliationCheckIn.Answer.NO:
            checkin.retaliation_case = open_retaliation_case(case, answer, details)
        checkin.save(update_fields=["answer", "answered_at", "retaliation_case"])
    return checkin.retaliation_case


def open_retaliation_case(original, answer, details=""):
    """A new case for the retaliation: flagged, urgent, with the original team, followed by the
    reporter with the same secret (the status page of the original names its reference)."""
    case = Case(**{name: getattr(original, name) for name in CARRIED_FIELDS})
    case.description = _("Retaliation reported after case %(reference)s: %(answer)s.") % {
        "reference": original.reference,
        "answer": answer.label,
    }
    if details.strip():
        case.description += "\n\n" + details.strip()
    case.risk_retaliation = True
    case.assign_reference_and_secret()
    case.secret_hash = original.secret_hash
    case.deadline = deadline_for(case.status)
    case.save()
    case.topics.set(original.topics.all())
    case.handlers.set(original.handlers.all())
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.CREATED, from_reporter=True)
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.NOTE,
        text=_("Opened from the retaliation check-in of case %(reference)s.")
        % {"reference": original.reference},
    )
    CaseEvent.objects.create(
        case=original,
        kind=CaseEvent.Kind.NOTE,
        text=_("Retaliation reported: linked case %(reference)s opened.") % {"reference": case.reference},
    )
    notify_team(case)
    return case
