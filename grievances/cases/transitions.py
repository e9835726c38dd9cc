"""How a case and a referral move between their states, as one table each.

Every change of a case's status goes through `apply_transition`, and every change of a referral's
status through `move_referral`. Each transition declares where it may start, where it leads, who
may take it, what it requires, what it asks of the person taking it and what it does besides
changing the status; the two functions only read the table. Read CASE_TRANSITIONS top to bottom
to know everything a case can go through; the states themselves are in grievances.cases.states.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from grievances.conf import conf

from .deadlines import deadline_for
from .followup import ReporterVerdict, RetaliationCheckIn
from .handling import missing_checks
from .models import Case, CaseEvent
from .roles import ADVISOR, CASE_STAFF, COORDINATOR, OWNER, REFERRALS, REPORTER, SYSTEM
from .states import REFERRAL_STATES, ReferralResult, ReferralStatus, Status, reporter_label
from .team_notices import notify_responsible_and_coordinators

# Requirements: each takes (case, data) and returns an error message, or None when satisfied.


def needs_reason(case, data):
    if not data.get("rejection_reason"):
        return _("Choose why the case cannot be processed.")
    if not (data.get("reporter_explanation") or "").strip():
        return _("Write the explanation the reporter will read.")
    return None


def needs_duplicate_link_when_duplicate(case, data):
    if data.get("rejection_reason") == "duplicate":
        original = data.get("duplicate_of")
        if original is None:
            return _("Name the case this one duplicates.")
        if original.pk == case.pk:
            return _("A case cannot duplicate itself.")
    return None


def needs_handler_and_advisor(case, data):
    if case.responsible_operator_id is None:
        return _("Assign a responsible operator before handling starts.")
    if case.legal_advisor_id is None:
        return _("Assign a legal advisor before handling starts.")
    return None


def needs_verification_checklist(case, data):
    missing = missing_checks(case)
    if missing:
        return _("Record the verification checklist first; not yet checked: %(items)s.") % {
            "items": ", ".join(str(label) for label in missing)
        }
    return None


def needs_outcome_and_summary(case, data):
    if not data.get("outcome"):
        return _("Record the outcome.")
    if not (data.get("outcome_summary") or "").strip():
        return _("Write a summary of the outcome.")
    return None


def needs_no_open_referral(case, data):
    if case.has_open_referral():
        return _("A referral is still open: wait for the partner's answer or withdraw it before resolving.")
    return None


def needs_remedy_when_won(case, data):
    if data.get("outcome") in (Case.Outcome.WON, Case.Outcome.PARTLY) and not case.remedies.exists():
        return _("Record at least one remedy (what was promised, by whom, when) before resolving as won.")
    return None


def needs_objection_reason(case, data):
    if not (data.get("reason") or "").strip():
        return _("Tell the team why you disagree.")
    return None


def reply_window_is_over(case):
    return case.deadline is not None and case.deadline <= timezone.now()


def needs_reply_window_over(case, data):
    if not reply_window_is_over(case):
        return _("The reporter's time to confirm or object is not over yet.")
    return None


def needs_no_overdue_remedy(case, data):
    if case.remedies.filter(overdue_since__isnull=False, delivered_on__isnull=True).exists():
        return _("The reporter says a remedy has not arrived after its due date: the team must act first.")
    return None


def needs_verdict_or_silence(case, data):
    confirmed = case.verdicts.filter(
        answer=ReporterVerdict.Answer.CONFIRMED, resolved_at=case.resolved_at
    ).exists()
    if not (confirmed or reply_window_is_over(case)):
        return _(
            "The reporter has not confirmed yet: the case closes when they do, or when their time to answer is over."
        )
    return None


def needs_note(case, data):
    if not (data.get("note") or "").strip():
        return _("Write why the case is reopened.")
    return None


# Effects: each takes (case, data, user). Those in `changes` set fields before the case is saved;
# those in `records` add to the timeline after the status entry.


def record_rejection(case, data, user):
    case.rejection_reason = data["rejection_reason"]
    case.duplicate_of = data.get("duplicate_of")


def record_outcome(case, data, user):
    case.outcome = data["outcome"]
    case.outcome_summary = data["outcome_summary"].strip()
    case.resolved_at = timezone.now()


def stamp_closed(case, data, user):
    case.closed_at = timezone.now()


def clear_closed(case, data, user):
    case.closed_at = None


def record_confirmation(case, data, user):
    ReporterVerdict.objects.create(
        case=case, answer=ReporterVerdict.Answer.CONFIRMED, resolved_at=case.resolved_at
    )


def record_silence(case, data, user):
    ReporterVerdict.objects.create(
        case=case, answer=ReporterVerdict.Answer.SILENT, resolved_at=case.resolved_at
    )


def record_objection(case, data, user):
    reason = data["reason"].strip()
    ReporterVerdict.objects.create(
        case=case, answer=ReporterVerdict.Answer.OBJECTED, reason=reason, resolved_at=case.resolved_at
    )
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.MESSAGE,
        visibility=CaseEvent.Visibility.REPORTER,
        from_reporter=True,
        is_unread=True,
        text=reason,
    )
    notify_responsible_and_coordinators(case)


def schedule_checkins(case, data, user):
    """The retaliation check-ins after closure (GRIEVANCE_RETALIATION_CHECKIN_DAYS)."""
    closed_on = timezone.localdate(case.closed_at)
    for days in conf.RETALIATION_CHECKIN_DAYS:
        RetaliationCheckIn.objects.get_or_create(case=case, due_on=closed_on + timezone.timedelta(days=days))


def cancel_pending_checkins(case, data, user):
    case.checkins.filter(answer="").delete()


def message_explanation_to_reporter(case, data, user):
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.MESSAGE,
        author=user,
        visibility=CaseEvent.Visibility.REPORTER,
        text=data["reporter_explanation"].strip(),
    )


def note_on_timeline(case, data, user):
    note = (data.get("note") or "").strip()
    if note:
        CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=note)


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple
    target: str
    roles: frozenset
    requires: tuple = ()
    # The form fields the transition asks for (grievances.tracker.forms.TransitionForm shows them).
    asks: tuple = ()
    changes: tuple = ()
    records: tuple = ()


CASE_TRANSITIONS = (
    Transition(
        "start_verification",
        _("Start verification"),
        (Status.RECEIVED,),
        Status.VERIFYING,
        roles=CASE_STAFF,
    ),
    Transition(
        "verify",
        _("Verified: start handling"),
        (Status.VERIFYING,),
        Status.HANDLING,
        roles=CASE_STAFF,
        requires=(needs_handler_and_advisor, needs_verification_checklist),
    ),
    Transition(
        "reject",
        _("Cannot be processed"),
        (Status.RECEIVED, Status.VERIFYING),
        Status.REJECTED,
        roles=CASE_STAFF,
        requires=(needs_reason, needs_duplicate_link_when_duplicate),
        asks=("rejection_reason", "duplicate_of", "reporter_explanation"),
        changes=(record_rejection,),
        records=(message_explanation_to_reporter,),
    ),
    Transition(
        "resolve",
        _("Resolve"),
        (Status.HANDLING,),
        Status.RESOLVED,
        roles=CASE_STAFF | {ADVISOR},
        requires=(needs_outcome_and_summary, needs_no_open_referral, needs_remedy_when_won),
        asks=("outcome", "outcome_summary"),
        changes=(record_outcome,),
    ),
    Transition(
        "refer",
        _("Referred to a partner"),
        (Status.HANDLING,),
        Status.REFERRED,
        roles=frozenset({REFERRALS}),
    ),
    Transition(
        "referrals_closed",
        _("All referrals closed: back to handling"),
        (Status.REFERRED,),
        Status.HANDLING,
        roles=frozenset({REFERRALS}),
    ),
    Transition(
        "close",
        _("Close"),
        (Status.RESOLVED,),
        Status.CLOSED,
        roles=frozenset({OWNER, COORDINATOR}),
        requires=(needs_verdict_or_silence,),
        changes=(stamp_closed,),
        records=(schedule_checkins,),
    ),
    # The reporter's verdict, from the status page (grievances.aftercare.verdict).
    Transition(
        "confirm",
        _("The reporter confirms the case is resolved"),
        (Status.RESOLVED,),
        Status.CLOSED,
        roles=frozenset({REPORTER}),
        changes=(stamp_closed,),
        records=(record_confirmation, schedule_checkins),
    ),
    Transition(
        "object",
        _("The reporter objects: back to handling"),
        (Status.RESOLVED,),
        Status.HANDLING,
        roles=frozenset({REPORTER}),
        requires=(needs_objection_reason,),
        records=(record_objection,),
    ),
    Transition(
        "close_after_silence",
        _("No answer within the reply window: closed"),
        (Status.RESOLVED,),
        Status.CLOSED,
        roles=frozenset({SYSTEM}),
        requires=(needs_reply_window_over, needs_no_overdue_remedy),
        changes=(stamp_closed,),
        records=(record_silence, schedule_checkins),
    ),
    Transition(
        "reopen",
        _("Reopen"),
        (Status.REJECTED, Status.RESOLVED, Status.CLOSED),
        Status.HANDLING,
        roles=frozenset({OWNER, COORDINATOR}),
        requires=(needs_note,),
        asks=("note",),
        changes=(clear_closed,),
        records=(note_on_timeline, cancel_pending_checkins),
    ),
)
TRANSITIONS_BY_NAME = {transition.name: transition for transition in CASE_TRANSITIONS}


class TransitionNotAllowed(PermissionDenied):
    pass


def available_transitions(case, roles):
    """The transitions a user holding `roles` towards this case may take now."""
    return [t for t in CASE_TRANSITIONS if case.status in t.sources and roles & t.roles]


def apply_transition(case, name, user, roles, data=None):
    """Take a transition: check who and what, change the case, write the timeline and the audit log.

    Raises TransitionNotAllowed for a transition this user may not take from this state, and
    ValidationError (one message per unmet requirement) when something it requires is missing.
    """
    data = data or {}
    transition = TRANSITIONS_BY_NAME.get(name)
    if transition is None or transition not in available_transitions(case, roles):
        raise TransitionNotAllowed(name)
    errors = [message for requirement in transition.requires if (message := requirement(case, data))]
    if errors:
        raise ValidationError(errors)

    previous = case.status
    with transaction.atomic():
        case.status = transition.target
        case.deadline = deadline_for(transition.target)
        for change in transition.changes:
            change(case, data, user)
        case.save()
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.STATUS,
            author=user,
            visibility=CaseEvent.Visibility.REPORTER,
            text=str(reporter_label(case.status)),
            status_from=previous,
            status_to=case.status,
        )
        for record in transition.records:
            record(case, data, user)
        # The audit log names the case by its reference and the states only: no personal data.
        log(
            instance=case,
            action="grievances.transition",
            user=user,
            data={"transition": name, "from": previous, "to": case.status},
        )
    return case


# Referrals. The partner answers through its link or staff record the answer; only the network
# withdraws. Who may answer at all is checked by grievances.referrals.actions.
PARTNER, NETWORK = "partner", "network"


@dataclass(frozen=True)
class ReferralTransition:
    name: str
    label: str
    sources: tuple
    target: str
    # Who may take it: the partner (through its link) and/or the network's staff.
    by: frozenset
    # Like a case transition's: requirements take (referral, data), changes (referral, data).
    requires: tuple = ()
    changes: tuple = ()


def needs_decline_reason(referral, data):
    if not (data.get("reason") or "").strip():
        return _("Give the reason for declining.")
    return None


def needs_result(referral, data):
    if data.get("result") not in ReferralResult.values:
        return _("Say whether the referral was successful.")
    if not (data.get("reason") or "").strip():
        return _("Describe the result.")
    return None


def record_decline_reason(referral, data):
    referral.decline_reason = data["reason"].strip()


def record_result(referral, data):
    referral.result, referral.result_reason = data["result"], data["reason"].strip()


REFERRAL_TRANSITIONS = (
    ReferralTransition(
        "accept",
        _("We accept this referral"),
        (ReferralStatus.SENT,),
        ReferralStatus.ACCEPTED,
        by=frozenset({PARTNER, NETWORK}),
    ),
    ReferralTransition(
        "decline",
        _("We cannot take this referral"),
        (ReferralStatus.SENT,),
        ReferralStatus.DECLINED,
        by=frozenset({PARTNER, NETWORK}),
        requires=(needs_decline_reason,),
        changes=(record_decline_reason,),
    ),
    ReferralTransition(
        "complete",
        _("We report the outcome"),
        (ReferralStatus.ACCEPTED,),
        ReferralStatus.COMPLETED,
        by=frozenset({PARTNER, NETWORK}),
        requires=(needs_result,),
        changes=(record_result,),
    ),
    ReferralTransition(
        "withdraw",
        _("Withdraw"),
        (ReferralStatus.SENT, ReferralStatus.ACCEPTED),
        ReferralStatus.WITHDRAWN,
        by=frozenset({NETWORK}),
    ),
)
REFERRAL_TRANSITIONS_BY_NAME = {transition.name: transition for transition in REFERRAL_TRANSITIONS}


class ReferralError(Exception):
    """A referral step that cannot be taken; the message says why, for the person taking it."""


def check_referral_step(referral, name, by, data):
    """The transition `name` for this referral, or ReferralError saying why it cannot be taken."""
    transition = REFERRAL_TRANSITIONS_BY_NAME.get(name)
    if transition is None:
        raise ReferralError(_("Unknown answer."))
    if by not in transition.by:
        raise ReferralError(_("Only the network can withdraw a referral."))
    if referral.status not in transition.sources:
        raise ReferralError(_("This referral has already been answered."))
    for requirement in transition.requires:
        message = requirement(referral, data)
        if message:
            raise ReferralError(message)
    return transition


def move_referral(referral, transition, data):
    """Change the referral's status as the table says, stamping the dates its new state carries.
    The caller holds the row lock and writes the timeline and audit entries."""
    now = timezone.now()
    referral.status = transition.target
    for stamp in REFERRAL_STATES[transition.target].stamps:
        setattr(referral, stamp, now)
    for change in transition.changes:
        change(referral, data)
    referral.save()
    return referral
