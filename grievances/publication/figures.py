"""Public case figures: computed ahead of time, rounded and suppressed, read back in one query.

Why no published figure, filter or difference of figures reveals a count below the threshold
------------------------------------------------------------------------------------------------
T is GRIEVANCE_PUBLIC_MIN_COUNT (default 5, grievances/conf.py).

1. Only precomputed tables are published. A refresh (the `refresh_case_figures` command, the
   `refresh_public_case_figures` task, queued after a change of a case; see "When figures are
   recounted" below) counts the cases once and stores only the publishable values in one
   snapshot row. Pages never count cases: a filter
   on the statistics page only chooses which stored table to show, so no combination of filters
   can produce a figure the snapshot does not already hold.

2. Every stored count is rounded to the nearest multiple of T (half up), and every count below T
   is stored as None and shown as "fewer than T". A published value v >= T therefore stands for
   any true count from v - floor(T/2) to v + ceil(T/2) - 1: T possible values.

3. Differencing. A count below T hidden as the difference of two published figures (all cases in
   a province minus those on one topic there; the cases on a topic minus those being handled;
   one table's total minus the sum of its rows) is known only to within +/-(T - 1): every value
   from 0 to T - 1 remains possible when the two figures are equal, and when they differ by T,
   the T - 1 values from 1 to T - 1 remain possible. No exact count below T can be derived,
   which is what complementary suppression would otherwise have to guarantee cell by cell.
   Sums and differences of more figures only widen the range. The raw counts are never stored:
   the snapshot holds the rounded values only, so no template or later code can leak them.

4. Every category is listed. Each table has a row for every province (and one for cases naming
   none), topic, status group and month, with zero published as "fewer than T" like 1 to T - 1:
   a row that appeared only with its first case would tell that "fewer than T" means at least one.
   Sensitive topics (Topic.sensitive: gender-based violence, child labour) have no province table:
   their figures are national only.

5. Over time. Watching the figures before and after one report is differencing in time. The
   figures change at most once a day, at a fixed time (refresh.py), and then count only the
   cases received before that time; so a report changes nothing visible until the next daily
   time, and then it is one of a day's reports, its effect on every row bounded by (3): a row
   below T stays "fewer than T" and a rounded row moves only when the true count crosses a
   rounding boundary, which any of the day's changes could cause.
   (tests/grievances/publication/test_figures_over_time.py)

Tables: the cases received, being handled and resolved per topic (a case counts under each of
its topics); all cases by province, by public status group and by month of receipt over the
last twelve months; and the same province, status and month tables for each topic.
"""

import datetime

from django.db import models
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from grievances.cases.models import Case
from grievances.cases.states import CASE_STATES, PublicGroup, Status
from grievances.conf import conf
from home.cache import content_generation
from home.models import Province, Topic

MONTHS = 12

# Public status groups, as the lifecycle gives each state one (grievances.cases.states).
STATUS_GROUPS = {group.value: group.label for group in PublicGroup}
GROUP_OF_STATUS = {status: state.public_group.value for status, state in CASE_STATES.items()}


def threshold():
    return max(1, int(conf.PUBLIC_MIN_COUNT))


def publishable(count, minimum=None):
    """The value published for a true count: None below the threshold, else rounded to a multiple of it."""
    minimum = minimum or threshold()
    if count < minimum:
        return None
    return (count + minimum // 2) // minimum * minimum


def possible_counts(published, minimum=None):
    """The true counts a published value stands for (what a reader can infer from it)."""
    minimum = minimum or threshold()
    if published is None:
        return range(0, minimum)
    return range(published - minimum // 2, published - minimum // 2 + minimum)


def month_starts(today=None, months=MONTHS):
    first = (today or timezone.localdate()).replace(day=1)
    starts = []
    for _month in range(months):
        starts.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return list(reversed(starts))


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def compute_snapshot(today=None, cutoff=None):
    """Count every case once and return the publishable tables (rounded and suppressed). With a
    cutoff, only the cases received before it are counted (see refresh.py: the daily time)."""
    topic_link = Case.topics.through
    starts = month_starts(today)
    window_start = timezone.make_aware(datetime.datetime.combine(starts[0], datetime.time.min))

    def status_table(rows):
        counts = dict.fromkeys(STATUS_GROUPS, 0)
        for status, count in rows:
            counts[GROUP_OF_STATUS[Status(status)]] += count
        return [{"key": group, "value": publishable(count)} for group, count in counts.items()]

    def month_table(rows):
        counts = dict.fromkeys(starts, 0)
        for month, count in rows:
            month = _as_date(month).replace(day=1)
            if month in counts:
                counts[month] += count
        return [{"month": start.isoformat(), "value": publishable(count)} for start, count in counts.items()]

    provinces = {province.pk: province for province in Province.objects.all()}

    def province_table(rows):
        # Every province, and the row of cases that name none, even at zero: a missing row would
        # tell that "fewer than T" next to a province means at least one.
        counts = dict.fromkeys([*provinces, None], 0)
        for province_id, count in rows:
            counts[province_id] = counts.get(province_id, 0) + count
        table = [
            {
                "name": provinces[pk].name if pk else "",
                "name_en": provinces[pk].name_en if pk else "",
                "value": publishable(count),
            }
            for pk, count in counts.items()
        ]
        return sorted(table, key=lambda row: (row["value"] is None, -(row["value"] or 0), row["name"] or "~"))

    cases = Case.objects.order_by()
    links = topic_link.objects.order_by()
    if cutoff is not None:
        cases = cases.filter(created_at__lt=cutoff)
        links = links.filter(case__created_at__lt=cutoff)
    monthly = (
        cases.filter(created_at__gte=window_start)
        .annotate(month=TruncMonth("created_at"))
        .values_list("month")
        .annotate(count=Count("pk"))
    )
    by_topic_status = links.values_list("topic_id", "case__status").annotate(count=Count("pk"))
    by_topic_province = links.values_list("topic_id", "case__province_id").annotate(count=Count("pk"))
    by_topic_month = (
        links.filter(case__created_at__gte=window_start)
        .annotate(month=TruncMonth("case__created_at"))
        .values_list("topic_id", "month")
        .annotate(count=Count("pk"))
    )

    per_topic = {}
    for topic_id, status, count in by_topic_status:
        per_topic.setdefault(topic_id, {"status": [], "province": [], "month": []})["status"].append(
            (status, count)
        )
    for topic_id, province_id, count in by_topic_province:
        per_topic.setdefault(topic_id, {"status": [], "province": [], "month": []})["province"].append(
            (province_id, count)
        )
    for topic_id, month, count in by_topic_month:
        per_topic.setdefault(topic_id, {"status": [], "province": [], "month": []})["month"].append(
            (month, count)
        )

    topics = []
    for topic in Topic.objects.order_by("sort_order", "name"):
        rows = per_topic.get(topic.pk, {"status": [], "province": [], "month": []})
        grouped = dict.fromkeys(STATUS_GROUPS, 0)
        for status, count in rows["status"]:
            grouped[GROUP_OF_STATUS[Status(status)]] += count
        topics.append(
            {
                "id": topic.pk,
                "slug": topic.slug,
                "name": topic.name,
                "name_en": topic.name_en,
                "received": publishable(sum(grouped.values())),
                "handling": publishable(grouped["handling"]),
                "resolved": publishable(grouped["resolved"]),
                "status": status_table(rows["status"]),
                # Sensitive topics (gender-based violence, child labour) only nationally.
                "province": None if topic.sensitive else province_table(rows["province"]),
                "sensitive": topic.sensitive,
                "month": month_table(rows["month"]),
            }
        )

    return {
        "threshold": threshold(),
        "total": publishable(cases.count()),
        "status": status_table(cases.values_list("status").annotate(count=Count("pk"))),
        "province": province_table(cases.values_list("province_id").annotate(count=Count("pk"))),
        "month": month_table(monthly),
        "topics": topics,
    }


class PublicCaseFigures(models.Model):
    """The latest publishable figures; written by refresh_figures only, read by public pages."""

    computed_at = models.DateTimeField(default=timezone.now)
    data = models.JSONField(default=dict)
    # Set by the first change of a case after computed_at; cleared by the next count.
    stale_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "grievances"
        verbose_name = _("public case figures")
        verbose_name_plural = _("public case figures")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.computed_at:%Y-%m-%d %H:%M}"

    def topic(self, topic):
        for row in self.data.get("topics", []):
            if row["id"] == topic.pk:
                return row
        return None

    def topic_by_slug(self, slug):
        for row in self.data.get("topics", []):
            if row["slug"] == slug:
                return row
        return None


# The figures last read by this process, under the content generation they were read in. A
# recount that changes them starts a new generation (refresh_figures), so what is kept here
# under the current generation is always what the table holds.
_read_figures = {}


def latest_figures(request=None):
    """The stored figures: one query per content generation and process, then read from memory
    (the snapshot is parsed once, not on every page), and remembered on the request."""
    if request is not None and hasattr(request, "_public_case_figures"):
        return request._public_case_figures
    generation = content_generation()
    if generation in _read_figures:
        figures = _read_figures[generation]
    else:
        figures = PublicCaseFigures.objects.order_by("-computed_at").first()
        _read_figures.clear()
        _read_figures[generation] = figures
    if request is not None:
        request._public_case_figures = figures
    return figures
