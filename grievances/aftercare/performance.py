"""The mechanism's own performance (UNGP principle 31: a source of continuous learning), computed
over a set of cases the caller has already scoped to what its user may see.

Definitions (each over the cases of a group: a federation, a topic, a channel or the month the
case was received):
- first_response_days: median days from receipt to the team's first entry the reporter can see
  (a status change or a message);
- verified_on_time: share of verified cases whose verification (verifying → handling) came within
  the verifying state's deadline in working days, counted from the start of verification;
- median_days_to_resolution: median days from receipt to the (latest) resolution;
- reopen_rate: share of cases ever resolved that went back to handling afterwards (a reopening or
  the reporter's objection);
- remedies_delivered: share of remedies due (due date passed, or delivered) that were delivered
  (recorded by the team or confirmed by the reporter);
- satisfaction: mean of the reporters' ratings (1–5), and how many rated;
- retaliation_reports: check-ins answered with anything but "no".
"""

import statistics
from collections import defaultdict

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from grievances.cases.calendar import WorkingCalendar
from grievances.cases.deadlines import working_days_for
from grievances.cases.followup import RemedyItem, ReporterRating, RetaliationCheckIn
from grievances.cases.models import Case, CaseEvent
from grievances.cases.states import Status

GROUPINGS = {
    "month": _("month received"),
    "federation": _("federation"),
    "topic": _("topic"),
    "channel": _("channel"),
}
COLUMNS = (
    "cases",
    "first_response_days",
    "verified_on_time",
    "median_days_to_resolution",
    "reopen_rate",
    "remedies_delivered",
    "satisfaction",
    "ratings",
    "retaliation_reports",
)
REOPENED_FROM = (Status.RESOLVED, Status.CLOSED)


def _days(start, end):
    return (end - start).total_seconds() / 86400


def case_measures(cases, today=None):
    """{case id: measures} for every case of the queryset."""
    today = today or timezone.localdate()
    calendar = WorkingCalendar()
    verify_days = working_days_for(Status.VERIFYING)
    rows = {
        pk: {"created_at": created, "resolved_at": resolved, "first_response": None, "verified": None}
        for pk, created, resolved in cases.values_list("pk", "created_at", "resolved_at")
    }
    ids = list(rows)
    verification_started = {}
    reopened, ever_resolved = set(), {pk for pk, row in rows.items() if row["resolved_at"]}
    events = (
        CaseEvent.objects.filter(
            case_id__in=ids, from_reporter=False, visibility=CaseEvent.Visibility.REPORTER
        )
        .filter(kind__in=(CaseEvent.Kind.STATUS, CaseEvent.Kind.MESSAGE))
        .order_by("created_at", "pk")
        .values_list("case_id", "kind", "status_from", "status_to", "created_at")
    )
    for case_id, kind, status_from, status_to, created in events:
        row = rows[case_id]
        if row["first_response"] is None:
            row["first_response"] = _days(row["created_at"], created)
        if kind != CaseEvent.Kind.STATUS:
            continue
        if status_to == Status.VERIFYING:
            verification_started.setdefault(case_id, created)
        if status_from == Status.VERIFYING and status_to == Status.HANDLING and row["verified"] is None:
            started = verification_started.get(case_id, row["created_at"])
            row["verified"] = created <= calendar.add_working_days(started, verify_days)
        if status_from in REOPENED_FROM and status_to == Status.HANDLING:
            reopened.add(case_id)
        if status_to == Status.RESOLVED:
            ever_resolved.add(case_id)
    for pk, row in rows.items():
        row["resolution_days"] = _days(row["created_at"], row["resolved_at"]) if row["resolved_at"] else None
        row["ever_resolved"] = pk in ever_resolved
        row["reopened"] = pk in reopened
        row["remedies_due"] = row["remedies_delivered"] = row["retaliation"] = 0
        row["rating"] = None
    for remedy in RemedyItem.objects.filter(case_id__in=ids):
        delivered = remedy.is_delivered
        if delivered or (remedy.due_on is not None and remedy.due_on < today):
            rows[remedy.case_id]["remedies_due"] += 1
            rows[remedy.case_id]["remedies_delivered"] += delivered
    for case_id, score in ReporterRating.objects.filter(case_id__in=ids, score__isnull=False).values_list(
        "case_id", "score"
    ):
        rows[case_id]["rating"] = score
    for case_id in (
        RetaliationCheckIn.objects.filter(case_id__in=ids)
        .exclude(answer__in=("", RetaliationCheckIn.Answer.NO))
        .values_list("case_id", flat=True)
    ):
        rows[case_id]["retaliation"] += 1
    return rows


def _share(part, whole):
    return round(part / whole, 3) if whole else None


def _median(values):
    return round(statistics.median(values), 1) if values else None


def summarise(measures):
    """One row of figures over a list of case measures."""
    first = [m["first_response"] for m in measures if m["first_response"] is not None]
    verified = [m["verified"] for m in measures if m["verified"] is not None]
    resolution = [m["resolution_days"] for m in measures if m["resolution_days"] is not None]
    resolved = [m for m in measures if m["ever_resolved"]]
    ratings = [m["rating"] for m in measures if m["rating"] is not None]
    return {
        "cases": len(measures),
        "first_response_days": _median(first),
        "verified_on_time": _share(sum(verified), len(verified)),
        "median_days_to_resolution": _median(resolution),
        "reopen_rate": _share(sum(m["reopened"] for m in resolved), len(resolved)),
        "remedies_delivered": _share(
            sum(m["remedies_delivered"] for m in measures), sum(m["remedies_due"] for m in measures)
        ),
        "satisfaction": round(statistics.mean(ratings), 2) if ratings else None,
        "ratings": len(ratings),
        "retaliation_reports": sum(m["retaliation"] for m in measures),
    }


def _groups_of(cases, by):
    """{case id: [group label, ...]}: a case with two topics counts under both."""
    if by == "month":
        return {
            pk: [timezone.localtime(created).strftime("%Y-%m")]
            for pk, created in cases.values_list("pk", "created_at")
        }
    if by == "federation":
        return {pk: [name or "–"] for pk, name in cases.values_list("pk", "federation__short_name")}
    if by == "channel":
        labels = dict(Case.Channel.choices)
        return {pk: [str(labels.get(channel, channel))] for pk, channel in cases.values_list("pk", "channel")}
    if by == "topic":
        groups = defaultdict(list)
        for pk, name in cases.values_list("pk", "topics__name"):
            groups[pk].append(name or "–")
        return groups
    raise ValueError(by)


def performance(cases, by="month", today=None):
    """[(group label, figures)] sorted by label, then ("", figures over all of them)."""
    measures = case_measures(cases, today)
    grouped = defaultdict(list)
    for pk, labels in _groups_of(cases, by).items():
        for label in labels:
            grouped[label].append(measures[pk])
    rows = [(label, summarise(grouped[label])) for label in sorted(grouped)]
    return rows, summarise(list(measures.values()))
