"""Deadlines in working days: how long a case may stay in each state before it is overdue."""

import datetime

from django.utils import timezone

from grievances.conf import conf

from .states import CASE_STATES, Status


def add_working_days(start, days):
    day = start
    while days > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def working_days_for(status):
    """The state's default from the lifecycle, unless GRIEVANCE_DEADLINE_WORKING_DAYS overrides it."""
    status = Status(status)
    overrides = conf.DEADLINE_WORKING_DAYS
    if status in overrides:
        return overrides[status]
    return CASE_STATES[status].deadline_working_days


def deadline_for(status, start=None):
    days = working_days_for(status)
    if days is None:
        return None
    return add_working_days(start or timezone.now(), days)
