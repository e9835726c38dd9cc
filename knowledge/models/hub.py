"""Topic hubs: one page per topic gathering its articles, campaigns, resources and rights guides."""

from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from articles.models import ArticleIndexPage, ArticlePage, CampaignPage, article_listing
from home.cache import remember
from home.models import Topic

from .guides import RightsGuideIndexPage, RightsGuidePage
from .resources import ResourceIndexPage, ResourcePage

HUB_ARTICLES = 6
HUB_CAMPAIGNS = 3
HUB_RESOURCES = 8


class TopicHubPage(RoutablePageMixin, Page):
    """Every topic the network works on (at its own address), and one hub page per topic below it."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic hub")

    @classmethod
    def topic_path(cls, topic):
        """A topic's part of the address, after the hub's own (no page needed)."""
        return cls.get_resolver().reverse("topic", topic.slug)

    @path("")
    def all_topics(self, request):
        return self.render(request, context_overrides={"topics": Topic.objects.all()})

    @path("<slug:topic_slug>/", name="topic")
    def topic_hub(self, request, topic_slug):
        topic = get_object_or_404(Topic, slug=topic_slug)
        context = self.get_context(request)
        if getattr(request, "is_preview", False):
            context.update(self.hub_content(topic))
        else:
            # The topic's articles, campaigns, resources and guides: gathered once per content generation.
            context.update(remember(f"topic-hub:{self.pk}:{topic.pk}", lambda: self.hub_content(topic)))
        context["topic"] = topic
        return self.render(request, context_overrides=context, template="knowledge/topic_hub.html")

    def hub_content(self, topic):
        locale = self.locale
        articles = article_listing(
            ArticlePage.objects.live().public().filter(locale=locale, topics=topic).order_by("-date", "-pk")
        )[:HUB_ARTICLES]
        campaigns = (
            CampaignPage.objects.live()
            .public()
            .filter(locale=locale, topics=topic)
            .order_by("status_order", "-start_date")[:HUB_CAMPAIGNS]
        )
        resources = (
            ResourcePage.objects.live()
            .public()
            .filter(locale=locale, topics=topic)
            .select_related("document")
            .order_by("-year", "title")[:HUB_RESOURCES]
        )
        guides = RightsGuidePage.objects.live().public().filter(locale=locale, topic=topic).order_by("title")
        article_index = ArticleIndexPage.objects.live().public().filter(locale=locale).first()
        library = ResourceIndexPage.objects.live().public().filter(locale=locale).first()
        return {
            "articles": list(articles),
            "campaigns": list(campaigns),
            "resources": list(resources),
            "guides": list(guides),
            "all_articles_url": (
                article_index.url + article_index.reverse_subpage("topic", args=[topic.slug])
                if article_index
                else ""
            ),
            "library_url": f"{library.url}?topic={topic.slug}" if library else "",
            "guide_index": RightsGuideIndexPage.objects.live().public().filter(locale=locale).first(),
        }

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        for topic in Topic.objects.all():
            urls.append({"location": self.full_url + self.reverse_subpage("topic", args=[topic.slug])})
        return urls
