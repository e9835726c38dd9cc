"""Shared vocabulary: topics, provinces and regencies, member federations."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class BilingualNamed(models.Model):
    """A vocabulary entry named in Indonesian, with an optional English name.

    One entry serves both languages, so an Indonesian article and its English
    translation (and, later, a case) point at the same topic or province.
    """

    name = models.CharField(_("name (Indonesian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.label

    @property
    def label(self):
        if self.name_en and (get_language() or "").startswith("en"):
            return self.name_en
        return self.name


class Topic(index.Indexed, BilingualNamed):
    """A labour issue the network works on (wages, OSH, contracts, ...)."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description (Indonesian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_(
            "Reports on a sensitive topic (such as gender-based violence or child labour) are seen only "
            "by named handlers, and its public figures are shown only nationally."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        FieldPanel("sort_order"),
        FieldPanel("sensitive"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    @property
    def description_label(self):
        if self.description_en and (get_language() or "").startswith("en"):
            return self.description_en
        return self.description


class Province(BilingualNamed):
    """One of Indonesia's 38 provinces, keyed by its BPS code."""

    code = models.CharField(_("BPS code"), max_length=2, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldPanel("slug"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")


class Regency(models.Model):
    """A regency (kabupaten) or city (kota) inside a province."""

    class Kind(models.TextChoices):
        REGENCY = "kabupaten", _("regency (kabupaten)")
        CITY = "kota", _("city (kota)")

    province = models.ForeignKey(
        Province, on_delete=models.CASCADE, related_name="regencies", verbose_name=_("province")
    )
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REGENCY)

    panels = [FieldPanel("province"), FieldPanel("name"), FieldPanel("kind")]

    class Meta:
        ordering = ["province__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["province", "name", "kind"], name="unique_regency_per_province")
        ]
        verbose_name = _("regency or city")
        verbose_name_plural = _("regencies and cities")

    def __str__(self):
        prefix = "Kab." if self.kind == self.Kind.REGENCY else "Kota"
        return f"{prefix} {self.name}"


class Federation(index.Indexed, models.Model):
    """A member federation of the network."""

    name = models.CharField(_("full name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description (Indonesian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("secretariat province"),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active member"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("short_name"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        MultiFieldPanel(
            [FieldPanel("province"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("is_active"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("short_name"),
    ]

    class Meta:
        ordering = ["sort_order", "short_name"]
        verbose_name = _("member federation")
        verbose_name_plural = _("member federations")

    def __str__(self):
        return self.short_name

    @property
    def description_label(self):
        if self.description_en and (get_language() or "").startswith("en"):
            return self.description_en
        return self.description
