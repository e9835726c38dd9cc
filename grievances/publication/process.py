"""The public page "Bagaimana laporan Anda ditangani": the stages of a report and their time
limits, generated from the lifecycle table, the working-day calendar and the settings, so it
cannot drift from what the system does."""

import datetime

from django.shortcuts import render
from django.utils import timezone

from grievances.cases.calendar import WorkingCalendar, stage_clocks
from grievances.cases.deadlines import working_days_for
from grievances.cases.models import Case
from grievances.cases.states import CASE_STATES, INITIAL_STATUS, Status
from grievances.cases.transitions import CASE_TRANSITIONS
from grievances.conf import conf

# The order a report usually goes through; every state of the lifecycle is listed (a test checks).
STAGE_ORDER = (
    Status.RECEIVED,
    Status.VERIFYING,
    Status.HANDLING,
    Status.REFERRED,
    Status.RESOLVED,
    Status.CLOSED,
    Status.REJECTED,
)
DAYS_OFF_AHEAD = 365


def stages():
    """[(state, working days, [states it can lead to])] in STAGE_ORDER."""
    targets = {}
    for transition in CASE_TRANSITIONS:
        for source in transition.sources:
            targets.setdefault(source, [])
            if transition.target not in targets[source]:
                targets[source].append(transition.target)
    return [
        {
            "state": CASE_STATES[status],
            "working_days": working_days_for(status),
            "leads_to": [CASE_STATES[target] for target in targets.get(status, [])],
            "is_first": status == INITIAL_STATUS,
        }
        for status in STAGE_ORDER
    ]


def upcoming_days_off(today=None):
    today = today or timezone.localdate()
    calendar = WorkingCalendar()
    days = []
    for offset in range(DAYS_OFF_AHEAD):
        day = today + datetime.timedelta(days=offset)
        if day.weekday() < 5:
            name = calendar.day_off_name(day)
            if name is not None:
                days.append((day, name))
    return days


def handling_process(request):
    clocks = stage_clocks()
    context = {
        "stages": stages(),
        "reply_days": working_days_for(Status.RESOLVED),
        "checkin_days": list(conf.RETALIATION_CHECKIN_DAYS),
        "dispute_clocks": [
            (label, *clocks[stage]) for stage, label in Case.DisputeStage.choices if stage in clocks
        ],
        "days_off": upcoming_days_off(),
        "retention_months": conf.RETENTION_MONTHS,
    }
    return render(request, "grievances/handling_process.html", context)
