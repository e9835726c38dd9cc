"""The reporter's answers after a resolution, sent from the status page: one view, one step each.
A refused answer stores nothing and says why; the status page shows the result."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext as _

from grievances.aftercare.checkins import answer_checkin, checkins_waiting
from grievances.aftercare.remedies import record_reporter_answer
from grievances.aftercare.verdict import confirm, object_to, save_rating
from grievances.cases.states import Status
from grievances.cases.transitions import TransitionNotAllowed

from .followup_forms import CheckInForm, RemedyAnswerForm, VerdictForm
from .views import _case_in_session, _route, keep_post_data_out_of_error_reports, no_store


def followup(page, request):
    keep_post_data_out_of_error_reports(request)
    if request.method != "POST":
        raise Http404
    case = _case_in_session(request)
    if case is None:
        return HttpResponseRedirect(_route(page, "status"))
    step = request.POST.get("step")
    if step == "verdict":
        _verdict(request, case)
    elif step == "remedy":
        _remedy(request, case)
    elif step == "checkin":
        _checkin(request, case)
    else:
        raise Http404
    return no_store(HttpResponseRedirect(_route(page, "status")))


def _errors(form):
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def _verdict(request, case):
    form = VerdictForm(request.POST)
    if case.status != Status.RESOLVED:
        messages.error(request, _("Your case is no longer waiting for your answer."))
        return
    if not form.is_valid():
        messages.error(request, _("Your answer was not sent: %(errors)s") % {"errors": _errors(form)})
        return
    try:
        if form.cleaned_data["verdict"] == VerdictForm.CONFIRM:
            confirm(case)
            messages.success(request, _("Thank you. Your case is now closed."))
        else:
            object_to(case, form.cleaned_data["reason"])
            messages.success(
                request, _("Thank you. Your case goes back to the team, who will look at it again.")
            )
    except (TransitionNotAllowed, ValidationError):
        messages.error(request, _("Your case is no longer waiting for your answer."))
        return
    save_rating(case, form.cleaned_data.get("score"), form.cleaned_data.get("comment", "").strip())


def _remedy(request, case):
    form = RemedyAnswerForm(request.POST, case=case)
    if not form.is_valid():
        messages.error(request, _("Your answer was not sent: %(errors)s") % {"errors": _errors(form)})
        return
    record_reporter_answer(form.cleaned_data["remedy"], form.cleaned_data["answer"])
    messages.success(request, _("Thank you. The team can see your answer."))


def _checkin(request, case):
    form = CheckInForm(request.POST, waiting=checkins_waiting(case))
    if not form.is_valid():
        messages.error(request, _("Your answer was not sent: %(errors)s") % {"errors": _errors(form)})
        return
    opened = answer_checkin(
        form.cleaned_data["checkin"], form.cleaned_data["answer"], form.cleaned_data["details"]
    )
    if opened is None:
        messages.success(request, _("Thank you for answering."))
    else:
        messages.success(
            request,
            _(
                "Thank you. The team has opened case %(reference)s about what happened to you and will "
                "act quickly. Follow it with the same secret code."
            )
            % {"reference": opened.reference},
        )
