"""The public statistics page: the stored figures as tables and charts, a topic filter choosing
which stored tables to show (see grievances.publication.figures)."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .charts import horizontal_chart, month_chart
from .figures import STATUS_GROUPS, latest_figures


def _label(row):
    language = (get_language() or "id").split("-")[0]
    return (row.get("name_en") if language == "en" and row.get("name_en") else row.get("name")) or ""


class CaseStatisticsPage(Page):
    """The public statistics page: cases by topic, province, status and month, drawn from the
    stored figures (rounded, small counts suppressed; see grievances.publication.figures)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case statistics page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(statistics_context(request))
        return context


def statistics_urls():
    """Where the statistics page lives in each language, so pages can link to it without a query."""
    urls = {}
    for page in CaseStatisticsPage.objects.live().public().select_related("locale"):
        url = page.get_url()
        if url:
            urls.setdefault(page.locale.language_code, url)
    return urls


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
            "rows": [(str(STATUS_GROUPS[row["key"]]), row["value"]) for row in scope["status"]],
        }
    )
    if scope.get("province") is not None:
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
        "national_only": bool(chosen and chosen.get("province") is None),
        "topic_choices": [(row["slug"], _label(row)) for row in data["topics"]],
        "tables": tables,
        "months": months,
        "month_chart": month_chart(months),
        "rates": data.get("rates"),
    }
