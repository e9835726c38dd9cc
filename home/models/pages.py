"""General page types: the home page, standard pages and the federation directory."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import BaseBodyBlock
from ..cache import remember
from .vocabulary import Federation

# Apps that list their content on the home page (articles, campaigns, later
# case figures) register a function under this hook name; home imports none of
# them. Each function takes (home_page, request) and returns context entries.
HOME_PAGE_CONTEXT_HOOK = "home_page_context"
# The app that gives each topic a page of its own (the knowledge base's topic hub) registers a
# function under this name: (topic, request) -> the address of that topic's page, or "".
TOPIC_URL_HOOK = "topic_url"
# Apps later in the dependency chain add fragments to every public page about a topic (the
# grievance module's case figures) by registering a function under this name:
# (topic, request) -> HTML (a safe string), or "" for nothing.
TOPIC_PANEL_HOOK = "topic_panel"


class HomePage(Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    # Left blank, the call to action uses the site's own wording in the reader's language.
    report_heading = models.CharField(_("heading"), max_length=120, blank=True)
    report_text = models.TextField(_("text"), blank=True, max_length=400)
    report_button_label = models.CharField(_("button label"), max_length=60, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "lead_stories",
            label=_("Lead stories"),
            help_text=_("Articles or campaigns shown first; the newest articles fill any empty place."),
            max_num=4,
        ),
        MultiFieldPanel(
            [FieldPanel("report_heading"), FieldPanel("report_text"), FieldPanel("report_button_label")],
            heading=_("'Report a problem' call to action"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["listings"] = self.listings(request)
        else:
            # Everything the home page lists, gathered once per content generation and language,
            # and read only when the template's cached body has to be drawn again.
            language = get_language()
            context["listings"] = SimpleLazyObject(
                lambda: remember(f"home-listings:{self.pk}:{language}", lambda: self.listings(request))
            )
        return context

    def listings(self, request):
        """The lead stories, the federations and what the apps add through the hook, as lists."""
        stories = self.lead_stories.filter(page__live=True).values_list("page_id", flat=True)
        by_id = Page.objects.filter(pk__in=list(stories)).specific().in_bulk()
        context = {
            "lead_stories": [by_id[pk] for pk in stories if pk in by_id],
            "federations": list(Federation.objects.filter(is_active=True)),
        }
        for fn in hooks.get_hooks(HOME_PAGE_CONTEXT_HOOK):
            context.update(fn(self, request, context))
        return context


class HomeLeadStory(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="lead_stories")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("article or campaign")
    )

    panels = [PageChooserPanel("page", page_type=["articles.ArticlePage", "articles.CampaignPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("lead story")
        verbose_name_plural = _("lead stories")


class StandardPage(Page):
    """About, contact, how the network works, and other plain pages."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class FederationDirectoryPage(Page):
    """The member federations of the network, taken from the Federation vocabulary."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("federation directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["federations"] = Federation.objects.filter(is_active=True).select_related("province")
        return context
