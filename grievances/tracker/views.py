"""Actions on a case from its page: transitions, notes and messages, article links, collective cases.

Every view finds its case through grievances.cases.access: a case the user may not see does not
exist for them (404), and the attempt is logged.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from grievances.cases.access import cases_visible_to, roles_for, visible_case_or_404
from grievances.cases.models import Case, CaseEvent, CaseGroup
from grievances.cases.roles import CASE_STAFF
from grievances.cases.transitions import (
    TRANSITIONS_BY_NAME,
    TransitionNotAllowed,
    apply_transition,
    available_transitions,
)
from grievances.publication.links import link_article, unlink_article
from grievances.publication.stories import start_story
from grievances.register.models import CaseRegisterLink

from .casework import case_for_action
from .forms import ArticleLinkForm, BulkActionForm, CaseGroupForm, CaseMessageForm, TransitionForm

# Steps that ask "are you sure?" on a page of their own before they are taken.
CONFIRMED_TRANSITIONS = ("close", "reopen")


def possible_duplicates(case, user):
    """Cases this user may see with the same employer (in the register) and a shared topic, within 90 days."""
    # The register's company when the team confirmed one, else the reporter's words.
    company_id = CaseRegisterLink.objects.filter(case=case).values_list("company_id", flat=True).first()
    if not case.employer and not company_id:
        return Case.objects.none()
    same_employer = (
        Q(register_link__company_id=company_id) if company_id else Q(employer__iexact=case.employer)
    )
    window = timezone.timedelta(days=90)
    return (
        cases_visible_to(user)
        .filter(
            same_employer,
            topics__in=case.topics.all(),
            created_at__range=(case.created_at - window, case.created_at + window),
        )
        .exclude(pk=case.pk)
        .distinct()[:10]
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


def transition_view(request, pk, name):
    case = visible_case_or_404(request, pk)
    transition = TRANSITIONS_BY_NAME.get(name)
    if request.method != "POST" or transition is None:
        raise Http404
    form = TransitionForm(request.POST, transition=transition, case=case, user=request.user, prefix=name)
    if not form.is_valid():
        messages.validation_error(request, _("The status was not changed: check the form."), form)
        return redirect("grievances_case:inspect", case.pk)
    roles = roles_for(request.user, case)
    if name in CONFIRMED_TRANSITIONS and not request.POST.get("confirmed"):
        if transition not in available_transitions(case, roles):
            messages.error(request, _("You cannot take this step on this case."))
            return redirect("grievances_case:inspect", case.pk)
        return TemplateResponse(
            request,
            "grievances/admin/confirm_transition.html",
            {
                "case": case,
                "transition": transition,
                "form": form,
                "view": {"page_title": transition.label},
            },
        )
    try:
        apply_transition(case, name, request.user, roles, form.cleaned_data)
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
    case, _roles = case_for_action(request, pk, "message")
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
        if visibility == CaseEvent.Visibility.REPORTER:
            messages.success(request, _("Sent to the reporter: they read it on their status page."))
        else:
            messages.success(request, _("Internal note saved on the timeline."))
    else:
        messages.error(request, _("Write the text of the note or message."))
    return redirect("grievances_case:inspect", case.pk)


def group_case_view(request, pk):
    case, _roles = case_for_action(request, pk, "group")
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
    return redirect("grievances_case:inspect", case.pk)


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
