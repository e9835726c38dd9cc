"""The register in the Wagtail admin: listings (searchable, filterable) and forms for operators
and system owners, the company and estate pages, collective complaints' tracking."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from grievances.cases.access import cases_visible_to

from .access import may_edit_register, may_read_register
from .models import Buyer, CollectiveComplaint, Company, CompanyGroup, Estate, RepeatPattern
from .patterns import cases_of, entry_figures, repeat_topics
from .views import (
    approve_figures_view,
    case_register_view,
    complaint_letter_view,
    import_view,
    pattern_view,
    patterns_view,
)

# The cases of an entry listed on its page (the user's own; the figures count them all).
LISTED_CASES = 50


class RegisterViewSet(ModelViewSet):
    """Who may do what is RegisterPermissionPolicy, registered for each model in AppConfig.ready."""

    copy_view_enabled = False


class EntryPageView(generic.InspectView):
    """What the network knows about a company or estate, in one screen."""

    template_name = "grievances/admin/register/entry_page.html"
    page_title = _("Register")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entry = self.object
        user = self.request.user
        cases = cases_of(entry)
        visible = (
            cases.filter(pk__in=cases_visible_to(user).values("pk"))
            .select_related("federation")
            .prefetch_related("topics")
            .order_by("-created_at")
        )
        is_company = isinstance(entry, Company)
        patterns = RepeatPattern.objects.select_related("estate", "topic").filter(
            **({"company": entry} if is_company else {"estate": entry})
        )
        context.update(
            {
                "entry": entry,
                "is_company": is_company,
                "figures": entry_figures(entry),
                "repeat": repeat_topics(entry),
                "patterns": patterns,
                "visible_cases": visible[:LISTED_CASES],
                "visible_count": visible.count(),
                "estates": entry.estates.select_related("parent", "province", "regency").order_by("name")
                if is_company
                else entry.divisions.order_by("name"),
                "complaints": entry.complaints.select_related("topic", "buyer"),
                "approved": getattr(entry, "approved_figures", None) if is_company else None,
                "may_edit": may_edit_register(user),
            }
        )
        return context


class CompanyGroupViewSet(RegisterViewSet):
    model = CompanyGroup
    icon = "group"
    menu_label = _("Company groups")
    url_namespace = "grievances_register_group"
    url_prefix = "register/grup"
    list_display = ["name", "updated_at"]
    search_fields = ["name", "aliases"]
    form_fields = ["name", "aliases", "sources", "notes"]


class CompanyViewSet(RegisterViewSet):
    model = Company
    icon = "site"
    menu_label = _("Companies")
    url_namespace = "grievances_register_company"
    url_prefix = "register/perusahaan"
    inspect_view_enabled = True
    inspect_view_class = EntryPageView
    list_display = ["name", "group", "province", "rspo_member", "ispo_certified"]
    list_filter = ["group", "province", "rspo_member", "ispo_certified", "buyers"]
    search_fields = ["name", "aliases", "rspo_member_number"]
    form_fields = [
        "name",
        "group",
        "aliases",
        "province",
        "rspo_member",
        "rspo_member_number",
        "ispo_certified",
        "buyers",
        "sources",
        "notes",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/angka/", approve_figures_view, name="approve_figures"),
        ]


class EstateViewSet(RegisterViewSet):
    model = Estate
    icon = "doc-full"
    menu_label = _("Estates and mills")
    url_namespace = "grievances_register_estate"
    url_prefix = "register/kebun"
    inspect_view_enabled = True
    inspect_view_class = EntryPageView
    list_display = ["name", "kind", "company", "province", "regency", "rspo_certified", "ispo_certified"]
    list_filter = ["kind", "company", "province", "rspo_certified", "ispo_certified"]
    search_fields = ["name", "aliases"]
    form_fields = [
        "name",
        "kind",
        "company",
        "parent",
        "aliases",
        "province",
        "regency",
        "rspo_certified",
        "ispo_certified",
        "sources",
        "notes",
    ]


class BuyerViewSet(RegisterViewSet):
    model = Buyer
    icon = "tag"
    menu_label = _("Buyers")
    url_namespace = "grievances_register_buyer"
    url_prefix = "register/pembeli"
    list_display = ["name", "rspo_member"]
    list_filter = ["rspo_member"]
    search_fields = ["name", "aliases"]
    form_fields = ["name", "aliases", "rspo_member", "complaints_contact", "sources", "notes"]


class CollectiveComplaintViewSet(RegisterViewSet):
    """Complaints are drafted from a pattern; here they are tracked: sent, acknowledged, outcome."""

    model = CollectiveComplaint
    icon = "mail"
    menu_label = _("Collective complaints")
    url_namespace = "grievances_register_complaint"
    url_prefix = "register/pengaduan"
    add_view_enabled = False
    list_display = [
        "company",
        "estate",
        "topic",
        "addressee",
        Column("reporter_count", label=_("reporters")),
        "status",
        "sent_on",
    ]
    list_filter = ["addressee", "status", "topic"]
    search_fields = ["company__name", "recipient_reference"]
    form_fields = [
        "status",
        "sent_on",
        "acknowledged_on",
        "recipient_reference",
        "outcome",
        "outcome_summary",
    ]
    edit_template_name = "grievances/admin/register/complaint_edit.html"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/surat/", complaint_letter_view, name="letter"),
        ]


def register_urls():
    """The register's screens that are not a listing (registered by wagtail_hooks)."""
    return [
        path("register/pola/", patterns_view, name="grievances_register_patterns"),
        path("register/pola/<int:pk>/", pattern_view, name="grievances_register_pattern"),
        path("register/impor/", import_view, name="grievances_register_import"),
        path("register/kasus/<int:pk>/", case_register_view, name="grievances_register_case_link"),
    ]


class RegisterReaderMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_register(request.user)


class RegisterEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_edit_register(request.user)


class RegisterViewSetGroup(ViewSetGroup):
    menu_label = _("Register")
    menu_icon = "site"
    menu_order = 205
    items = (CompanyViewSet, EstateViewSet, CompanyGroupViewSet, BuyerViewSet, CollectiveComplaintViewSet)

    def get_submenu_items(self):
        items = super().get_submenu_items()
        order = len(items) + 1
        return items + [
            RegisterReaderMenuItem(
                _("Repeat patterns"),
                reverse_lazy("grievances_register_patterns"),
                icon_name="warning",
                order=order,
            ),
            RegisterEditorMenuItem(
                _("Import from CSV"),
                reverse_lazy("grievances_register_import"),
                icon_name="upload",
                order=order + 1,
            ),
        ]
