"""Admin screens for authors, and the articles and campaigns the home page shows."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models.pages import HOME_PAGE_CONTEXT_HOOK

from .models import ArticlePage, Author, CampaignPage, article_listing

LEAD_STORIES = 4
ACTIVE_CAMPAIGNS = 3
TOPIC_SECTIONS = 4
ARTICLES_PER_TOPIC = 3
# How many recent articles the "by topic" sections are drawn from: enough to
# fill them, bounded so the home page costs the same whatever the archive size.
RECENT_POOL = 40


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "reporter_code", "is_protected"]
    list_filter = ["is_protected"]
    search_fields = ["name", "reporter_code"]


register_snippet(AuthorViewSet)


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def home_page_articles(home_page, request, context):
    locale = Locale.get_active()
    recent = list(
        article_listing(ArticlePage.objects.live().public().filter(locale=locale)).order_by("-date", "-pk")[
            :RECENT_POOL
        ]
    )
    lead_stories = list(context.get("lead_stories", []))
    # Chosen lead stories come without their relations: fetch them for all at once.
    prefetch_related_objects(
        [page for page in lead_stories if isinstance(page, ArticlePage)],
        "topics",
        "province",
        "lead_image__renditions",
    )
    prefetch_related_objects(
        [page for page in lead_stories if isinstance(page, CampaignPage)], "lead_image__renditions"
    )
    chosen = {page.pk for page in lead_stories}
    for article in recent:
        if len(lead_stories) >= LEAD_STORIES:
            break
        if article.pk not in chosen:
            lead_stories.append(article)
            chosen.add(article.pk)

    sections = {}
    for article in recent:
        if article.pk in chosen:
            continue
        for topic in article.topics.all():
            bucket = sections.setdefault(topic, [])
            if len(bucket) < ARTICLES_PER_TOPIC and article not in bucket:
                bucket.append(article)
    topic_sections = sorted(sections.items(), key=lambda item: (-len(item[1]), item[0].sort_order))

    campaigns = (
        CampaignPage.objects.live()
        .public()
        .filter(locale=locale, status=CampaignPage.Status.ACTIVE)
        .select_related("lead_image")
        .prefetch_related("lead_image__renditions")
        .order_by("-start_date")[:ACTIVE_CAMPAIGNS]
    )
    return {
        "lead_stories": lead_stories,
        "topic_sections": topic_sections[:TOPIC_SECTIONS],
        "active_campaigns": list(campaigns),
    }
