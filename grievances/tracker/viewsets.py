"""The case tracker in the Wagtail admin: the listing and its export, the case page, edit, history.

Every view finds its case through grievances.cases.access: a case the user may not see does not
exist for them (404), and the attempt is logged.
"""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from grievances.cases.access import assigned_to, cases_visible_to, roles_for, visible_case_or_404
from grievances.cases.fields import exported_fields
from grievances.cases.models import Case, CaseEvent, FederationMembership
from grievances.cases.references import normalise_reference
from grievances.cases.roles import CASE_STAFF
from grievances.cases.transitions import available_transitions
from grievances.publication.links import suggested_articles
from grievances.referrals.admin import (
    ReferralForm,
    refer_view,
    referral_answer_view,
    referral_letter_view,
    referral_link_view,
)

from .entry import enter_case
from .exports import csv_response, xlsx_response
from .filters import CaseFilterSet
from .forms import ArticleLinkForm, CaseEditForm, CaseGroupForm, CaseMessageForm, TransitionForm
from .listing import case_columns
from .saved_filters import SavedCaseFilter, delete_filter_view, kept_query, save_filter_view
from .views import (
    article_link_view,
    article_unlink_view,
    collective_view,
    group_case_view,
    message_view,
    possible_duplicates,
    story_view,
    transition_view,
)

# The export's columns, headers and values: the catalogue of case fields (grievances.cases.fields).
EXPORT_FIELDS = exported_fields()


class ScopedCaseObjectMixin:
    def get_object(self, queryset=None):
        return visible_case_or_404(self.request, self.kwargs["pk"])


class CaseIndexView(generic.IndexView):
    results_template_name = "grievances/admin/case_index_results.html"

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # A reference opens the case page, where the team works; editing facts is one of its
        # buttons (Wagtail's listing would open the edit form).
        return self._get_custom_column(
            field_name,
            self._get_title_column_class(column_class),
            get_url=self.get_inspect_url,
            get_title_id=lambda case: f"case_{case.pk}_title",
            **kwargs,
        )

    @cached_property
    def columns(self):
        # A box to tick on each row, for the bulk actions (grievances.tracker.bulk_actions).
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="case"), *super().columns]

    def search_queryset(self, queryset):
        # A reference as people type it ("7wf6kj6e", "7WF6 KJ6E") finds its case.
        reference = normalise_reference(self.search_query) if self.is_searching else None
        if reference:
            return queryset.filter(reference=reference)
        return super().search_queryset(queryset)

    def get_base_queryset(self):
        unread = (
            CaseEvent.objects.filter(case=OuterRef("pk"), is_unread=True)
            .order_by()
            .values("case")
            .annotate(count=Count("pk"))
            .values("count")
        )
        queryset = (
            cases_visible_to(self.request.user)
            .select_related("federation", "province", "regency", "responsible_operator", "legal_advisor")
            .annotate(unread_count=Coalesce(Subquery(unread), 0))
        )
        if self.request.GET.get("mine"):
            queryset = queryset.filter(
                pk__in=Case.objects.filter(assigned_to(self.request.user)).values("pk")
            )
        return queryset

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["saved_filters"] = SavedCaseFilter.objects.filter(user=self.request.user)
        context["current_filter_query"] = kept_query(self.request.GET)
        return context

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Straight to the file: the listing's context would load every row into memory first.
            export = csv_response if request.GET.get("export") == "csv" else xlsx_response
            return export(self.get_queryset(), self.list_export, request.user, self.export_filename)
        return super().get(request, *args, **kwargs)


class CaseInspectView(ScopedCaseObjectMixin, generic.InspectView):
    template_name = "grievances/admin/case_page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        user = self.request.user
        roles = roles_for(user, case)
        events = case.events.select_related("author").prefetch_related("attachments")
        context.update(
            {
                "case": case,
                "roles": roles,
                "events": events,
                "transitions": [
                    (transition, TransitionForm(transition=transition, case=case, prefix=transition.name))
                    for transition in available_transitions(case, roles)
                ],
                "message_form": CaseMessageForm(),
                "group_form": CaseGroupForm(user=user),
                "referrals": case.referrals.select_related("partner"),
                "referral_form": ReferralForm(case=case) if case.status in ("handling", "referred") else None,
                "attachments": case.attachments.all(),
                "possible_duplicates": possible_duplicates(case, user),
                "article_links": case.article_links.select_related("article", "linked_by"),
                "may_link_articles": bool(roles & CASE_STAFF),
                "article_link_form": ArticleLinkForm(),
                "suggested_articles": suggested_articles(case) if case.consent_anonymised_publication else [],
                "is_overdue": case.is_overdue,
            }
        )
        return context

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Opening the case page reads what the reporter sent, and is on the case's record.
        self.object.events.filter(is_unread=True).update(is_unread=False)
        log(instance=self.object, action="grievances.view", user=request.user, data={})
        response["Cache-Control"] = "no-store"
        return response


ASSIGNMENT_FIELDS = ("responsible_operator", "legal_advisor")


class CaseEditView(ScopedCaseObjectMixin, generic.EditView):
    def save_instance(self):
        # The form has already written its values onto self.object: compare with the database.
        stored = Case.objects.get(pk=self.object.pk)
        before = {name: getattr(stored, f"{name}_id") for name in ASSIGNMENT_FIELDS}
        before_handlers = set(stored.handlers.values_list("pk", flat=True))
        case = super().save_instance()
        changes = [
            str(Case._meta.get_field(name).verbose_name)
            for name in ASSIGNMENT_FIELDS
            if before[name] != getattr(case, f"{name}_id")
        ]
        if before_handlers != set(case.handlers.values_list("pk", flat=True)):
            changes.append(str(Case._meta.get_field("handlers").verbose_name))
        if changes:
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.ASSIGNMENT,
                author=self.request.user,
                text=", ".join(f"{name}: {value}" for name, value in assignment_summary(case)),
            )
        return case


def assignment_summary(case):
    return [
        (_("responsible operator"), case.responsible_operator or "–"),
        (_("legal advisor"), case.legal_advisor or "–"),
        (_("named handlers"), ", ".join(str(user) for user in case.handlers.all()) or "–"),
    ]


class CaseDeleteView(ScopedCaseObjectMixin, generic.DeleteView):
    pass


class CaseHistoryView(ScopedCaseObjectMixin, HistoryView):
    pass


class CaseUsageView(ScopedCaseObjectMixin, UsageView):
    pass


class CaseViewSet(ModelViewSet):
    model = Case
    icon = "folder-open-inverse"
    menu_label = _("Cases")
    menu_order = 200
    add_to_admin_menu = True
    url_prefix = "kasus/daftar"
    url_namespace = "grievances_case"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = CaseIndexView
    index_template_name = "grievances/admin/case_index.html"
    inspect_view_class = CaseInspectView
    edit_view_class = CaseEditView
    delete_view_class = CaseDeleteView
    history_view_class = CaseHistoryView
    usage_view_class = CaseUsageView
    form_fields = CaseEditForm.Meta.fields
    list_display = ["reference", *case_columns()]
    list_export = EXPORT_FIELDS
    export_filename = "kasus"
    filterset_class = CaseFilterSet
    search_fields = ["reference", "employer"]
    ordering = ["-created_at"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return CaseEditForm

    @property
    def add_view(self):
        return enter_case

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("transition/<int:pk>/<slug:name>/", transition_view, name="transition"),
            path("message/<int:pk>/", message_view, name="message"),
            path("group/<int:pk>/", group_case_view, name="group"),
            path("collective/<int:group_id>/", collective_view, name="collective"),
            path("refer/<int:pk>/", refer_view, name="refer"),
            path("articles/<int:pk>/link/", article_link_view, name="article_link"),
            path("articles/<int:pk>/story/", story_view, name="story"),
            path("articles/<int:pk>/unlink/<int:article_id>/", article_unlink_view, name="article_unlink"),
            path("referral/<int:pk>/answer/", referral_answer_view, name="referral_answer"),
            path("referral/<int:pk>/link/", referral_link_view, name="referral_link"),
            path("referral/<int:pk>/letter/", referral_letter_view, name="referral_letter"),
            path("filters/save/", save_filter_view, name="save_filter"),
            path("filters/<int:pk>/delete/", delete_filter_view, name="delete_filter"),
        ]


class FederationMembershipViewSet(ModelViewSet):
    """System owners decide which federations each staff member belongs to."""

    model = FederationMembership
    icon = "group"
    menu_label = _("Federation memberships")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["user", "federation"]
    list_filter = ["federation"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    form_fields = ["user", "federation"]
