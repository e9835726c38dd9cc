"""Know your rights (Kenali Hakmu): short question-and-answer guides per topic, in plain Indonesian."""

import html
import json

from django.db import models
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.models import Topic

from ..blocks import RightsGuideBlock

JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(rich_text):
    """Rich text as one line of plain text; tags become spaces so words do not run together."""
    return " ".join(html.unescape(strip_tags(rich_text.replace("<", " <"))).split())


class RightsGuideIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.RightsGuidePage"]

    class Meta:
        verbose_name = _("rights guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = (
            RightsGuidePage.objects.live()
            .public()
            .child_of(self)
            .select_related("topic")
            .order_by("topic__sort_order", "title")
        )
        return context


class RightsGuidePage(Page):
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="rights_guides", verbose_name=_("topic")
    )
    intro = models.TextField(_("introduction"), max_length=500)
    questions = StreamField(RightsGuideBlock(), verbose_name=_("questions and answers"))
    reviewed_on = models.DateField(
        _("checked against the law on"),
        null=True,
        blank=True,
        help_text=_("When someone last checked these answers against the rules in force."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("reviewed_on"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("questions"),
        index.RelatedFields("topic", [index.SearchField("name"), index.SearchField("name_en")]),
    ]

    parent_page_types = ["knowledge.RightsGuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("rights guide")
        verbose_name_plural = _("rights guides")

    def serve(self, request, *args, **kwargs):
        if request.GET.get("versi") == "cetak":
            # One small self-contained page: prints on a page or two and can be saved for offline reading.
            return TemplateResponse(request, "knowledge/rights_guide_plain.html", self.get_context(request))
        return super().serve(request, *args, **kwargs)

    def faq_json_ld(self):
        """schema.org FAQPage markup of the questions, safe to place inside a <script> element."""
        data = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": self.title,
            "inLanguage": self.locale.language_code,
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": block.value["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": plain_text(block.value["answer"].source),
                    },
                }
                for block in self.questions
                if block.block_type == "question"
            ],
        }
        return json.dumps(data, ensure_ascii=False).translate(JSON_LD_ESCAPES)
