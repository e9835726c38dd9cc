"""Site-wide settings editors can change: contact details and the report-a-problem link."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="Jaringan Serikat Pekerja/Serikat Buruh Sawit Indonesia",
    )
    short_name = models.CharField(_("short name"), max_length=40, default="JAPBUSI")
    tagline = models.CharField(_("tagline (Indonesian)"), max_length=200, blank=True)
    tagline_en = models.CharField(_("tagline (English)"), max_length=200, blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    whatsapp = models.CharField(_("WhatsApp number"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    report_problem_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("'Report a problem' page"),
        help_text=_("Where every 'report a problem' button leads."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("short_name"),
                FieldPanel("tagline"),
                FieldPanel("tagline_en"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("whatsapp"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        FieldPanel("report_problem_page"),
    ]

    class Meta:
        verbose_name = _("site settings")
