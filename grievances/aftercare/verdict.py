"""The reporter's verdict on a resolved case: confirm, object with a reason, or stay silent until
the reply window (GRIEVANCE_VERDICT_REPLY_WORKING_DAYS) is over and a task closes the case."""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from grievances.cases.followup import ReporterRating
from grievances.cases.models import Case
from grievances.cases.roles import REPORTER, SYSTEM
from grievances.cases.states import Status
from grievances.cases.transitions import TransitionNotAllowed, apply_transition

logger = logging.getLogger(__name__)


def confirm(case):
    return apply_transition(case, "confirm", None, frozenset({REPORTER}))


def object_to(case, reason):
    return apply_transition(case, "object", None, frozenset({REPORTER}), {"reason": reason})


def silence_closes_on(case):
    """When silence will close this resolved case (the end of the reply window), or None."""
    if case.status != Status.RESOLVED or case.deadline is None:
        return None
    return timezone.localdate(case.deadline)


def save_rating(case, score, comment):
    """The reporter's rating and comment on the handling; a second answer replaces the first."""
    if not score and not comment:
        return None
    rating, _created = ReporterRating.objects.update_or_create(
        case=case, defaults={"score": score, "comment": comment}
    )
    return rating


def close_silent_cases(now=None):
    """Close every resolved case whose reply window is over; safe to run any number of times."""
    now = now or timezone.now()
    closed = 0
    for pk in Case.objects.filter(status=Status.RESOLVED, deadline__lte=now).values_list("pk", flat=True):
        with transaction.atomic():
            case = Case.objects.select_for_update().filter(pk=pk, status=Status.RESOLVED).first()
            if case is None:
                continue
            try:
                apply_transition(case, "close_after_silence", None, frozenset({SYSTEM}))
            except (TransitionNotAllowed, ValidationError):
                logger.info("Case %s stays resolved: not closed after silence", pk)
                continue
        closed += 1
    return closed


@task()
def close_silent_cases_task():
    """Daily (manage.py run_aftercare on the immediate backend): silence closes resolved cases."""
    return close_silent_cases()
