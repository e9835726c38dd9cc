"""The case lifecycle as one table: states, transitions, who may take each, what each requires.

Every status change goes through `apply_transition`, which writes the case's timeline entry and
a Wagtail audit-log entry (with no personal data in it). Read TRANSITIONS top to bottom to know
everything a case can go through.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    RECEIVED = "received", _("received")
    VERIFYING = "verifying", _("verifying")
    REJECTED = "rejected", _("cannot be processed")
    HANDLING = "handling", _("handling")
    REFERRED = "referred", _("referred")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")


# States in which a case is still being worked on (its deadline counts).
OPEN_STATES = (Status.RECEIVED, Status.VERIFYING, Status.HANDLING, Status.REFERRED, Status.RESOLVED)

# What the reporter reads on the status page: plain words, nothing internal.
REPORTER_LABELS = {
    Status.RECEIVED: _("Your report has been received. The team will check it soon."),
    Status.VERIFYING: _("The team is checking the facts of your report."),
    Status.REJECTED: _("The team cannot take this report further. See the messages below for why."),
    Status.HANDLING: _("Your case is being handled by the team and a labour-law advisor."),
    Status.REFERRED: _(
        "Your case has been passed to a partner organisation that can help, with your consent."
    ),
    Status.RESOLVED: _("The team considers your case resolved. Tell them below if you disagree."),
    Status.CLOSED: _("Your case is closed."),
}

# Working days each state may last before the case is overdue (None: no deadline).
# GRIEVANCE_DEADLINE_WORKING_DAYS in settings overrides any of them.
DEFAULT_DEADLINE_WORKING_DAYS = {
    Status.RECEIVED: 2,
    Status.VERIFYING: 3,
    Status.REJECTED: None,
    Status.HANDLING: 30,
    Status.REFERRED: 15,
    Status.RESOLVED: 10,  # the reporter's time to confirm or object
    Status.CLOSED: None,
}


def reporter_label(status):
    return REPORTER_LABELS[Status(status)]


def add_working_days(start, days):
    day = start
    while days > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def deadline_for(status, start=None):
    days = {**DEFAULT_DEADLINE_WORKING_DAYS, **getattr(settings, "GRIEVANCE_DEADLINE_WORKING_DAYS", {})}.get(
        Status(status)
    )
    if days is None:
        return None
    return add_working_days(start or timezone.now(), days)


# Roles a user can hold towards one case (see roles_for in grievances.access). REFERRALS is the
# referral module acting on the case's behalf when a referral opens or the last one closes.
OWNER, COORDINATOR, OPERATOR, ADVISOR, REFERRALS = "owner", "coordinator", "operator", "advisor", "referrals"
CASE_STAFF = frozenset({OWNER, COORDINATOR, OPERATOR})


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


def needs_note(case, data):
    if not (data.get("note") or "").strip():
        return _("Write why the case is reopened.")
    return None


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple
    target: Status
    roles: frozenset
    requires: tuple = ()
    # The form fields the transition asks for (see grievances.admin_forms.TransitionForm).
    asks: tuple = ()


TRANSITIONS = (
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
        requires=(needs_handler_and_advisor,),
    ),
    Transition(
        "reject",
        _("Cannot be processed"),
        (Status.RECEIVED, Status.VERIFYING),
        Status.REJECTED,
        roles=CASE_STAFF,
        requires=(needs_reason, needs_duplicate_link_when_duplicate),
        asks=("rejection_reason", "duplicate_of", "reporter_explanation"),
    ),
    Transition(
        "resolve",
        _("Resolve"),
        (Status.HANDLING,),
        Status.RESOLVED,
        roles=CASE_STAFF | {ADVISOR},
        requires=(needs_outcome_and_summary, needs_no_open_referral),
        asks=("outcome", "outcome_summary"),
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
    ),
    Transition(
        "reopen",
        _("Reopen"),
        (Status.REJECTED, Status.RESOLVED, Status.CLOSED),
        Status.HANDLING,
        roles=frozenset({OWNER, COORDINATOR}),
        requires=(needs_note,),
        asks=("note",),
    ),
)
TRANSITIONS_BY_NAME = {transition.name: transition for transition in TRANSITIONS}


class TransitionNotAllowed(PermissionDenied):
    pass


def available_transitions(case, roles):
    """The transitions a user holding `roles` towards this case may take now."""
    return [t for t in TRANSITIONS if case.status in t.sources and roles & t.roles]


def apply_transition(case, name, user, roles, data=None):
    """Take a transition: check who and what, change the case, write the timeline and the audit log.

    Raises TransitionNotAllowed for a transition this user may not take from this state, and
    ValidationError (one message per unmet requirement) when something it requires is missing.
    """
    from wagtail.log_actions import log

    from .models import CaseEvent

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
        if transition.name == "reject":
            case.rejection_reason = data["rejection_reason"]
            case.duplicate_of = data.get("duplicate_of")
        elif transition.name == "resolve":
            case.outcome = data["outcome"]
            case.outcome_summary = data["outcome_summary"].strip()
            case.resolved_at = timezone.now()
        elif transition.name == "close":
            case.closed_at = timezone.now()
        elif transition.name == "reopen":
            case.closed_at = None
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
        if transition.name == "reject":
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.MESSAGE,
                author=user,
                visibility=CaseEvent.Visibility.REPORTER,
                text=data["reporter_explanation"].strip(),
            )
        note = (data.get("note") or "").strip()
        if note:
            CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=note)
        # The audit log names the case by its reference and the states only: no personal data.
        log(
            instance=case,
            action="grievances.transition",
            user=user,
            data={"transition": name, "from": previous, "to": case.status},
        )
    return case
