"""The states of a case and of a referral, each a record: what staff, reporters and the public read.

Read this beside grievances/cases/transitions.py, which says how a case or referral moves between
these states. A test fails when a state lacks a record here.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    RECEIVED = "received", _("received")
    VERIFYING = "verifying", _("verifying")
    REJECTED = "rejected", _("cannot be processed")
    HANDLING = "handling", _("handling")
    REFERRED = "referred", _("referred")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")


# Public status groups: what a reader of the statistics page can understand, nothing internal.
class PublicGroup(models.TextChoices):
    CHECKING = "checking", _("received, being checked")
    HANDLING = "handling", _("being handled")
    RESOLVED = "resolved", _("resolved")
    NOT_PROCESSED = "not_processed", _("could not be processed")


@dataclass(frozen=True)
class CaseState:
    status: Status
    # What the reporter reads on the status page: plain words, nothing internal.
    reporter_label: str
    public_group: PublicGroup
    # Working days the case may stay in this state before it is overdue (None: no deadline);
    # GRIEVANCE_DEADLINE_WORKING_DAYS overrides any of them.
    deadline_working_days: int | None
    # Still being worked on: its deadline counts and it appears among open cases.
    is_open: bool

    @property
    def label(self):
        return self.status.label


CASE_STATES = {
    state.status: state
    for state in (
        CaseState(
            Status.RECEIVED,
            _("Your report has been received. The team will check it soon."),
            PublicGroup.CHECKING,
            deadline_working_days=2,
            is_open=True,
        ),
        CaseState(
            Status.VERIFYING,
            _("The team is checking the facts of your report."),
            PublicGroup.CHECKING,
            deadline_working_days=3,
            is_open=True,
        ),
        CaseState(
            Status.REJECTED,
            _("The team cannot take this report further. See the messages below for why."),
            PublicGroup.NOT_PROCESSED,
            deadline_working_days=None,
            is_open=False,
        ),
        CaseState(
            Status.HANDLING,
            _("Your case is being handled by the team and a labour-law advisor."),
            PublicGroup.HANDLING,
            deadline_working_days=30,
            is_open=True,
        ),
        CaseState(
            Status.REFERRED,
            _("Your case has been passed to a partner organisation that can help, with your consent."),
            PublicGroup.HANDLING,
            deadline_working_days=15,
            is_open=True,
        ),
        CaseState(
            Status.RESOLVED,
            _("The team considers your case resolved. Tell them below if you disagree."),
            PublicGroup.RESOLVED,
            # The reporter's time to confirm or object.
            deadline_working_days=10,
            is_open=True,
        ),
        CaseState(
            Status.CLOSED,
            _("Your case is closed."),
            PublicGroup.RESOLVED,
            deadline_working_days=None,
            is_open=False,
        ),
    )
}
INITIAL_STATUS = Status.RECEIVED
OPEN_STATES = tuple(status for status, state in CASE_STATES.items() if state.is_open)


def case_state(status):
    return CASE_STATES[Status(status)]


def reporter_label(status):
    return case_state(status).reporter_label


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("sent")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    COMPLETED = "completed", _("completed")
    WITHDRAWN = "withdrawn", _("withdrawn")


class ReferralResult(models.TextChoices):
    SUCCESSFUL = "successful", _("successful")
    UNSUCCESSFUL = "unsuccessful", _("unsuccessful")


@dataclass(frozen=True)
class ReferralState:
    status: ReferralStatus
    # Open: the partner may still answer, and the case stays referred.
    is_open: bool
    # The partner's answer, or the network's, is the last word: nothing leaves this state.
    is_final: bool
    # Stamped on the referral when it enters this state.
    stamps: tuple = ()


REFERRAL_STATES = {
    state.status: state
    for state in (
        ReferralState(ReferralStatus.SENT, is_open=True, is_final=False),
        ReferralState(ReferralStatus.ACCEPTED, is_open=True, is_final=False, stamps=("answered_at",)),
        ReferralState(
            ReferralStatus.DECLINED, is_open=False, is_final=True, stamps=("answered_at", "closed_at")
        ),
        ReferralState(ReferralStatus.COMPLETED, is_open=False, is_final=True, stamps=("closed_at",)),
        ReferralState(ReferralStatus.WITHDRAWN, is_open=False, is_final=True, stamps=("closed_at",)),
    )
}
REFERRAL_INITIAL_STATUS = ReferralStatus.SENT
REFERRAL_OPEN_STATES = tuple(status for status, state in REFERRAL_STATES.items() if state.is_open)
