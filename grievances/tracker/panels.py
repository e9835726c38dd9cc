"""Dashboard panels for case staff, scoped to the cases each user may see."""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from grievances.cases.access import assigned_to, cases_visible_to
from grievances.cases.states import OPEN_STATES, Status
from grievances.publication.charts import svg_number

TREND_MONTHS = 12
CHART_WIDTH, CHART_HEIGHT, BAR_GAP = 480, 160, 6


def monthly_counts(cases, months=TREND_MONTHS, today=None):
    """[(first day of month, count)] for the last `months` months, oldest first, zeros included."""
    today = today or timezone.localdate()
    first = today.replace(day=1)
    starts = []
    for _month in range(months):
        starts.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    starts.reverse()
    counted = {
        row["month"].date() if hasattr(row["month"], "date") else row["month"]: row["count"]
        for row in cases.filter(created_at__date__gte=starts[0])
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(count=Count("pk"))
    }
    return [(start, counted.get(start, 0)) for start in starts]


def bar_chart(points):
    """Bars as SVG geometry, drawn on the server: nothing is loaded from anywhere."""
    highest = max((count for _month, count in points), default=0) or 1
    bar_width = (CHART_WIDTH - BAR_GAP * (len(points) - 1)) / max(len(points), 1)
    bars = []
    for index, (month, count) in enumerate(points):
        height = CHART_HEIGHT * count / highest
        # Coordinates always with a dot: the template's number formatting would write the
        # Indonesian decimal comma, which SVG does not read, and the chart would draw nothing.
        bars.append(
            {
                "x": svg_number(index * (bar_width + BAR_GAP)),
                "y": svg_number(CHART_HEIGHT - height),
                "width": svg_number(bar_width),
                "height": svg_number(height),
                "month": month,
                "count": count,
            }
        )
    return bars


class CaseSummaryPanel(Component):
    name = "case_summary"
    order = 50
    template_name = "grievances/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        cases = cases_visible_to(self.user)
        now = timezone.now()
        trend = monthly_counts(cases)
        return {
            "awaiting_verification": cases.filter(status=Status.RECEIVED).count(),
            "my_open": cases.filter(assigned_to(self.user), status__in=OPEN_STATES).distinct().count(),
            "overdue": cases.filter(status__in=OPEN_STATES, deadline__lt=now).count(),
            "by_status": [
                (Status(row["status"]).label, row["count"])
                for row in cases.values("status").annotate(count=Count("pk")).order_by("status")
            ],
            "by_federation": list(
                cases.values_list("federation__short_name")
                .annotate(count=Count("pk"))
                .order_by("-count")[:10]
            ),
            "by_topic": list(
                cases.values_list("topics__name").annotate(count=Count("pk")).order_by("-count")[:10]
            ),
            "trend": trend,
            "bars": bar_chart(trend),
            "chart_width": CHART_WIDTH,
            "chart_height": CHART_HEIGHT,
            "title": _("Cases"),
        }
