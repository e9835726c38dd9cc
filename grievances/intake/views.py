"""Public views of the grievance module: the report form, the receipt and the status page.

None of them may be cached anywhere: each response is marked no-store.
"""

import base64
import math
import secrets
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.hashers import make_password
from django.core.mail import send_mail
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Page

from accounts.sessions import renew_key
from grievances.cases.models import Case, CaseEvent
from grievances.cases.references import normalise_reference
from grievances.cases.states import reporter_label
from grievances.conf import conf
from home.models import Topic

from . import throttle
from .creation import add_reporter_message, create_case
from .forms import ReporterMessageForm, ReportForm, StatusLookupForm, issue_form_token, read_form_token

RECEIPT_SESSION_KEY = "grievances.receipt"
# The secret is kept for the receipt split in two: the session (in the database) holds it
# masked, a short-lived cookie on the reporter's phone holds the mask. Neither alone reveals it.
RECEIPT_MASK_COOKIE = "receipt_mask"
STATUS_SESSION_KEY = "grievances.status"
# Checked when a reference does not exist, so a wrong reference takes as long as a wrong secret.
UNKNOWN_REFERENCE_HASH = make_password("no-such-case", hasher="pbkdf2_sha256_reporter_secret")


def no_store(response):
    add_never_cache_headers(response)
    return response


def keep_post_data_out_of_error_reports(request):
    # What a reporter typed must never reach an error email or log.
    request.sensitive_post_parameters = "__ALL__"


def _mask(secret):
    data = secret.encode()
    mask = secrets.token_bytes(len(data))
    masked = bytes(a ^ b for a, b in zip(data, mask, strict=True))
    return base64.urlsafe_b64encode(masked).decode(), base64.urlsafe_b64encode(mask).decode()


def _unmask(masked, mask):
    try:
        masked, mask = base64.urlsafe_b64decode(masked), base64.urlsafe_b64decode(mask)
    except (ValueError, TypeError):
        return None
    if len(masked) != len(mask):
        return None
    return bytes(a ^ b for a, b in zip(masked, mask, strict=True)).decode(errors="replace")


def _receipt_secret(request, data):
    """The secret for this receipt, while its time lasts and the phone still has the mask."""
    if not data or data.get("expires", 0) < time.time() or "masked_secret" not in data:
        return None
    return _unmask(data["masked_secret"], request.COOKIES.get(RECEIPT_MASK_COOKIE, ""))


def _route(page, name):
    return page.url + page.reverse_subpage(name)


def report(page, request):
    keep_post_data_out_of_error_reports(request)
    hidden = page.hidden_questions()
    if request.method != "POST":
        slug = request.GET.get("topic", "")[:80]
        topic = Topic.objects.filter(slug=slug).first() if slug else None
        initial = {"topics": [topic]} if topic else {}
        # Built only if its fields are drawn: the empty form's fields are a cached fragment.
        form = SimpleLazyObject(lambda: ReportForm(initial=initial, hidden_questions=hidden))
        context = _form_context(page, form, issue_form_token(), initial_topic=topic.slug if topic else "")
        return no_store(render(request, "grievances/report_form.html", context))

    # Spam: only a filled honeypot is dropped without saying so. Everything else that looks odd (sent
    # too fast, an expired or missing form token) may be a person: the form comes back with what they
    # typed and asks them to press send again. Checked before any file is read, so a refused form
    # costs no image decoding. A form sent twice (a double tap, the back button) is not asked about
    # first: its token is unique, so create_case finds the first case when storing the second.
    if request.POST.get("website"):
        return HttpResponseRedirect(_route(page, "sent"))
    token = read_form_token(request.POST.get("form_token"))
    if token is None:
        return _send_again(request, page, hidden, issue_form_token(), SEND_AGAIN_EXPIRED)
    if token.expired:
        return _send_again(request, page, hidden, issue_form_token(confirmed=True), SEND_AGAIN_EXPIRED)
    if token.elapsed < conf.MIN_FILL_SECONDS and not token.confirmed:
        again = issue_form_token(token.nonce, token.issued, confirmed=True)
        return _send_again(request, page, hidden, again, SEND_AGAIN_TOO_FAST)
    form = ReportForm(request.POST, request.FILES, hidden_questions=hidden)
    if not form.is_valid():
        return _render_form_again(request, page, form, request.POST.get("form_token"))
    case, secret = create_case(form, submission_token=token.nonce)
    response = HttpResponseRedirect(_route(page, "receipt"))
    if secret is not None:
        masked, mask = _mask(secret)
        renew_key(request.session)
        request.session[RECEIPT_SESSION_KEY] = {
            "case": case.pk,
            "reference": case.reference,
            "masked_secret": masked,
            "shown": False,
            "expires": time.time() + conf.RECEIPT_SECONDS,
        }
        response.set_cookie(
            RECEIPT_MASK_COOKIE,
            mask,
            max_age=conf.RECEIPT_SECONDS,
            path=page.url,
            secure=request.is_secure(),
            httponly=True,
            samesite="Strict",
        )
    return response


SEND_AGAIN_TOO_FAST = gettext_lazy(
    "Your report has not been sent yet. Check your answers and press “Send the report” again."
)
SEND_AGAIN_EXPIRED = gettext_lazy(
    "This form was open too long and has expired. Nothing has been lost: check your answers and press "
    "“Send the report” again."
)


def _send_again(request, page, hidden, token, message):
    """The form back as it was sent, files aside (they are neither read nor kept), asking to send again."""
    form = ReportForm(request.POST, hidden_questions=hidden)
    form.is_valid()
    form.add_error(None, message)
    return _render_form_again(request, page, form, token)


def _render_form_again(request, page, form, token):
    data = form.data.copy()
    data["form_token"] = token
    form.data = data
    files_were_sent = any(f for f in request.FILES.getlist("attachments"))
    context = _form_context(page, form, token, sent_back=True, reattach_files=files_were_sent)
    return no_store(render(request, "grievances/report_form.html", context, status=400))


def _form_context(page, form, form_token, **extra):
    """What the form page draws; `sent_back` when the form comes back with what the reporter sent."""
    return {
        "page": page,
        "form": form,
        "form_token": form_token,
        "sent_back": False,
        "retention_months": conf.RETENTION_MONTHS,
        **extra,
    }


def receipt(page, request):
    data = request.session.get(RECEIPT_SESSION_KEY)
    if request.method == "POST":
        return _email_receipt(page, request, data)
    secret = None
    if data and not data["shown"]:
        secret = _receipt_secret(request, data)
        data["shown"] = True
        request.session.modified = True
    case = Case.objects.filter(pk=data["case"]).only("email").first() if data else None
    context = {
        "page": page,
        "receipt": data,
        "secret": secret,
        "can_email": bool(case and case.email and _receipt_secret(request, data)),
        "email": case.email if case else "",
    }
    return no_store(render(request, "grievances/receipt.html", context))


def _forget_receipt_secret(page, request, data, response):
    data.pop("masked_secret", None)
    request.session.modified = True
    response.delete_cookie(RECEIPT_MASK_COOKIE, path=page.url, samesite="Strict")
    return response


def _email_receipt(page, request, data):
    case = Case.objects.filter(pk=data["case"]).first() if data else None
    secret = _receipt_secret(request, data)
    if not (case and case.email and secret):
        messages.error(
            request, _("The receipt can no longer be emailed. Use the reference and secret you wrote down.")
        )
        return HttpResponseRedirect(_route(page, "receipt"))
    status_url = request.build_absolute_uri(_route(page, "status_lookup"))
    body = _(
        "Your report to JAPBUSI has been received.\n\n"
        "Reference: %(reference)s\nSecret code: %(secret)s\n\n"
        "Keep both safe and private. With them you can follow your case at %(url)s\n"
        "Anyone who has both can read the messages about your case."
    ) % {"reference": case.reference, "secret": secret, "url": status_url}
    response = HttpResponseRedirect(_route(page, "receipt"))
    try:
        send_mail(_("Your JAPBUSI report receipt"), body, None, [case.email])
    except Exception:
        messages.error(request, _("The email could not be sent. Please write down the reference and secret."))
        return response
    messages.success(request, _("The receipt was sent to %(email)s.") % {"email": case.email})
    return _forget_receipt_secret(page, request, data, response)


def sent(page, request):
    return no_store(render(request, "grievances/sent.html", {"page": page}))


def status_lookup(page, request):
    keep_post_data_out_of_error_reports(request)
    form = StatusLookupForm(request.POST or None)
    error, status, wait = None, 200, 0
    if request.method == "POST":
        error, status = _("The reference or the secret code is not right. Check both and try again."), 400
        raw_reference = request.POST.get("reference", "")[:20]
        reference = normalise_reference(raw_reference) or raw_reference
        client = throttle.client_key(request)
        wait = throttle.wait_seconds(client, reference)
        if wait:
            # Only this client waits; its guess is not even checked meanwhile.
            status = 429
            error = ngettext(
                "Too many attempts from this connection. For your safety, wait %(count)d second before "
                "trying again.",
                "Too many attempts from this connection. For your safety, wait %(count)d seconds before "
                "trying again.",
                wait,
            ) % {"count": wait}
            if wait >= 120:
                error = _(
                    "Too many attempts from this connection. For your safety, wait %(minutes)d minutes "
                    "before trying again."
                ) % {"minutes": math.ceil(wait / 60)}
        elif form.is_valid():
            case = Case.objects.filter(reference=reference).only("secret_hash").first() if reference else None
            if case is not None and case.check_secret(form.cleaned_data["secret"]):
                throttle.record_success(client, reference)
                renew_key(request.session)
                request.session[STATUS_SESSION_KEY] = {"case": case.pk, "seen": time.time()}
                return HttpResponseRedirect(_route(page, "status"))
            if case is None:
                Case(secret_hash=UNKNOWN_REFERENCE_HASH).check_secret(form.cleaned_data["secret"])
            throttle.record_failure(client, reference)
        else:
            throttle.record_failure(client, reference)
    context = {"page": page, "form": form, "error": error}
    response = no_store(render(request, "grievances/status_lookup.html", context, status=status))
    if wait:
        response["Retry-After"] = str(wait)
    return response


def _case_in_session(request):
    data = request.session.get(STATUS_SESSION_KEY)
    if not data:
        return None
    if time.time() - data["seen"] > conf.STATUS_IDLE_SECONDS:
        del request.session[STATUS_SESSION_KEY]
        return None
    data["seen"] = time.time()
    request.session.modified = True
    return Case.objects.filter(pk=data["case"]).first()


def status(page, request):
    keep_post_data_out_of_error_reports(request)
    case = _case_in_session(request)
    if case is None:
        messages.info(
            request,
            _(
                "For your safety the status page closes after a few minutes. Enter your reference and secret again."
            ),
        )
        return HttpResponseRedirect(_route(page, "status_lookup"))
    form = ReporterMessageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        add_reporter_message(case, form)
        messages.success(request, _("Your message was sent to the team."))
        return HttpResponseRedirect(_route(page, "status"))
    events = case.events.filter(visibility=CaseEvent.Visibility.REPORTER).prefetch_related("attachments")
    context = {
        "page": page,
        "case": case,
        "status_label": reporter_label(case.status),
        "events": events,
        "form": form,
        "idle_minutes": conf.STATUS_IDLE_SECONDS // 60,
    }
    return no_store(render(request, "grievances/status.html", context, status=400 if form.errors else 200))


def status_sign_out(page, request):
    if request.method == "POST":
        request.session.pop(STATUS_SESSION_KEY, None)
        renew_key(request.session)
    return HttpResponseRedirect(_route(page, "status_lookup"))


def csrf_failure(request, reason="", template_name="403_csrf.html"):
    """Every refused form, public or admin, explains itself in the reader's language."""
    if not translation.get_language():
        translation.activate(settings.LANGUAGE_CODE)
    page = _report_page_posted_to(request)
    if page is not None:
        # The phone lost its cookies (browser closed, storage cleared) while the worker was typing: the
        # report comes back as typed, with a new cookie, instead of a refusal that loses it.
        keep_post_data_out_of_error_reports(request)
        sent_token = read_form_token(request.POST.get("form_token"))
        token = issue_form_token(sent_token.nonce if sent_token else None, confirmed=True)
        return _send_again(request, page, page.hidden_questions(), token, SEND_AGAIN_EXPIRED)
    return no_store(render(request, "403_csrf.html", status=403))


def _report_page_posted_to(request):
    """The report form page this POST was sent to, if it was sent to one."""
    match = getattr(request, "resolver_match", None)
    if request.method != "POST" or match is None or match.url_name != "wagtail_serve":
        return None
    path = match.kwargs.get("path", match.args[0] if match.args else "")
    try:
        routed = Page.route_for_request(request, path)
    except Http404:
        return None
    if routed is None:
        return None
    page, args, _kwargs = routed
    view = args[0] if args else None
    if getattr(view, "__name__", "") == "report" and hasattr(page, "hidden_questions"):
        return page
    return None
