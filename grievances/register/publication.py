"""A company's figures for publication, and the article editor's panel that shows them.

Only reports whose reporter consented to anonymised use in publications are counted; sensitive
topics are left out; a count below GRIEVANCE_PUBLIC_MIN_COUNT is shown as "fewer than N", the
others rounded to a multiple of it, as the public figures are. The case team approves a snapshot
(ApprovedCompanyFigures); editors see only that snapshot.
"""

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from grievances.cases.states import Status
from grievances.conf import conf
from home.models import Topic

from .models import ApprovedCompanyFigures
from .normalise import normalise_company
from .patterns import cases_of


def _suppressed(count):
    """As the public figures publish a count: None below the threshold, else rounded to a multiple
    of it (so two approvals a few reports apart cannot be subtracted to single one out)."""
    minimum = max(1, int(conf.PUBLIC_MIN_COUNT))
    if count < minimum:
        return None
    return (count + minimum // 2) // minimum * minimum


def figures_for_publication(company):
    cases = cases_of(company).filter(consent_anonymised_publication=True)
    sensitive = Q(risk_gbv=True) | Q(risk_child_labour=True)
    cases = cases.exclude(sensitive)
    rows = (
        cases.filter(topics__sensitive=False)
        .values("topics")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    counts = {row["topics"]: row["n"] for row in rows if row["topics"]}
    topics = Topic.objects.filter(pk__in=counts).order_by("sort_order", "name")
    years = sorted({moment.year for moment in cases.values_list("created_at", flat=True)})
    return {
        "min_count": conf.PUBLIC_MIN_COUNT,
        "total": _suppressed(cases.count()),
        "resolved": _suppressed(cases.filter(status__in=[Status.RESOLVED, Status.CLOSED]).count()),
        "first_year": years[0] if years else None,
        "last_year": years[-1] if years else None,
        "by_topic": [
            {"topic": topic.name, "topic_en": topic.name_en, "count": _suppressed(counts[topic.pk])}
            for topic in topics
        ],
        "counted_at": timezone.now().isoformat(),
    }


class ArticleCompanyFiguresPanel(Component):
    """In the article editor: approved figures of the companies the article is about (named in
    its title or standfirst, or linked through its cases). Figures only, never a case."""

    template_name = "grievances/admin/register/article_company_figures.html"

    def __init__(self, approved):
        self.approved = approved

    def get_context_data(self, parent_context):
        return {"approved": self.approved}


def approved_figures_for_article(article):
    text = normalise_company(" ".join(filter(None, [article.title, getattr(article, "standfirst", "")])))
    approved = ApprovedCompanyFigures.objects.select_related("company")
    found = []
    linked = set()
    if article.pk:
        linked = set(
            approved.filter(company__case_links__case__article_links__article_id=article.pk).values_list(
                "pk", flat=True
            )
        )
    padded = f" {text} "
    for figures in approved:
        name = figures.company.normalised_name
        if figures.pk in linked or (name and f" {name} " in padded):
            found.append(figures)
    return found
