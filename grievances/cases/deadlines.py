"""Deadlines in working days on Indonesia's calendar (grievances.cases.calendar): how long a case
may stay in each state before it is overdue, and the legal clock of its dispute stage."""

from dataclasses import dataclass

from django.utils import timezone

from grievances.conf import conf

from .calendar import WorkingCalendar, stage_clocks
from .states import CASE_STATES, Status


def add_working_days(start, days):
    return WorkingCalendar().add_working_days(start, days)


def working_days_for(status):
    """The state's default from the lifecycle, unless GRIEVANCE_DEADLINE_WORKING_DAYS overrides it.

    The reporter's reply window of a resolved case is GRIEVANCE_VERDICT_REPLY_WORKING_DAYS and
    cannot be switched off: at least one working day."""
    status = Status(status)
    if status == Status.RESOLVED:
        return reply_window_working_days()
    overrides = conf.DEADLINE_WORKING_DAYS
    if status in overrides:
        return overrides[status]
    return CASE_STATES[status].deadline_working_days


def reply_window_working_days():
    return max(1, int(conf.VERDICT_REPLY_WORKING_DAYS or 1))


def deadline_for(status, start=None):
    days = working_days_for(status)
    if days is None:
        return None
    return add_working_days(start or timezone.now(), days)


@dataclass(frozen=True)
class StageClock:
    stage: str
    label: str
    working_days: int
    legal_basis: str
    started_on: object
    expected_on: object
    days_used: int

    @property
    def is_overdue(self):
        return self.expected_on < timezone.localdate()


def dispute_clock(case, calendar=None):
    """The legal clock of the case's dispute stage, or None when no stage (or start) is recorded."""
    if not case.dispute_stage or not case.dispute_stage_started_on:
        return None
    calendar = calendar or WorkingCalendar()
    days, basis = stage_clocks().get(case.dispute_stage, (None, ""))
    if days is None:
        return None
    started = case.dispute_stage_started_on
    return StageClock(
        stage=case.dispute_stage,
        label=case.get_dispute_stage_display(),
        working_days=days,
        legal_basis=basis,
        started_on=started,
        expected_on=calendar.add_working_days(started, days),
        days_used=calendar.working_days_between(started, timezone.localdate()),
    )
