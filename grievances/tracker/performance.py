"""The mechanism's performance for case staff: a dashboard panel and a CSV export, each over the
cases the user may see (grievances.aftercare.performance defines the figures)."""

import csv

from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from grievances.aftercare.performance import COLUMNS, GROUPINGS, performance
from grievances.cases.access import cases_visible_to, is_case_staff

PANEL_MONTHS = 6


class PerformancePanel(Component):
    name = "case_performance"
    order = 60
    template_name = "grievances/admin/performance_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        rows, overall = performance(cases_visible_to(self.user), by="month")
        return {"overall": overall, "rows": rows[-PANEL_MONTHS:], "groupings": GROUPINGS}


def performance_export(request):
    """The figures by month, federation, topic or channel, as CSV."""
    if not is_case_staff(request.user):
        raise Http404
    by = request.GET.get("by", "month")
    if by not in GROUPINGS:
        raise Http404
    rows, overall = performance(cases_visible_to(request.user), by=by)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="kinerja-per-{by}.csv"'
    response["Cache-Control"] = "no-store"
    writer = csv.writer(response)
    writer.writerow([by, *COLUMNS])
    for label, figures in [*rows, (str(_("all")), overall)]:
        writer.writerow([label, *("" if figures[c] is None else figures[c] for c in COLUMNS)])
    return response
