"""The page a referral partner opens from the emailed link: accept, decline or report the outcome.

No account is needed; the signed link opens one referral only and expires. Every use is logged.
"""

from django import forms
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .referrals import SHAREABLE_FACTS, Referral, ReferralError, answer_referral, referral_for_link
from .text import clean_text


class PartnerAnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Your answer"),
        widget=forms.RadioSelect,
        choices=[
            ("accept", _("We accept this referral")),
            ("decline", _("We cannot take this referral")),
            ("complete", _("We report the outcome")),
        ],
    )
    result = forms.ChoiceField(
        label=_("Outcome"), choices=[("", "–")] + list(Referral.Result.choices), required=False
    )
    reason = forms.CharField(
        label=_("Reason or result"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when declining or reporting the outcome."),
    )
    note = forms.CharField(
        label=_("Note (optional)"), required=False, max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )
    partner_reference = forms.CharField(
        label=_("Your own reference for this case (optional)"), required=False, max_length=100
    )


def shared_facts(referral):
    """(label, value) of exactly the facts this referral shares."""
    case = referral.case
    values = {
        "description": case.description,
        "topics": ", ".join(topic.label for topic in case.topics.all()),
        "incident_date": case.incident_date.isoformat() if case.incident_date else "–",
        "employer": case.employer or "–",
        "estate": case.estate or "–",
        "place": ", ".join(str(part) for part in (case.province, case.regency) if part) or "–",
        "workers_affected": case.workers_affected or "–",
        "employment_status": case.get_employment_status_display() or "–",
        "reporter_name": case.reporter_name,
        "reporter_contact": " ".join(part for part in (case.phone, case.email) if part),
    }
    return [(SHAREABLE_FACTS[key], values[key]) for key in SHAREABLE_FACTS if key in referral.shared_facts]


def partner_answer(request, referral_id, token):
    try:
        referral = referral_for_link(referral_id, token)
    except ReferralError as error:
        response = render(
            request, "grievances/partner_link_refused.html", {"message": str(error)}, status=403
        )
        add_never_cache_headers(response)
        return response
    log(
        instance=referral.case,
        action="grievances.partner_link",
        user=None,
        data={"referral": referral.pk, "method": request.method},
    )

    form = PartnerAnswerForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            answer_referral(
                referral,
                form.cleaned_data["answer"],
                note=clean_text(form.cleaned_data["note"]),
                reason=clean_text(form.cleaned_data["reason"]),
                result=form.cleaned_data["result"],
                via_link=True,
            )
        except ReferralError as refused:
            error = str(refused)
        else:
            if form.cleaned_data["partner_reference"]:
                Referral.objects.filter(pk=referral.pk).update(
                    partner_reference=clean_text(form.cleaned_data["partner_reference"])
                )
            return HttpResponseRedirect(request.path)
    referral.refresh_from_db()
    context = {
        "referral": referral,
        "facts": shared_facts(referral),
        "form": form,
        "error": error,
        "can_answer": referral.is_open,
    }
    response = render(request, "grievances/partner_answer.html", context, status=400 if error else 200)
    add_never_cache_headers(response)
    # The link's token must not leak to other sites; "same-origin" (set site-wide) keeps it here.
    # "no-referrer" would make browsers send "Origin: null", which CSRF protection refuses.
    return response
