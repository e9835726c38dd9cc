"""Admin screens for referrals: the partner directory, referring a case, answers, links and letters."""

import csv

from django import forms
from django.core.mail import send_mail
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import Site

from grievances.cases.access import cases_visible_to, is_case_staff, roles_for, visible_case_or_404
from grievances.cases.fields import DEFAULT_SHARED_FACTS, SHARED_FACTS
from grievances.cases.roles import ADVISOR, CASE_STAFF
from home.models import SiteSettings

from .actions import ReferralError, answer_referral, create_referral, suggested_partners
from .figures import referral_figures
from .letters import assign_letter_number, referral_letter_pdf
from .links import (
    issue_partner_link,
    link_expires_at,
    link_refusal,
    partner_link_token,
    revoke_partner_links,
    update_snapshot,
)
from .models import Referral, ReferralLetterSettings, ReferralPartner


class ReferralPartnerViewSet(ModelViewSet):
    model = ReferralPartner
    icon = "group"
    menu_label = gettext_lazy("Referral partners")
    menu_order = 210
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["name", "kind", "contact_person", "phone", "is_active"]
    list_filter = ["kind", "is_active", "provinces", "topics"]
    search_fields = ["name", "contact_person", "notes"]
    form_fields = [
        "name",
        "kind",
        "provinces",
        "topics",
        "contact_person",
        "phone",
        "email",
        "address",
        "notes",
        "is_active",
    ]


class ReferralForm(forms.Form):
    partner = forms.ModelChoiceField(label=gettext_lazy("Partner"), queryset=ReferralPartner.objects.none())
    reason = forms.CharField(
        label=gettext_lazy("Reason for referral"), widget=forms.Textarea(attrs={"rows": 3}), max_length=3000
    )
    shared_facts = forms.MultipleChoiceField(
        label=gettext_lazy("Facts to share (only what the partner needs)"),
        choices=[(key, fact.label) for key, fact in SHARED_FACTS.items()],
        widget=forms.CheckboxSelectMultiple,
        initial=DEFAULT_SHARED_FACTS,
    )
    consent_method = forms.ChoiceField(
        label=gettext_lazy("How the reporter consented to this sharing"),
        choices=Referral.ConsentMethod.choices,
    )
    override_reason = forms.CharField(
        label=gettext_lazy("Reason for overriding consent (system owners only)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )
    follow_up_date = forms.DateField(
        label=gettext_lazy("Follow up on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        # Suggested partners first; inactive ones are refused with a message rather than hidden.
        self.fields["partner"].queryset = ReferralPartner.objects.all()
        suggestions = list(suggested_partners(case))
        others = ReferralPartner.objects.exclude(pk__in=[p.pk for p in suggestions])
        self.fields["partner"].choices = (
            [("", "–")]
            + [(p.pk, p.name) for p in suggestions]
            + [(p.pk, f"{p.name} ({_('inactive')})") for p in others]
        )


def _case_for_referral(request, case_pk):
    case = visible_case_or_404(request, case_pk)
    roles = roles_for(request.user, case)
    if not roles & (CASE_STAFF | {ADVISOR}):
        raise Http404
    return case, roles


def refer_view(request, pk):
    case, roles = _case_for_referral(request, pk)
    if request.method != "POST":
        raise Http404
    form = ReferralForm(request.POST, case=case)
    if not form.is_valid():
        messages.validation_error(request, _("The referral was not sent: check the form."), form)
        return redirect("grievances_case:inspect", case.pk)
    try:
        referral = create_referral(
            case,
            form.cleaned_data["partner"],
            request.user,
            roles,
            reason=form.cleaned_data["reason"],
            shared_facts=form.cleaned_data["shared_facts"],
            consent_method=form.cleaned_data["consent_method"],
            override_reason=form.cleaned_data["override_reason"],
        )
    except ReferralError as error:
        messages.error(request, str(error))
    else:
        if form.cleaned_data["follow_up_date"]:
            Referral.objects.filter(pk=referral.pk).update(follow_up_date=form.cleaned_data["follow_up_date"])
        messages.success(request, _("Referred to %(partner)s.") % {"partner": referral.partner.name})
    return redirect("grievances_case:inspect", case.pk)


def _referral(request, pk):
    referral = get_object_or_404(Referral.objects.select_related("case", "partner"), pk=pk)
    _case_for_referral(request, referral.case_id)
    return referral


def referral_answer_view(request, pk):
    """Staff record an answer received by phone or letter, or withdraw the referral."""
    referral = _referral(request, pk)
    if request.method != "POST":
        raise Http404
    try:
        answer_referral(
            referral,
            request.POST.get("answer", ""),
            user=request.user,
            reason=request.POST.get("reason", "")[:3000],
            result=request.POST.get("result", ""),
        )
    except ReferralError as error:
        messages.error(request, str(error))
    return redirect("grievances_case:inspect", referral.case_id)


def partner_link_url(request, referral):
    """The partner link to copy or send, or "" while none works."""
    if referral.link_issued_at is None:
        return ""
    return request.build_absolute_uri(
        reverse("referral_partner_answer", args=(referral.pk, partner_link_token(referral)))
    )


def referral_link_view(request, pk):
    """Staff renew, revoke or email the partner link, or share the case's current facts again."""
    referral = _referral(request, pk)
    if request.method != "POST":
        raise Http404
    action = request.POST.get("action")
    if action == "revoke":
        revoke_partner_links(referral, request.user)
        messages.success(request, _("Earlier links to this referral no longer work."))
        return redirect("grievances_case:inspect", referral.case_id)
    if not referral.is_open:
        messages.error(request, _("This referral is closed: its partner link no longer works."))
        return redirect("grievances_case:inspect", referral.case_id)
    if action == "snapshot":
        update_snapshot(referral, request.user)
        messages.success(request, _("The partner now sees the case's current facts."))
        return redirect("grievances_case:inspect", referral.case_id)
    if action == "renew" or referral.link_issued_at is None or link_refusal(referral):
        issue_partner_link(referral, request.user)
    if action == "renew":
        messages.success(request, _("A new partner link was made; earlier links no longer work."))
        return redirect("grievances_case:inspect", referral.case_id)
    if not referral.partner.email:
        messages.error(request, _("This partner has no email address."))
        return redirect("grievances_case:inspect", referral.case_id)
    url = partner_link_url(request, referral)
    body = _(
        "The JAPBUSI network has referred case %(reference)s to you.\n\n"
        "Open this link to read what the reporter agreed to share and to answer:\n%(url)s\n\n"
        "The link works only for this referral and expires. Please keep the information confidential."
    ) % {"reference": referral.case.reference, "url": url}
    try:
        send_mail(
            _("[JAPBUSI] Referral %(reference)s") % {"reference": referral.case.reference},
            body,
            None,
            [referral.partner.email],
        )
    except Exception:
        messages.error(request, _("The email could not be sent. Try again later."))
    else:
        log(
            instance=referral.case,
            action="grievances.referral",
            user=request.user,
            data={"referral": referral.pk, "step": "link sent"},
        )
        messages.success(request, _("The link was sent to %(email)s.") % {"email": referral.partner.email})
    return redirect("grievances_case:inspect", referral.case_id)


def referral_letter_view(request, pk):
    referral = _referral(request, pk)
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    assign_letter_number(referral)
    pdf = referral_letter_pdf(referral, SiteSettings.for_site(site), ReferralLetterSettings.for_site(site))
    log(
        instance=referral.case,
        action="grievances.referral",
        user=request.user,
        data={"referral": referral.pk, "step": "letter"},
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="surat-rujukan-{referral.case.reference}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


def referral_figures_export(request):
    """The referral figures of the cases this user may see, as CSV; each export is logged."""
    if not is_case_staff(request.user):
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="rujukan-per-mitra.csv"'
    response["Cache-Control"] = "no-store"
    writer = csv.writer(response)
    columns = [
        "partner",
        "sent",
        "acceptance_rate",
        "median_days_to_answer",
        "successful",
        "unsuccessful",
        "declined",
        "open",
    ]
    writer.writerow(columns)
    for row in referral_figures(cases_visible_to(request.user)):
        writer.writerow([str(row[column]) if row[column] is not None else "" for column in columns])
    return response


def referral_rows(request, case):
    """Each referral of the case with its partner link for copying, its expiry and why it does not
    work (if it does not), for the case page's referral section."""
    rows = []
    for referral in case.referrals.select_related("partner", "case"):
        refusal = link_refusal(referral)
        rows.append(
            {
                "referral": referral,
                "link": "" if refusal else partner_link_url(request, referral),
                "expires_at": None if refusal else link_expires_at(referral),
                "link_refusal": refusal,
            }
        )
    return rows
