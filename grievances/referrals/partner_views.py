"""The page a referral partner opens from the emailed link: accept, decline or report the outcome.

No account is needed; the signed link opens one referral only and expires. Every use is logged.
"""

from django import forms
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from grievances.cases.fields import shared_facts
from grievances.cases.text import clean_text
from grievances.cases.transitions import REFERRAL_TRANSITIONS_BY_NAME

from .actions import ReferralError, answer_referral
from .links import referral_for_link
from .models import Referral


class PartnerAnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Your answer"),
        widget=forms.RadioSelect,
        # The steps a partner may take, as the referral lifecycle names them.
        choices=[
            (name, REFERRAL_TRANSITIONS_BY_NAME[name].label) for name in ("accept", "decline", "complete")
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
        "facts": shared_facts(referral.case, referral.shared_facts),
        "form": form,
        "error": error,
        "can_answer": referral.is_open,
    }
    response = render(request, "grievances/partner_answer.html", context, status=400 if error else 200)
    add_never_cache_headers(response)
    # The link's token must not leak to other sites; "same-origin" (set site-wide) keeps it here.
    # "no-referrer" would make browsers send "Origin: null", which CSRF protection refuses.
    return response
