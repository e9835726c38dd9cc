"""The public report form page: placed and worded by editors; also serves the receipt and status pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from . import followup_views, views


class GrievanceFormPage(RoutablePageMixin, Page):
    """The public report form, placed and worded by editors; also serves the receipt and status pages."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    guidance = RichTextField(
        _("guidance"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Shown beside the form: what helps the team, what happens next, how to stay safe."),
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link", "ul"])
    status_intro = RichTextField(
        _("status page introduction"), blank=True, features=["bold", "italic", "link"]
    )
    ask_employment_status = models.BooleanField(_("ask the employment status"), default=True)
    ask_job = models.BooleanField(_("ask the job"), default=True)
    ask_gender = models.BooleanField(_("ask the gender"), default=True)
    ask_workers_affected = models.BooleanField(_("ask how many workers are affected"), default=True)
    allow_attachments = models.BooleanField(_("allow attachments"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("guidance"),
        FieldPanel("thank_you_text"),
        FieldPanel("status_intro"),
        MultiFieldPanel(
            [
                FieldPanel("ask_employment_status"),
                FieldPanel("ask_job"),
                FieldPanel("ask_gender"),
                FieldPanel("ask_workers_affected"),
                FieldPanel("allow_attachments"),
            ],
            heading=_("Optional questions"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("grievance form")

    def hidden_questions(self):
        optional = {
            "employment_status": self.ask_employment_status,
            "job": self.ask_job,
            "gender": self.ask_gender,
            "workers_affected": self.ask_workers_affected,
            "attachments": self.allow_attachments,
        }
        return [name for name, asked in optional.items() if not asked]

    @path("")
    def report(self, request):
        return views.report(self, request)

    @path("tanda-terima/", name="receipt")
    def receipt(self, request):
        return views.receipt(self, request)

    @path("terkirim/", name="sent")
    def sent(self, request):
        return views.sent(self, request)

    @path("status/", name="status_lookup")
    def status_lookup(self, request):
        return views.status_lookup(self, request)

    @path("status/kasus/", name="status")
    def status(self, request):
        return views.status(self, request)

    @path("status/kasus/jawaban/", name="status_followup")
    def status_followup(self, request):
        return followup_views.followup(self, request)

    @path("status/keluar/", name="status_sign_out")
    def status_sign_out(self, request):
        return views.status_sign_out(self, request)
