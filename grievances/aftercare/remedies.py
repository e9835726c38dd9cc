"""Remedies the reporter was promised: their answer per item, and the alarm when one has not
arrived after its due date (the case becomes overdue and the team is told, without content)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from grievances.cases.followup import RemedyItem
from grievances.cases.models import CaseEvent
from grievances.cases.team_notices import notify_team


def record_reporter_answer(remedy, answer):
    """The reporter says a remedy was received or not; "not received" past its due date alarms."""
    answer = RemedyItem.ReporterAnswer(answer)
    with transaction.atomic():
        remedy.reporter_answer = answer
        remedy.reporter_answered_at = timezone.now()
        remedy.save(update_fields=["reporter_answer", "reporter_answered_at"])
        CaseEvent.objects.create(
            case=remedy.case,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            from_reporter=True,
            is_unread=True,
            text=_("%(remedy)s: %(answer)s") % {"remedy": remedy.get_kind_display(), "answer": answer.label},
        )
        if answer == RemedyItem.ReporterAnswer.NOT_RECEIVED and is_past_due(remedy):
            flag_overdue(remedy)
    return remedy


def is_past_due(remedy, today=None):
    return remedy.due_on is not None and remedy.due_on < (today or timezone.localdate())


def flag_overdue(remedy):
    """Mark the case overdue (its deadline is now) and tell the team, once per remedy."""
    if remedy.overdue_since is not None or remedy.delivered_on is not None:
        return False
    now = timezone.now()
    remedy.overdue_since = now
    remedy.save(update_fields=["overdue_since"])
    case = remedy.case
    if case.deadline is None or case.deadline > now:
        case.deadline = now
        case.save(update_fields=["deadline", "updated_at"])
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.NOTE,
        text=_("The reporter has not received “%(remedy)s”, due on %(date)s: the case is overdue.")
        % {"remedy": remedy.get_kind_display(), "date": remedy.due_on.isoformat()},
    )
    notify_team(case)
    return True


def flag_overdue_remedies(today=None):
    """Remedies the reporter said had not arrived whose due date has since passed."""
    today = today or timezone.localdate()
    waiting = RemedyItem.objects.filter(
        reporter_answer=RemedyItem.ReporterAnswer.NOT_RECEIVED,
        due_on__lt=today,
        overdue_since__isnull=True,
        delivered_on__isnull=True,
    ).select_related("case")
    return sum(flag_overdue(remedy) for remedy in waiting)


@task()
def flag_overdue_remedies_task():
    return flag_overdue_remedies()
