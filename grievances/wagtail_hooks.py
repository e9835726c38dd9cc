"""Admin registration of the grievance module."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from articles.models import ARTICLE_EDITOR_PANEL_HOOK
from home.models.pages import TOPIC_PANEL_HOOK

from .cases.access import can_enter_cases, is_case_staff, is_system_owner
from .channels.staff import channel_health_view
from .privacy.views import request_detail, request_export, request_index
from .publication import copies as publish_copies
from .publication import guard as publish_guard
from .publication.lessons import write_lesson_view
from .publication.panels import ArticleCasesPanel
from .publication.topic_figures import topic_case_figures_html
from .referrals.admin import ReferralPartnerViewSet, referral_figures_export
from .referrals.panels import ReferralFiguresPanel
from .register.admin import RegisterViewSetGroup, register_urls
from .register.publication import ArticleCompanyFiguresPanel, approved_figures_for_article
from .tracker.bulk_actions import BULK_ACTIONS
from .tracker.calendar_admin import DayOffViewSet, DisputeStageClockViewSet
from .tracker.entry import download_attachment, enter_case
from .tracker.guide import guide_view
from .tracker.panels import CaseSummaryPanel
from .tracker.performance import PerformancePanel, performance_export
from .tracker.queued_exports import download_export_view, my_exports_view
from .tracker.remedies import download_evidence, remedy_add_view, remedy_edit_view
from .tracker.viewsets import FederationMembershipViewSet, case_viewset


@hooks.register("register_admin_viewset")
def register_case_viewset():
    return case_viewset


class MyCasesMenuItem(MenuItem):
    def is_shown(self, request):
        return is_case_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_my_cases_menu_item():
    return MyCasesMenuItem(
        _("My cases"), reverse("grievances_case:index") + "?mine=1", icon_name="user", order=201
    )


@hooks.register("register_admin_urls")
def register_case_urls():
    return [
        path("kasus/baru/", enter_case, name="grievances_enter_case"),
        path("kasus/berkas/<int:attachment_id>/", download_attachment, name="grievances_download_attachment"),
        path("kasus/rujukan/angka.csv", referral_figures_export, name="grievances_referral_figures_export"),
        path("kasus/permintaan-pelapor/", request_index, name="grievances_reporter_requests"),
        path("kasus/permintaan-pelapor/<int:pk>/", request_detail, name="grievances_reporter_request"),
        path(
            "kasus/permintaan-pelapor/<int:pk>/ekspor.<str:export_format>",
            request_export,
            name="grievances_reporter_export",
        ),
        path("kasus/<int:pk>/pelajaran/", write_lesson_view, name="grievances_write_lesson"),
        path("kasus/kanal/", channel_health_view, name="grievances_channel_health"),
        path("kasus/<int:pk>/pemulihan/", remedy_add_view, name="grievances_remedy_add"),
        path("kasus/<int:pk>/pemulihan/<int:remedy_id>/", remedy_edit_view, name="grievances_remedy_edit"),
        path(
            "kasus/pemulihan/bukti/<int:evidence_id>/", download_evidence, name="grievances_remedy_evidence"
        ),
        path("kasus/kinerja.csv", performance_export, name="grievances_performance_export"),
        path("kasus/ekspor/", my_exports_view, name="grievances_case_exports"),
        path("kasus/ekspor/<int:pk>/unduh/", download_export_view, name="grievances_case_export_download"),
    ]


class SystemOwnerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_system_owner(request.user)


@hooks.register("register_settings_menu_item")
def register_reporter_requests_menu_item():
    return SystemOwnerMenuItem(
        _("Reporter requests (UU PDP)"), reverse("grievances_reporter_requests"), icon_name="user", order=900
    )


@hooks.register("register_settings_menu_item")
def register_channel_health_menu_item():
    return SystemOwnerMenuItem(
        _("WhatsApp and SMS channels"), reverse("grievances_channel_health"), icon_name="mail", order=910
    )


class EnterCaseMenuItem(MenuItem):
    def is_shown(self, request):
        return can_enter_cases(request.user)


@hooks.register("register_admin_menu_item")
def register_enter_case_menu_item():
    return EnterCaseMenuItem(_("Enter a case"), reverse("grievances_enter_case"), icon_name="form", order=250)


@hooks.register("register_log_actions")
def register_case_log_actions(actions):
    actions.register_action("grievances.transition", _("Case status changed"), _("Case status changed"))
    actions.register_action("grievances.view", _("Case opened"), _("Case opened"))
    actions.register_action("grievances.export", _("Cases exported"), _("Cases exported"))
    actions.register_action("grievances.download", _("Case file downloaded"), _("Case file downloaded"))
    actions.register_action("grievances.denied", _("Case access refused"), _("Case access refused"))
    actions.register_action("grievances.referral", _("Referral"), _("Referral step"))
    actions.register_action(
        "grievances.article_link", _("Case linked to an article"), _("Linked to an article")
    )
    actions.register_action(
        "grievances.article_unlink", _("Case unlinked from an article"), _("Unlinked from an article")
    )
    actions.register_action(
        "grievances.story", _("Story draft started from a case"), _("Story draft started")
    )
    actions.register_action("grievances.partner_link", _("Partner link used"), _("Partner link used"))
    actions.register_action("grievances.anonymise", _("Case anonymised"), _("Case anonymised"))
    actions.register_action(
        "grievances.reporter_request", _("Reporter request recorded"), _("Reporter request recorded")
    )
    actions.register_action(
        "grievances.reporter_export", _("Reporter's data exported"), _("Reporter's data exported")
    )
    actions.register_action(
        "grievances.correction",
        _("Corrected at the reporter's request"),
        _("Corrected at the reporter's request"),
    )
    actions.register_action("grievances.lesson", _("Lesson written"), _("Lesson written from the case"))


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return FederationMembershipViewSet("grievances_membership")


@hooks.register("construct_homepage_panels")
def add_case_summary_panel(request, panels):
    if is_case_staff(request.user):
        panels.append(CaseSummaryPanel(request.user))
        panels.append(ReferralFiguresPanel(request.user))


@hooks.register("register_admin_viewset")
def register_referral_partner_viewset():
    return ReferralPartnerViewSet("grievances_partner")


hooks.register("before_publish_page", publish_guard.before_publish_page)
hooks.register("construct_page_action_menu", publish_guard.hide_publish_button)
hooks.register("before_bulk_action", publish_guard.before_bulk_publish)
hooks.register("before_copy_page", publish_copies.before_copy_page)
hooks.register("after_copy_page", publish_copies.after_copy_page)
hooks.register("before_convert_alias_page", publish_copies.before_convert_alias_page)
hooks.register("construct_admin_api", publish_copies.construct_admin_api)


@hooks.register(ARTICLE_EDITOR_PANEL_HOOK)
def article_cases_panel(article, request):
    """Case staff see the article's cases; writers and editors without case access see nothing."""
    if not is_case_staff(request.user):
        return None
    return ArticleCasesPanel(article, request.user)


@hooks.register(TOPIC_PANEL_HOOK)
def topic_case_figures(topic, request):
    """Public pages on a topic show how many cases on it the network has received and handled."""
    return topic_case_figures_html(topic, request)


@hooks.register("register_log_actions")
def register_case_work_log_actions(actions):
    actions.register_action("grievances.assign", _("Case assigned"), _("Case assigned"))
    actions.register_action(
        "grievances.verification_check", _("Verification checked"), _("Verification checked")
    )
    actions.register_action("grievances.dispute_stage", _("Dispute stage set"), _("Dispute stage set"))
    actions.register_action("grievances.correct", _("Facts corrected"), _("Facts corrected"))


# The employer and estate register (grievances/register/).


@hooks.register("register_admin_viewset")
def register_register_viewsets():
    return RegisterViewSetGroup()


@hooks.register("register_admin_urls")
def register_register_urls():
    return register_urls()


@hooks.register("register_log_actions")
def register_register_log_actions(actions):
    actions.register_action(
        "grievances.register_link", _("Register entry of the case confirmed"), _("Register entry confirmed")
    )
    actions.register_action("grievances.complaint", _("Collective complaint"), _("Collective complaint"))
    actions.register_action(
        "grievances.figures_approved", _("Company figures approved for publication"), _("Figures approved")
    )


@hooks.register(ARTICLE_EDITOR_PANEL_HOOK)
def article_company_figures_panel(article, request):
    """Writers and editors see the figures the case team approved for the companies the article is
    about; never a case."""
    approved = approved_figures_for_article(article)
    return ArticleCompanyFiguresPanel(approved) if approved else None


@hooks.register("register_admin_viewset")
def register_calendar_viewsets():
    return [DayOffViewSet("grievances_dayoff"), DisputeStageClockViewSet("grievances_dispute_clock")]


@hooks.register("construct_homepage_panels")
def add_performance_panel(request, panels):
    if is_case_staff(request.user):
        panels.append(PerformancePanel(request.user))


# The admin's help leads to the network's own guide, not to wagtail.org -------------------------


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("panduan/", guide_view, name="grievances_case_team_guide")]


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(_("Case team guide"), reverse("grievances_case_team_guide"), icon_name="help", order=900)


@hooks.register("construct_help_menu")
def drop_wagtail_release_links(request, menu_items):
    # "What's new in Wagtail" and the editor guide open English pages on wagtail.org.
    menu_items[:] = [
        item
        for item in menu_items
        if not (item.name.startswith("whats-new-in-wagtail") or item.name == "editor-guide")
    ]


# Actions on the cases ticked in the listing ---------------------------------------------------


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)
