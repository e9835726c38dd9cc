"""Public case figures: computed ahead of time, rounded and suppressed, read back in one query.

Why no published figure, filter or difference of figures reveals a count below the threshold
------------------------------------------------------------------------------------------------
T is settings.GRIEVANCE_PUBLIC_MIN_COUNT (default 5).

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

Tables: the cases received, being handled and resolved per topic (a case counts under each of
its topics); all cases by province, by public status group and by month of receipt over the
last twelve months; and the same province, status and month tables for each topic.

When figures are recounted
--------------------------
A recount reads every case, so a burst of reports must not pay for one each. After a change
commits, the figures are recounted at once only when the stored ones are older than
settings.GRIEVANCE_FIGURES_REFRESH_SECONDS (default 300); otherwise the snapshot is marked
stale. The first change that marks it queues a recount for the end of the interval when the
task backend can defer work (a queue with workers), and `refresh_case_figures --if-stale` from
cron catches the rest under the in-process backend. Rounded to multiples of T, figures a few
minutes old are indistinguishable from fresh ones in almost every case.
"""

import datetime

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from home.cache import bump_content_generation, content_generation

from .lifecycle import Status

MONTHS = 12

# Public status groups: what a reader can understand, and nothing internal.
STATUS_GROUPS = {
    "checking": (Status.RECEIVED, Status.VERIFYING),
    "handling": (Status.HANDLING, Status.REFERRED),
    "resolved": (Status.RESOLVED, Status.CLOSED),
    "not_processed": (Status.REJECTED,),
}
STATUS_GROUP_LABELS = {
    "checking": _("received, being checked"),
    "handling": _("being handled"),
    "resolved": _("resolved"),
    "not_processed": _("could not be processed"),
}
GROUP_OF_STATUS = {status: group for group, statuses in STATUS_GROUPS.items() for status in statuses}


def threshold():
    return max(1, int(getattr(settings, "GRIEVANCE_PUBLIC_MIN_COUNT", 5)))


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


def compute_snapshot(today=None):
    """Count every case once and return the publishable tables (rounded and suppressed)."""
    from home.models import Province, Topic

    from .models import Case

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
        counts = {}
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
    monthly = (
        cases.filter(created_at__gte=window_start)
        .annotate(month=TruncMonth("created_at"))
        .values_list("month")
        .annotate(count=Count("pk"))
    )
    by_topic_status = (
        topic_link.objects.order_by().values_list("topic_id", "case__status").annotate(count=Count("pk"))
    )
    by_topic_province = (
        topic_link.objects.order_by().values_list("topic_id", "case__province_id").annotate(count=Count("pk"))
    )
    by_topic_month = (
        topic_link.objects.order_by()
        .filter(case__created_at__gte=window_start)
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
                "province": province_table(rows["province"]),
                "month": month_table(rows["month"]),
            }
        )

    return {
        "threshold": threshold(),
        "statistics_urls": statistics_urls(),
        "total": publishable(cases.count()),
        "status": status_table(cases.values_list("status").annotate(count=Count("pk"))),
        "province": province_table(cases.values_list("province_id").annotate(count=Count("pk"))),
        "month": month_table(monthly),
        "topics": topics,
    }


def statistics_urls():
    """Where the statistics page lives in each language, so pages can link to it without a query."""
    from .models import CaseStatisticsPage

    urls = {}
    for page in CaseStatisticsPage.objects.live().public().select_related("locale"):
        url = page.get_url()
        if url:
            urls.setdefault(page.locale.language_code, url)
    return urls


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


def refresh_figures(today=None):
    started = timezone.now()
    data = compute_snapshot(today)
    with transaction.atomic():
        # One row, updated in place under a lock, so a change marked stale while the cases were
        # being counted is never lost: the mark survives unless it predates the count.
        figures = PublicCaseFigures.objects.select_for_update().order_by("-computed_at").first()
        if figures is None:
            figures = PublicCaseFigures.objects.create(data=data)
            changed = True
        else:
            PublicCaseFigures.objects.exclude(pk=figures.pk).delete()
            changed = figures.data != data
            figures.data = data
            figures.computed_at = timezone.now()
            if figures.stale_since is not None and figures.stale_since < started:
                figures.stale_since = None
            figures.save()
    if changed:
        # Pages show the figures: stored pages with the old ones must not be served again.
        bump_content_generation()
    if figures.stale_since is not None:
        # A case changed during the count: recount once more after the interval.
        _defer_refresh(figures.computed_at)
    return figures


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


def refresh_interval():
    return datetime.timedelta(seconds=settings.GRIEVANCE_FIGURES_REFRESH_SECONDS)


def _defer_refresh(computed_at):
    """Queue a recount for when the interval ends, if the task backend can hold work until then."""
    from .tasks import refresh_public_case_figures

    if refresh_public_case_figures.get_backend().supports_defer:
        refresh_public_case_figures.using(run_after=computed_at + refresh_interval()).enqueue()


def _refresh_or_mark_stale():
    from .tasks import refresh_public_case_figures

    stored = PublicCaseFigures.objects.order_by("-computed_at").values("pk", "computed_at").first()
    now = timezone.now()
    if stored is None or stored["computed_at"] <= now - refresh_interval():
        refresh_public_case_figures.enqueue()
        return
    marked = PublicCaseFigures.objects.filter(pk=stored["pk"], stale_since__isnull=True).update(
        stale_since=now
    )
    if marked:
        # The first change since the last count; later ones find the mark and the recount queued.
        _defer_refresh(stored["computed_at"])


def schedule_refresh():
    """After the current transaction commits, recount the figures or mark them stale (once,
    however many cases changed in it)."""
    connection = transaction.get_connection()
    pending = getattr(connection, "_case_figures_callback", None)
    if pending is not None and any(entry[1] is pending for entry in connection.run_on_commit):
        return  # already registered in this transaction and not yet run

    def after_commit():
        connection._case_figures_callback = None
        _refresh_or_mark_stale()

    connection._case_figures_callback = after_commit
    transaction.on_commit(after_commit)


def refresh_if_stale():
    """Recount when a change has been marked since the last count; return the figures, or None."""
    if (
        PublicCaseFigures.objects.filter(stale_since__isnull=False).exists()
        or not PublicCaseFigures.objects.exists()
    ):
        return refresh_figures()
    return None


# Charts: geometry computed here, drawn as inline SVG by the template; nothing is loaded.
CHART_WIDTH, LABEL_WIDTH, ROW_HEIGHT = 480, 190, 26
MONTH_CHART_HEIGHT, MONTH_BAR_GAP = 160, 6


def _label(row):
    language = (get_language() or "id").split("-")[0]
    return (row.get("name_en") if language == "en" and row.get("name_en") else row.get("name")) or ""


def svg_number(value):
    """A coordinate for an SVG attribute: always a dot, never the Indonesian decimal comma that
    the template's number formatting would give a float."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def horizontal_chart(rows):
    """rows: [(label, published value or None)] → bars for a horizontal bar chart."""
    highest = max((value for _label_, value in rows if value), default=0) or 1
    bar_area = CHART_WIDTH - LABEL_WIDTH - 50
    bars = []
    for index, (label, value) in enumerate(rows):
        width = bar_area * (value or 0) / highest
        bars.append(
            {
                "label": label,
                "value": value,
                "y": svg_number(index * ROW_HEIGHT),
                "text_y": svg_number(index * ROW_HEIGHT + ROW_HEIGHT * 0.65),
                "x": svg_number(LABEL_WIDTH),
                "width": svg_number(width),
                "value_x": svg_number(LABEL_WIDTH + round(width, 1) + 6),
                "height": svg_number(ROW_HEIGHT - 6),
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": max(len(rows), 1) * ROW_HEIGHT,
        "label_x": LABEL_WIDTH - 8,
    }


def month_chart(rows):
    """rows: [(month label, short label, published value or None)] → bars for a column chart."""
    highest = max((value for _label_, _short, value in rows if value), default=0) or 1
    count = max(len(rows), 1)
    bar_width = (CHART_WIDTH - MONTH_BAR_GAP * (count - 1)) / count
    bars = []
    for index, (label, short, value) in enumerate(rows):
        height = (MONTH_CHART_HEIGHT - 20) * (value or 0) / highest
        x = index * (bar_width + MONTH_BAR_GAP)
        bars.append(
            {
                "label": label,
                "short": short,
                "value": value,
                "x": svg_number(x),
                "center": svg_number(x + bar_width / 2),
                "y": svg_number(MONTH_CHART_HEIGHT - 20 - height),
                "width": svg_number(bar_width),
                "height": svg_number(height),
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": MONTH_CHART_HEIGHT + 18,
        "axis_y": MONTH_CHART_HEIGHT - 20,
    }


def statistics_context(request):
    """What the statistics page shows, chosen from the stored figures: a topic filter only picks
    which stored tables to show (see the module docstring)."""
    figures = latest_figures(request)
    if figures is None:
        return {"figures": None}
    data = figures.data
    slug = (request.GET.get("topik") or "").strip()
    chosen = figures.topic_by_slug(slug) if slug else None
    scope = chosen or data

    def province_label(row):
        return _label(row) or gettext("province not given")

    tables = []
    if chosen is None:
        tables.append(
            {
                "key": "topic",
                "title": gettext("Cases by topic"),
                "rows": [(_label(row), row["received"]) for row in data["topics"]],
                "links": [f"?topik={row['slug']}" for row in data["topics"]],
            }
        )
    tables.append(
        {
            "key": "status",
            "title": gettext("Cases by status"),
            "rows": [(str(STATUS_GROUP_LABELS[row["key"]]), row["value"]) for row in scope["status"]],
        }
    )
    tables.append(
        {
            "key": "province",
            "title": gettext("Cases by province"),
            "rows": [(province_label(row), row["value"]) for row in scope["province"]],
        }
    )
    for table in tables:
        table["chart"] = horizontal_chart(table["rows"])
        links = table.get("links") or [None] * len(table["rows"])
        table["rows_with_links"] = list(zip(table["rows"], links, strict=True))
    months = []
    for row in scope["month"]:
        month = datetime.date.fromisoformat(row["month"])
        months.append((date_format(month, "F Y"), date_format(month, "M"), row["value"]))
    return {
        "figures": figures,
        "minimum": data["threshold"],
        "total": scope["received"] if chosen else data["total"],
        "chosen_topic": chosen and {**chosen, "label": _label(chosen)},
        "unknown_topic": bool(slug) and chosen is None,
        "topic_choices": [(row["slug"], _label(row)) for row in data["topics"]],
        "tables": tables,
        "months": months,
        "month_chart": month_chart(months),
    }
