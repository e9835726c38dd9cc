"""The resource library: laws, ILO conventions, guides, template letters, training modules, research."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.models import Topic

from ..extraction import document_fingerprint


class ResourceType(models.TextChoices):
    LAW = "law", _("law or regulation")
    ILO_CONVENTION = "ilo", _("ILO convention")
    GUIDE = "guide", _("guide")
    TEMPLATE_LETTER = "template", _("template letter")
    TRAINING = "training", _("training module")
    RESEARCH = "research", _("research")


class ResourceLanguage(models.TextChoices):
    INDONESIAN = "id", _("Indonesian")
    ENGLISH = "en", _("English")
    BOTH = "id-en", _("Indonesian and English")


class ResourceIndexPage(Page):
    """The library: every resource below it, filtered by type, topic, year and language."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")

    def resources(self):
        return ResourcePage.objects.live().public().descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        from ..filters import library_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(library_listing(request, self.resources()))
        return context


class ResourcePage(Page):
    resource_type = models.CharField(_("type"), max_length=12, choices=ResourceType.choices)
    topics = ParentalManyToManyField(Topic, blank=True, related_name="resources", verbose_name=_("topics"))
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    resource_language = models.CharField(
        _("language"), max_length=5, choices=ResourceLanguage.choices, default=ResourceLanguage.INDONESIAN
    )
    issuing_body = models.CharField(
        _("issuing body"), max_length=200, help_text=_("Who issued or wrote it, e.g. DPR, Kemnaker, ILO.")
    )
    summary = models.TextField(
        _("summary"), max_length=1500, help_text=_("In plain words: what it says and who it helps.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("file"),
    )
    external_url = models.URLField(_("or an address elsewhere"), blank=True)
    # Read from the file by a task queued when the page is saved (knowledge/tasks.py), never in a
    # request; search indexes it. Only that task writes them: a save keeps what is stored.
    document_text = models.TextField(editable=False, blank=True)
    document_fingerprint = models.CharField(editable=False, blank=True, max_length=255)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("resource_type"), FieldPanel("year")]),
                FieldRowPanel([FieldPanel("resource_language"), FieldPanel("issuing_body")]),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About this resource"),
        ),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("external_url")], heading=_("File or link")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("issuing_body"),
        index.SearchField("document_text"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("name_en")]),
        index.FilterField("resource_type"),
        index.FilterField("year"),
        index.FilterField("resource_language"),
    ]

    parent_page_types = ["knowledge.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError({"external_url": _("Choose a file or give an address for this resource.")})

    @property
    def document_text_due(self):
        """Whether the stored text is not (yet) that of the page's current document."""
        return document_fingerprint(self.document) != self.document_fingerprint

    def keep_stored_document_text(self):
        """Keep the text stored by the last reading, whatever this instance carries: a publish of
        an older revision carries the text of its day. A page without a file has no text."""
        if self.document_id is None:
            self.document_text, self.document_fingerprint = "", ""
        elif self.pk is not None:
            stored = (
                ResourcePage.objects.filter(pk=self.pk)
                .values_list("document_text", "document_fingerprint")
                .first()
            )
            if stored is not None:
                self.document_text, self.document_fingerprint = stored
        # A new page, or a copy carrying its original's text: kept as it is.

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self.keep_stored_document_text()
        return super().save(*args, **kwargs)

    @property
    def is_large_file(self):
        size = self.document.file_size if self.document else None
        return bool(size and size > settings.KNOWLEDGE_LARGE_FILE_BYTES)
