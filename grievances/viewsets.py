"""The case tracker in the Wagtail admin: listing, case page, edit, transitions and messages.

Every view finds its case through grievances.access: a case the user may not see does not
exist for them (404), and the attempt is logged.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from articles.models import ArticlePage

from .access import assigned_to, can_view_case, cases_visible_to, roles_for
from .admin_views import enter_case
from .filters import CaseFilterSet
from .lifecycle import (
    CASE_STAFF,
    TRANSITIONS_BY_NAME,
    TransitionNotAllowed,
    apply_transition,
    available_transitions,
)
from .models import Case, CaseEvent, CaseGroup
from .publication import link_article, start_story, suggested_articles, unlink_article
from .referral_admin import (
    ReferralForm,
    refer_view,
    referral_answer_view,
    referral_letter_view,
    referral_link_view,
)
from .roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP

EXPORT_FIELDS = [
    "reference",
    "status",
    "channel",
    "federation",
    "province",
    "regency",
    "employer",
    "estate",
    "employment_status",
    "workers_affected",
    "risk_retaliation",
    "risk_emergency",
    "risk_child_labour",
    "risk_gbv",
    "responsible_operator",
    "legal_advisor",
    "deadline",
    "created_at",
]


def visible_case_or_404(request, pk):
    case = (
        Case.objects.select_related(
            "federation", "province", "regency", "responsible_operator", "legal_advisor", "group"
        )
        .filter(pk=pk)
        .first()
    )
    if case is None:
        raise Http404
    if not can_view_case(request.user, case):
        log(instance=case, action="grievances.denied", user=request.user, data={"path": request.path[:200]})
        raise Http404
    return case


class ScopedCaseObjectMixin:
    def get_object(self, queryset=None):
        return visible_case_or_404(self.request, self.kwargs["pk"])


class CaseIndexView(generic.IndexView):
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

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            log_export(self.request.user, context["object_list"], self.request.GET.get("export"))
        return super().render_to_response(context, **response_kwargs)


def log_export(user, cases, export_format):
    """One audit entry per exported case, so each case's processing record shows the export."""
    content_type = ContentType.objects.get_for_model(Case)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                object_id=str(case.pk),
                label=case.reference,
                action="grievances.export",
                user=user,
                timestamp=now,
                data={"format": export_format},
            )
            for case in cases
        ],
        batch_size=1000,
    )


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


def possible_duplicates(case, user):
    """Cases this user may see with the same employer and a shared topic, within 90 days."""
    if not case.employer:
        return Case.objects.none()
    window = timezone.timedelta(days=90)
    return (
        cases_visible_to(user)
        .filter(
            employer__iexact=case.employer,
            topics__in=case.topics.all(),
            created_at__range=(case.created_at - window, case.created_at + window),
        )
        .exclude(pk=case.pk)
        .distinct()[:10]
    )


class ArticleLinkForm(forms.Form):
    article = forms.ModelChoiceField(
        label=_("Article"),
        queryset=ArticlePage.objects.all(),
        widget=AdminPageChooser(target_models=[ArticlePage], can_choose_root=False),
        error_messages={"required": _("Choose an article."), "invalid_choice": _("Choose an article.")},
    )


def case_for_article_links(request, pk):
    """The case, if this user may change its article links (operators, coordinators, system owners)."""
    case = visible_case_or_404(request, pk)
    if request.method != "POST":
        raise Http404
    if not roles_for(request.user, case) & CASE_STAFF:
        raise PermissionDenied
    return case


def article_link_view(request, pk):
    case = case_for_article_links(request, pk)
    form = ArticleLinkForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("article", [])))
        return redirect("grievances_case:inspect", case.pk)
    article = form.cleaned_data["article"]
    try:
        link_article(case, article, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Linked to the article “%(title)s”.") % {"title": article.title})
    return redirect("grievances_case:inspect", case.pk)


def story_view(request, pk):
    """Start a draft article from the case's anonymised template, linked to the case."""
    case = case_for_article_links(request, pk)
    try:
        article = start_story(case, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("grievances_case:inspect", case.pk)
    messages.success(
        request,
        _("Story draft “%(title)s” started and linked to this case; writers find it among the articles.")
        % {"title": article.title},
    )
    if article.permissions_for_user(request.user).can_edit():
        return redirect("wagtailadmin_pages:edit", article.pk)
    return redirect("grievances_case:inspect", case.pk)


def article_unlink_view(request, pk, article_id):
    case = case_for_article_links(request, pk)
    link = case.article_links.select_related("article").filter(article_id=article_id).first()
    if link is None:
        raise Http404
    unlink_article(case, link.article, request.user)
    messages.success(request, _("Link to the article “%(title)s” removed.") % {"title": link.article.title})
    return redirect("grievances_case:inspect", case.pk)


class CaseEditForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = [
            "responsible_operator",
            "legal_advisor",
            "handlers",
            "dispute_stage",
            "description",
            "topics",
            "employer",
            "estate",
            "province",
            "regency",
            "federation",
            "incident_date",
            "incident_date_is_approximate",
            "workers_affected",
            "employment_status",
            "job",
            "gender",
            "risk_retaliation",
            "risk_emergency",
            "risk_child_labour",
            "risk_gbv",
        ]
        widgets = {"topics": forms.CheckboxSelectMultiple, "handlers": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.filter(is_active=True)
        self.fields["responsible_operator"].queryset = users.filter(groups__name=OPERATOR_GROUP).distinct()
        self.fields["legal_advisor"].queryset = users.filter(groups__name=LEGAL_ADVISOR_GROUP).distinct()
        self.fields["handlers"].queryset = users.filter(
            groups__name__in=[OPERATOR_GROUP, LEGAL_ADVISOR_GROUP]
        ).distinct()


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


class TransitionForm(forms.Form):
    rejection_reason = forms.ChoiceField(
        label=_("Why it cannot be processed"), choices=Case.RejectionReason.choices
    )
    duplicate_of = forms.CharField(
        label=_("Reference of the case it duplicates"), required=False, max_length=20
    )
    reporter_explanation = forms.CharField(
        label=_("Explanation the reporter will read"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Case.Outcome.choices)
    outcome_summary = forms.CharField(
        label=_("Summary"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, transition, case, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.case, self.user = case, user
        for name in list(self.fields):
            if name not in transition.asks:
                del self.fields[name]
            else:
                # The lifecycle says what is missing, in one place.
                self.fields[name].required = False

    def clean_duplicate_of(self):
        from .models import normalise_reference

        value = self.cleaned_data.get("duplicate_of")
        if not value:
            return None
        reference = normalise_reference(value)
        original = cases_visible_to(self.user).filter(reference=reference).first() if reference else None
        if original is None:
            raise ValidationError(_("No case you can see has this reference."))
        return original


class CaseMessageForm(forms.Form):
    visibility = forms.ChoiceField(
        label=_("Who reads it"),
        choices=[
            (CaseEvent.Visibility.INTERNAL, _("Internal note: staff only")),
            (CaseEvent.Visibility.REPORTER, _("Message to the reporter: shown on their status page")),
        ],
        widget=forms.RadioSelect,
        initial=CaseEvent.Visibility.INTERNAL,
    )
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)


def transition_view(request, pk, name):
    case = visible_case_or_404(request, pk)
    transition = TRANSITIONS_BY_NAME.get(name)
    if request.method != "POST" or transition is None:
        raise Http404
    form = TransitionForm(request.POST, transition=transition, case=case, user=request.user, prefix=name)
    if not form.is_valid():
        messages.validation_error(request, _("The status was not changed: check the form."), form)
        return redirect("grievances_case:inspect", case.pk)
    try:
        apply_transition(case, name, request.user, roles_for(request.user, case), form.cleaned_data)
    except TransitionNotAllowed:
        messages.error(request, _("You cannot take this step on this case."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Status changed to “%(status)s”.") % {"status": case.get_status_display()}
        )
    return redirect("grievances_case:inspect", case.pk)


def message_view(request, pk):
    case = visible_case_or_404(request, pk)
    if request.method != "POST":
        raise Http404
    form = CaseMessageForm(request.POST)
    if form.is_valid():
        visibility = form.cleaned_data["visibility"]
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.MESSAGE
            if visibility == CaseEvent.Visibility.REPORTER
            else CaseEvent.Kind.NOTE,
            visibility=visibility,
            author=request.user,
            text=form.cleaned_data["text"].strip(),
        )
        messages.success(request, _("Saved on the case's timeline."))
    else:
        messages.error(request, _("Write the text of the note or message."))
    return redirect("grievances_case:inspect", case.pk)


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
    inspect_view_class = CaseInspectView
    edit_view_class = CaseEditView
    delete_view_class = CaseDeleteView
    history_view_class = CaseHistoryView
    usage_view_class = CaseUsageView
    form_fields = CaseEditForm.Meta.fields
    list_display = [
        "reference",
        "status",
        Column("unread_count", label=_("unread"), sort_key="unread_count"),
        "federation",
        "province",
        "employer",
        "responsible_operator",
        Column("deadline_state", label=_("deadline"), sort_key="deadline"),
        "created_at",
    ]
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
        ]


class CaseGroupForm(forms.Form):
    group = forms.ModelChoiceField(
        label=_("Add to the collective case"), queryset=CaseGroup.objects.none(), required=False
    )
    new_group_name = forms.CharField(
        label=_("or start a new collective case named"), required=False, max_length=200
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups_visible_to(user)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("group") and not (cleaned.get("new_group_name") or "").strip():
            raise ValidationError(_("Choose a collective case or name a new one."))
        return cleaned


def groups_visible_to(user):
    return CaseGroup.objects.filter(cases__in=cases_visible_to(user)).distinct()


def group_case_view(request, pk):
    case = visible_case_or_404(request, pk)
    if request.method != "POST":
        raise Http404
    form = CaseGroupForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, " ".join(form.non_field_errors()) or _("Choose a collective case."))
        return redirect("grievances_case:inspect", case.pk)
    group = form.cleaned_data["group"] or CaseGroup.objects.create(
        name=form.cleaned_data["new_group_name"].strip(), created_by=request.user
    )
    case.group = group
    case.save(update_fields=["group", "updated_at"])
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.NOTE,
        author=request.user,
        text=_("Added to the collective case “%(name)s”.") % {"name": group.name},
    )
    messages.success(request, _("Added to the collective case “%(name)s”.") % {"name": group.name})
    return redirect("grievances_case:collective", group.pk)


BULK_TRANSITIONS = [name for name, transition in TRANSITIONS_BY_NAME.items() if not transition.asks]


class BulkActionForm(forms.Form):
    cases = forms.ModelMultipleChoiceField(
        label=_("Cases"), queryset=Case.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            ("note", _("Add an internal note")),
            ("message", _("Send the same message to each reporter")),
        ]
        + [(name, TRANSITIONS_BY_NAME[name].label) for name in BULK_TRANSITIONS],
    )
    text = forms.CharField(
        label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cases"].queryset = members

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") in ("note", "message") and not (cleaned.get("text") or "").strip():
            self.add_error("text", _("Write the text of the note or message."))
        return cleaned


def collective_view(request, group_id):
    """A collective case: its members this user may see, and one action taken on any of them."""
    group = CaseGroup.objects.filter(pk=group_id).first()
    members = (
        cases_visible_to(request.user).filter(group_id=group_id).order_by("created_at") if group else None
    )
    if group is None or not members.exists():
        raise Http404
    form = BulkActionForm(request.POST or None, members=members)
    if request.method == "POST" and form.is_valid():
        action, text = form.cleaned_data["action"], (form.cleaned_data["text"] or "").strip()
        done, refused = [], []
        for case in form.cleaned_data["cases"]:
            if action in ("note", "message"):
                visibility = (
                    CaseEvent.Visibility.REPORTER if action == "message" else CaseEvent.Visibility.INTERNAL
                )
                kind = CaseEvent.Kind.MESSAGE if action == "message" else CaseEvent.Kind.NOTE
                CaseEvent.objects.create(
                    case=case, kind=kind, visibility=visibility, author=request.user, text=text
                )
                done.append(case.reference)
                continue
            try:
                apply_transition(case, action, request.user, roles_for(request.user, case), {})
                done.append(case.reference)
            except (TransitionNotAllowed, ValidationError):
                refused.append(case.reference)
        if done:
            messages.success(request, _("Done for: %(cases)s") % {"cases": ", ".join(done)})
        if refused:
            messages.warning(request, _("Not possible for: %(cases)s") % {"cases": ", ".join(refused)})
        return redirect("grievances_case:collective", group.pk)
    return TemplateResponse(
        request,
        "grievances/admin/collective.html",
        {"group": group, "members": members, "form": form, "view": {"page_title": group.name}},
    )
