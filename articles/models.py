"""Article and campaign pages, their indexes, and the authors who sign them."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseBodyBlock
from home.cache import remember
from home.models import Topic
from home.pagination import page_number, paginate
from home.panels import HookPanel

from .blocks import ArticleBodyBlock

ARTICLES_PER_PAGE = 12
# Functions registered for this hook receive (article, request) and return an admin component to
# show in the article editor, or None; grievances shows the cases linked to the article this way.
ARTICLE_EDITOR_PANEL_HOOK = "article_editor_panel"


class Author(index.Indexed, models.Model):
    """Who signs an article: a named writer, or a reporter code that protects the reporter."""

    name = models.CharField(_("name"), max_length=120)
    reporter_code = models.CharField(
        _("reporter code"),
        max_length=20,
        unique=True,
        help_text=_("A short code such as KTG-03, shown instead of the name when the author is protected."),
    )
    is_protected = models.BooleanField(
        _("show only the reporter code"),
        default=False,
        help_text=_("For reporters who could face retaliation: readers see the code, never the name."),
    )
    bio = models.TextField(_("short biography (Indonesian)"), blank=True, max_length=500)
    bio_en = models.TextField(_("short biography (English)"), blank=True, max_length=500)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("reporter_code")]),
        FieldPanel("is_protected"),
        FieldPanel("bio"),
        FieldPanel("bio_en"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("reporter_code")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.byline

    @property
    def byline(self):
        return self.reporter_code if self.is_protected else self.name


def topic_by_slug(slug):
    """The topic a listing is about, read once per content generation (404 when there is none)."""
    topic = remember(f"topic:{slug}", lambda: Topic.objects.filter(slug=slug).first())
    if topic is None:
        raise Http404
    return topic


def article_listing(queryset):
    """The related rows every article listing shows, fetched in a fixed number of queries."""
    return queryset.select_related("lead_image", "province").prefetch_related(
        "topics", "lead_image__renditions"
    )


class ArticleIndexPage(RoutablePageMixin, Page):
    """The news section: all articles, by topic or tag, with RSS feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("article index")

    def articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-date", "-first_published_at", "-pk")
        )

    def _listing(self, request, articles, **extra):
        context = self.get_context(request)
        # Read only when the listing's fragment is drawn: once per content generation and page.
        context["articles"] = SimpleLazyObject(
            lambda: paginate(request, article_listing(articles), ARTICLES_PER_PAGE)
        )
        context["listing_page"] = page_number(request)
        context.update(extra)
        return self.render(request, context_overrides=context)

    @path("")
    def all_articles(self, request):
        return self._listing(request, self.articles())

    @path("topik/<slug:topic_slug>/", name="topic")
    def topic_articles(self, request, topic_slug):
        topic = topic_by_slug(topic_slug)
        return self._listing(request, self.articles().filter(topics=topic), topic=topic)

    @path("tag/<slug:tag_slug>/", name="tag")
    def tag_articles(self, request, tag_slug):
        tag = get_object_or_404(Tag, slug=tag_slug)
        return self._listing(request, self.articles().filter(tags=tag), tag=tag)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import ArticleFeed

        return ArticleFeed(self)(request)

    @path("topik/<slug:topic_slug>/feed/", name="topic_feed")
    def topic_feed(self, request, topic_slug):
        from .feeds import ArticleFeed

        topic = get_object_or_404(Topic, slug=topic_slug)
        return ArticleFeed(self, topic=topic)(request)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        topics_in_use = Topic.objects.filter(articles__in=self.articles()).distinct()
        for topic in topics_in_use:
            urls.append({"location": self.full_url + self.reverse_subpage("topic", args=[topic.slug])})
        return urls


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(Page):
    standfirst = models.TextField(
        _("standfirst"), max_length=300, help_text=_("One or two sentences under the title.")
    )
    date = models.DateField(_("publication date"), default=timezone.localdate)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead_image_caption = models.CharField(_("lead image caption"), max_length=250, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    authors = ParentalManyToManyField(Author, blank=True, related_name="articles", verbose_name=_("authors"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="articles", verbose_name=_("topics"))
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    province = models.ForeignKey(
        "home.Province",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    federations = ParentalManyToManyField(
        "home.Federation", blank=True, related_name="articles", verbose_name=_("federations concerned")
    )

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Lead image")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("authors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("province"),
                FieldPanel("federations", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About this article"),
        ),
        HookPanel(ARTICLE_EDITOR_PANEL_HOOK, heading=_("Cases")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("name_en")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def copy_all_child_relations(self, target, exclude=None, commit=False, append=False):
        # Wagtail makes every copy, alias and translation of a page through this method
        # (wagtail.models.copying._copy), before the new page is first saved. The new page remembers,
        # in memory only, the article it came from, so that the signals of that save can let what
        # other apps attach to an article follow it (grievances: the cases an article draws on).
        target.copied_from_id = self.pk
        return super().copy_all_child_relations(target, exclude=exclude, commit=commit, append=append)

    def related_articles(self, limit=3):
        """ "Baca juga": newest articles sharing a topic, never this one."""
        return article_listing(
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, topics__in=self.topics.all())
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-date", "-pk")
        )[:limit]

    def details(self):
        """What the article page shows besides its own fields, as lists (picklable, cacheable)."""
        return {
            "topics": list(self.topics.all()),
            "authors": list(self.authors.all()),
            "federations": list(self.federations.all()),
            "tags": list(self.tags.all()),
            "lead_image": self.lead_image,
            "province": self.province,
            "related_articles": list(self.related_articles()),
            "index_page": ArticleIndexPage.objects.get(path=self.path[: -self.steplen]),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) or self.pk is None:
            details = self.details()
        else:
            details = remember(f"article-details:{self.pk}", self.details)
        # The cached objects stand in for the relations, so the template asks the database nothing.
        self.lead_image, self.province = details["lead_image"], details["province"]
        context.update(details)
        return context


class CampaignIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.CampaignPage"]

    class Meta:
        verbose_name = _("campaign index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = (
            CampaignPage.objects.live()
            .public()
            .child_of(self)
            .select_related("lead_image")
            .prefetch_related("topics", "lead_image__renditions")
            .order_by("status_order", "-start_date")
        )
        context["campaigns"] = paginate(request, campaigns, ARTICLES_PER_PAGE)
        return context


class CampaignPage(Page):
    """An issue campaign: its aim, its status, a call to action and the articles on its topics."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        ACTIVE = "active", _("active")
        WON = "won", _("won")
        ENDED = "ended", _("ended")

    STATUS_ORDER = {Status.ACTIVE: 0, Status.PLANNED: 1, Status.WON: 2, Status.ENDED: 3}

    aim = models.TextField(_("aim"), max_length=500, help_text=_("What the campaign wants to change."))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    # Kept in step with status on save, so listings sort active campaigns first in SQL.
    status_order = models.PositiveSmallIntegerField(default=0, editable=False)
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead image"),
    )
    body = StreamField(BaseBodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="campaigns", verbose_name=_("topics"))
    action_heading = models.CharField(_("heading"), max_length=120)
    action_text = models.TextField(_("text"), blank=True, max_length=400)
    action_label = models.CharField(_("button label"), max_length=60)
    action_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
    )
    action_url = models.URLField(_("or address"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("aim"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("start_date")]),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("action_heading"),
                FieldPanel("action_text"),
                FieldPanel("action_label"),
                PageChooserPanel("action_page"),
                FieldPanel("action_url"),
            ],
            heading=_("Call to action"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("aim"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("name_en")]),
        index.FilterField("status"),
    ]

    parent_page_types = ["articles.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if not self.action_page and not self.action_url:
            raise ValidationError(
                {"action_url": _("Choose a page or give an address for the call to action.")}
            )

    def save(self, *args, **kwargs):
        self.status_order = self.STATUS_ORDER.get(self.status, 9)
        return super().save(*args, **kwargs)

    @property
    def action_link(self):
        return self.action_page.url if self.action_page else self.action_url

    def campaign_articles(self, limit=6):
        return article_listing(
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, topics__in=self.topics.all())
            .distinct()
            .order_by("-date", "-pk")
        )[:limit]

    def details(self):
        return {
            "topics": list(self.topics.all()),
            "lead_image": self.lead_image,
            "action_link": self.action_link,
            "campaign_articles": list(self.campaign_articles()),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) or self.pk is None:
            details = self.details()
        else:
            details = remember(f"campaign-details:{self.pk}", self.details)
        self.lead_image = details["lead_image"]
        context.update(details)
        return context
