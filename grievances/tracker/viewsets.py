"""The case tracker in the Wagtail admin: the listing and its export, the case page, edit, history.

Every view finds its case through grievances.cases.access: a case the user may not see does not
exist for them (404), and the attempt is logged.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, QueryDict
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import log

from accounts.sidebar import permissions_generation
from grievances.cases.access import assigned_to, cases_visible_to, roles_for, visible_case_or_404
from grievances.cases.fields import CATALOGUE, display_value, exported_fields, header
from grievances.cases.handling import checklist, corrections_by_field, facts_before, record_corrections
from grievances.cases.models import Case, CaseEvent, FederationMembership
from grievances.cases.references import normalise_reference
from grievances.cases.roles import CASE_STAFF
from grievances.cases.transitions import available_transitions
from grievances.conf import conf
from grievances.publication.links import suggested_articles
from grievances.referrals.admin import (
    ReferralForm,
    refer_view,
    referral_answer_view,
    referral_letter_view,
    referral_link_view,
    referral_rows,
)
from home.cache import content_generation

from .casework import (
    DISPUTE_STATES,
    MAY,
    AssignmentForm,
    ChecklistForm,
    DisputeStageForm,
    assign_view,
    checklist_view,
    dispute_stage_view,
    may,
)
from .entry import enter_case
from .exports import csv_response, xlsx_response
from .filters import CaseFilterSet
from .forms import ArticleLinkForm, CaseEditForm, CaseGroupForm, CaseMessageForm, TransitionForm
from .listing import (
    LISTED_FIELDS,
    CaseCell,
    CaseCheckboxCell,
    CaseTable,
    ReferenceCell,
    attach_listed_relations,
    case_columns,
)
from .queued_exports import prepare_export, request_export, will_retry
from .saved_filters import SavedCaseFilter, delete_filter_view, kept_query, save_filter_view
from .sensitivity import sensitivity_view
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
    table_class = CaseTable

    def _get_title_column(self, field_name, column_class=ReferenceCell, **kwargs):
        # A reference opens the case page, where the team works; editing facts is one of its
        # buttons (Wagtail's listing would open the edit form).
        return self._get_custom_column(
            field_name,
            column_class,
            url_name="grievances_case:inspect",
            **kwargs,
        )

    def _get_custom_column(self, field_name, column_class=CaseCell, **kwargs):
        # The listing's own cells, drawn without a template each (grievances.tracker.listing).
        return super()._get_custom_column(field_name, column_class, **kwargs)

    @cached_property
    def columns(self):
        # A box to tick on each row, for the bulk actions (grievances.tracker.bulk_actions).
        return [CaseCheckboxCell("bulk_actions", obj_type="case"), *super().columns]

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
        queryset = cases_visible_to(self.request.user).annotate(unread_count=Coalesce(Subquery(unread), 0))
        if self.request.GET.get("mine"):
            queryset = queryset.filter(
                pk__in=Case.objects.filter(assigned_to(self.request.user)).values("pk")
            )
        return queryset

    def paginate_queryset(self, queryset, page_size):
        # The page's rows read only what their cells show. Only here: an export, streamed or
        # queued (which builds this view's queryset without "export" in the query), reads its own
        # columns, and deferred ones would cost a query per row.
        paginator, page, rows, is_paginated = super().paginate_queryset(
            queryset.only(*LISTED_FIELDS), page_size
        )
        page.object_list = attach_listed_relations(list(rows))
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["saved_filters"] = SavedCaseFilter.objects.filter(user=self.request.user)
        context["current_filter_query"] = kept_query(self.request.GET)
        context["listing_fragment_key"] = self.listing_fragment_key()
        return context

    def listing_fragment_key(self):
        """What frames the rows is drawn from: the header (buttons, search box, filters), the column
        headers, the page links and the bulk actions' bar depend on the user and their permissions,
        the vocabulary and staff names the filters offer (the content and permissions generations),
        the language and the address's query. They are kept under this key (`{% kept %}`), so a
        change to any of them draws them again. None while searching: the words typed (perhaps a
        reporter's name) are not kept outside the request."""
        if self.is_searching:
            return None
        return ":".join(
            [
                str(self.request.user.pk),
                permissions_generation(),
                content_generation(),
                get_language(),
                self.request.get_full_path(),
            ]
        )

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                _("My exports"), url=reverse("grievances_case_exports"), icon_name="download", priority=95
            ),
        ]

    def filters_summary(self):
        """The listing's search and filters as it names them, for the "My exports" page."""
        parts = [gettext("My cases")] if self.request.GET.get("mine") else []
        if self.is_searching:
            parts.append(gettext("Search: “%(words)s”") % {"words": self.search_query})
        if self.filters and self.filters.is_valid():
            parts += [f"{capfirst(str(item.field_label))}: {item.value}" for item in self.active_filters]
        return " · ".join(parts)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Straight to the file: the listing's context would load every row into memory first.
            export_format = "csv" if request.GET.get("export") == "csv" else "xlsx"
            queryset = self.get_queryset()
            rows = queryset.count()
            if rows > conf.EXPORT_INLINE_MAX_ROWS:
                return self.queue_export(export_format, rows)
            export = csv_response if export_format == "csv" else xlsx_response
            return export(queryset, self.list_export, request.user, self.export_filename)
        return super().get(request, *args, **kwargs)

    def queue_export(self, export_format, rows):
        """Too many rows for one request: a task writes the file, and the user waits for it on the
        "My exports" page."""
        query = self.request.GET.copy()
        for key in ("export", self.page_kwarg, "_w_filter_fragment"):
            query.pop(key, None)
        with transaction.atomic():
            export = request_export(
                self.request.user, export_format, query.urlencode(), self.filters_summary(), rows
            )
            transaction.on_commit(lambda: prepare_case_export.enqueue(export.pk))
        messages.success(
            self.request,
            ngettext(
                "The export of %(count)s case is being prepared. It will be ready here shortly.",
                "The export of %(count)s cases is being prepared. It will be ready here shortly.",
                rows,
            )
            % {"count": formats.number_format(rows, force_grouping=True)},
        )
        return redirect("grievances_case_exports")


class CaseInspectView(ScopedCaseObjectMixin, generic.InspectView):
    """The case page: where the team reads the whole case and does all its work on it."""

    template_name = "grievances/admin/case_page.html"
    page_title = _("Case")

    def get_edit_url(self):
        # Correcting the reporter's facts is for operators, coordinators and system owners.
        if may(roles_for(self.request.user, self.object), "correct_facts"):
            return super().get_edit_url()
        return None

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        for button in buttons:
            if button.url == self.get_edit_url():
                button.label = _("Correct the facts")
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        user = self.request.user
        roles = roles_for(user, case)
        events = case.events.select_related("author").prefetch_related("attachments")
        transitions = [
            (transition, TransitionForm(transition=transition, case=case, prefix=transition.name))
            for transition in available_transitions(case, roles)
        ]
        context.update(
            {
                "case": case,
                "roles": roles,
                "events": events,
                "transitions": [pair for pair in transitions if pair[0].name != "reject"],
                "reject": next((pair for pair in transitions if pair[0].name == "reject"), None),
                "risks": [header(name) for name in RISK_FIELDS if getattr(case, name)],
                "fact_sections": fact_sections(case),
                "handlers": case.handlers.all(),
                "checklist": checklist(case),
                "dispute_stages": case.dispute_stage_records.select_related("recorded_by"),
                "may": {action: may(roles, action) for action in MAY},
                "assignment_form": AssignmentForm(case=case, auto_id="assign-%s"),
                "checklist_form": ChecklistForm(case=case, auto_id="check-%s")
                if case.status in ("received", "verifying")
                else None,
                "dispute_stage_form": DisputeStageForm(
                    initial={"stage": next_dispute_stage(case), "started_on": timezone.localdate()},
                    auto_id="stage-%s",
                )
                if case.status in DISPUTE_STATES
                else None,
                "message_form": CaseMessageForm(auto_id="message-%s"),
                "group_form": CaseGroupForm(user=user),
                "referrals": case.referrals.select_related("partner"),
                "referral_rows": referral_rows(self.request, case),
                "referral_form": ReferralForm(case=case) if case.status in ("handling", "referred") else None,
                "attachments": case.attachments.all(),
                "possible_duplicates": possible_duplicates(case, user),
                "duplicates": case.duplicates.filter(pk__in=cases_visible_to(user).values("pk")),
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


# The risk flags, shown first on the case page, in this order.
RISK_FIELDS = ("risk_retaliation", "risk_emergency", "risk_gbv", "risk_child_labour")
# The case page's headings for the sections of the report form (grievances.cases.fields.FORM_GROUPS).
FACT_SECTIONS = (
    ("what", _("The report")),
    ("where", _("Where")),
    ("work", _("The reporter's work")),
    ("who", _("Who reported, and how to reach them safely")),
    ("consent", _("Consents")),
)


def fact_sections(case):
    """Every fact the reporter gave, from the catalogue of case fields, section by section:
    [(heading, [(name, label, value, corrections)])]; corrections oldest first."""
    corrections = corrections_by_field(case)
    sections = []
    for key, heading in FACT_SECTIONS:
        facts = [
            (entry.name, header(entry.name), display_value(case, entry.name), corrections.get(entry.name, []))
            for entry in CATALOGUE
            if entry.form_group == key
        ]
        sections.append((heading, facts))
    received = [
        (name, header(name), display_value(case, name), [])
        for name in ("reference", "channel", "created_at", "created_by")
        if display_value(case, name)
    ]
    sections[0][1][:0] = received
    return sections


def next_dispute_stage(case):
    stages = Case.DisputeStage.values
    if case.dispute_stage in stages:
        return stages[min(stages.index(case.dispute_stage) + 1, len(stages) - 1)]
    return stages[0]


class CaseEditView(ScopedCaseObjectMixin, generic.EditView):
    """Correcting the facts the reporter gave (operators, coordinators, system owners); the save
    returns to the case page, and every changed fact keeps its earlier value."""

    def get_object(self, queryset=None):
        case = super().get_object(queryset)
        if not may(roles_for(self.request.user, case), "correct_facts"):
            raise PermissionDenied
        return case

    def get_page_title(self):
        return _("Correct the facts")

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Back to the case page"),
                url=reverse("grievances_case:inspect", args=(self.object.pk,)),
                icon_name="arrow-left",
            )
        ]

    def get_success_url(self):
        return reverse("grievances_case:inspect", args=(self.object.pk,))

    def get_success_message(self, instance=None):
        return _("Facts corrected; the reporter's original is kept on the case page.")

    def save_instance(self):
        before = facts_before(self.object, CaseEditForm.Meta.fields)
        case = super().save_instance()
        record_corrections(case, self.request.user, before)
        return case


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
            path("assign/<int:pk>/", assign_view, name="assign"),
            path("checklist/<int:pk>/", checklist_view, name="checklist"),
            path("dispute-stage/<int:pk>/", dispute_stage_view, name="dispute_stage"),
            path("message/<int:pk>/", message_view, name="message"),
            path("sensitivity/<int:pk>/<slug:action>/", sensitivity_view, name="sensitivity"),
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


# The one instance the admin registers (grievances.wagtail_hooks); its listing also writes the
# queued exports.
case_viewset = CaseViewSet("grievances_case")


def listing_queryset(user, query):
    """The cases the listing shows `user` for `query` (its filters, search and order), as it would
    now: the listing's own view, run on a request that is never served."""
    request = HttpRequest()
    request.method = "GET"
    request.path = reverse("grievances_case:index")
    request.GET = QueryDict(query)
    request.user = user
    index_view = case_viewset.index_view
    view = index_view.view_class(**index_view.view_initkwargs)
    view.setup(request)
    return view.get_queryset()


@task(takes_context=True)
def prepare_case_export(context, export_id):
    """Write a queued export of the case listing (grievances.tracker.queued_exports)."""
    return prepare_export(
        export_id,
        listing_queryset,
        EXPORT_FIELDS,
        may_retry=will_retry(prepare_case_export.get_backend(), context),
    )


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
