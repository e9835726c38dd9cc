"""The page a referral partner opens from the link: accept, decline or report the outcome.

No account is needed; the signed link opens one referral only, while it is open (see
grievances.referrals.links). The link is exchanged at once for a session and the token-free
address /rujukan/<id>/, so the token is in one request's path only. Every use is logged.
"""

from django import forms
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from grievances.cases.text import clean_text
from grievances.cases.transitions import REFERRAL_TRANSITIONS_BY_NAME

from .actions import ReferralError, answer_referral, snapshot_as_shown
from .links import SESSION_KEY, referral_for_link
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


def _refused(request, message):
    response = render(request, "grievances/partner_link_refused.html", {"message": message}, status=403)
    add_never_cache_headers(response)
    return response


def partner_link(request, referral_id, token):
    """The link's one use: remember the referral in the session, go to the token-free address."""
    try:
        referral = referral_for_link(referral_id, token=token)
    except ReferralError as error:
        return _refused(request, str(error))
    opened = dict(request.session.get(SESSION_KEY, {}))
    opened[str(referral.pk)] = referral.link_version
    request.session[SESSION_KEY] = opened
    response = HttpResponseRedirect(reverse("referral_partner_page", args=(referral.pk,)), status=303)
    add_never_cache_headers(response)
    return response


def partner_answer(request, referral_id):
    version = request.session.get(SESSION_KEY, {}).get(str(referral_id))
    try:
        referral = referral_for_link(referral_id, version=version)
    except ReferralError as error:
        return _refused(request, str(error))
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
        "facts": snapshot_as_shown(referral),
        "form": form,
        "error": error,
        "can_answer": referral.is_open,
    }
    response = render(request, "grievances/partner_answer.html", context, status=400 if error else 200)
    add_never_cache_headers(response)
    # The link's token must not leak to other sites; "same-origin" (set site-wide) keeps it here.
    # "no-referrer" would make browsers send "Origin: null", which CSRF protection refuses.
    return response
