"""The article editor's panel of cases: those linked to the article and those on its topics."""

from wagtail.admin.ui.components import Component

from grievances.cases.access import cases_visible_to

from .models import CaseArticleLink


class ArticleCasesPanel(Component):
    """In the article editor: the cases linked to the article and the cases on its topics,
    only those this user may see."""

    template_name = "grievances/admin/article_cases_panel.html"
    LIMIT = 10

    def __init__(self, article, user):
        self.article, self.user = article, user

    def get_context_data(self, parent_context):
        visible = cases_visible_to(self.user)
        linked = []
        if self.article.pk:
            linked = list(
                CaseArticleLink.objects.filter(article_id=self.article.pk, case__in=visible)
                .select_related("case", "linked_by")
                .order_by("-linked_at")
            )
        topic_ids = [topic.pk for topic in self.article.topics.all()]
        on_topics = (
            visible.filter(topics__in=topic_ids).exclude(pk__in=[link.case_id for link in linked]).distinct()
            if topic_ids
            else visible.none()
        )
        return {
            "linked": linked,
            "on_topics": on_topics.order_by("-created_at")[: self.LIMIT],
            "on_topics_count": on_topics.count(),
        }
