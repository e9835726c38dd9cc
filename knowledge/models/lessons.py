"""Lessons from cases: what the network learned handling a case, for case staff only.

A lesson holds no name, contact, reference or anything else that identifies a reporter.
Who may read lessons is the permission `knowledge.read_lessons`; the grievance module grants it
to the case-handling roles and puts every lesson index behind a Wagtail privacy restriction to
those groups, so lessons never reach public pages, search, sitemaps or feeds.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

from home.models import Province, Topic
from home.pagination import paginate

READ_LESSONS = "knowledge.read_lessons"
LESSONS_PER_PAGE = 20


def can_read_lessons(user):
    return user.is_authenticated and user.is_active and user.has_perm(READ_LESSONS)


class EmployerType(models.TextChoices):
    PRIVATE = "private", _("private plantation company")
    STATE = "state", _("state-owned plantation company (PTPN)")
    SMALLHOLDER = "smallholder", _("smallholder or plasma cooperative")
    CONTRACTOR = "contractor", _("contractor or labour supplier")
    MILL = "mill", _("palm-oil mill")
    OTHER = "other", _("other or unknown")


class NoLessonAccess(PagePermissionTester):
    """What a user who may not read lessons may do with one in the admin: nothing.

    Editorial roles hold page permissions on the whole tree; without this they could open a
    lesson's editor, draft view, revisions or preview.
    """


for _name in [name for name in vars(PagePermissionTester) if name.startswith("can_")]:
    setattr(NoLessonAccess, _name, lambda self, *args, **kwargs: False)


class StaffOnlyPage(Page):
    """Serves only to users who may read lessons, never cached by a shared cache."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        if can_read_lessons(user):
            return super().permissions_for_user(user)
        return NoLessonAccess(user, self)

    def serve(self, request, *args, **kwargs):
        if not can_read_lessons(request.user):
            raise PermissionDenied
        response = super().serve(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_sitemap_urls(self, request=None):
        return []


class LessonFilterForm(forms.Form):
    q = forms.CharField(label=_("Words"), required=False, max_length=200)
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=Topic.objects.all(), required=False, empty_label=_("All topics")
    )
    province = forms.ModelChoiceField(
        label=_("Province"), queryset=Province.objects.all(), required=False, empty_label=_("All provinces")
    )
    employer_type = forms.ChoiceField(
        label=_("Employer type"),
        required=False,
        choices=[("", _("All employer types")), *EmployerType.choices],
    )


class LessonIndexPage(StaffOnlyPage):
    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.LessonPage"]

    class Meta:
        verbose_name = _("lessons from cases")

    def lessons(self):
        return LessonPage.objects.live().descendant_of(self).select_related("topic", "province")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = LessonFilterForm(request.GET or None)
        lessons = self.lessons().order_by("-first_published_at", "-pk")
        if form.is_bound:
            form.is_valid()
            cleaned = form.cleaned_data
            for name in ("topic", "province", "employer_type"):
                if cleaned.get(name):
                    lessons = lessons.filter(**{name: cleaned[name]})
            query = (cleaned.get("q") or "").strip()
            if query:
                lessons = lessons.filter(pk__in=[lesson.pk for lesson in self.lessons().search(query)])
        context["form"] = form
        context["lessons"] = paginate(request, lessons, LESSONS_PER_PAGE)
        return context


class LessonPage(StaffOnlyPage):
    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lessons",
        verbose_name=_("topic"),
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    employer_type = models.CharField(
        _("employer type"), max_length=12, choices=EmployerType.choices, default=EmployerType.OTHER
    )
    problem = models.TextField(_("the problem"), blank=True)
    what_was_tried = models.TextField(_("what was tried"), blank=True)
    what_worked = models.TextField(_("what worked"), blank=True)
    partner = models.CharField(
        _("partner that helped"), max_length=200, blank=True, help_text=_("The kind of partner or its name.")
    )
    duration_weeks = models.PositiveSmallIntegerField(_("how long it took (weeks)"), null=True, blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("topic"), FieldPanel("province")]),
                FieldPanel("employer_type"),
            ],
            heading=_("Where and what"),
        ),
        FieldPanel("problem"),
        FieldPanel("what_was_tried"),
        FieldPanel("what_worked"),
        FieldRowPanel([FieldPanel("partner"), FieldPanel("duration_weeks")]),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("problem"),
        index.SearchField("what_was_tried"),
        index.SearchField("what_worked"),
        index.SearchField("partner"),
        index.FilterField("topic"),
        index.FilterField("province"),
        index.FilterField("employer_type"),
    ]

    parent_page_types = ["knowledge.LessonIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson from a case")
        verbose_name_plural = _("lessons from cases")
        permissions = [("read_lessons", _("Can read lessons from cases"))]
