"""Admin sign-in in two steps (the password on Wagtail's page, then a code) and setting up the authenticator."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from wagtail.admin.views.account import LoginView as WagtailLoginView

from . import audit
from .forms import CodeForm, ConfirmAuthenticatorForm, cool_off_message
from .throttle import clear_login_failures, client_address, login_allowed, record_login_failure
from .two_factor import (
    confirm_authenticator,
    has_second_factor,
    new_recovery_codes,
    pending_authenticator,
    qr_code_svg,
    secret_for_display,
    setup_allowed,
    verify_code,
)


def is_verified(request):
    return request.user.is_authenticated and getattr(request.user, "is_verified", lambda: False)()


def _target(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _with_next(url_name, target):
    query = QueryDict(mutable=True)
    query["next"] = target
    return f"{reverse(url_name)}?{query.urlencode()}"


def second_step_url(request, target):
    """Where a signed-in user goes next: the target itself once verified, else the code or the set-up page."""
    if is_verified(request):
        return target
    return _with_next("accounts_verify" if has_second_factor(request.user) else "accounts_setup", target)


def _signed_in_only(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    return None


def _throttled(request, form):
    """Failures of the password and of the code count together, per username and address."""
    if login_allowed(request.user.get_username(), client_address(request)):
        return False
    form.add_error(None, cool_off_message())
    audit.record(
        request.user, audit.SECOND_FACTOR_FAILED, client_address(request), request.user, reason="cool-off"
    )
    return True


def _passed(request, device):
    otp_login(request, device)
    # A new session key once the account is fully signed in.
    request.session.cycle_key()
    clear_login_failures(request.user.get_username(), client_address(request))


def _failed(request):
    record_login_failure(request.user.get_username(), client_address(request))
    audit.record(
        request.user, audit.SECOND_FACTOR_FAILED, client_address(request), request.user, reason="code"
    )


class LoginView(WagtailLoginView):
    """Wagtail's sign-in page; a correct password leads on to the second step, never straight in."""

    def get_success_url(self):
        return second_step_url(self.request, super().get_success_url())


@sensitive_post_parameters("code")
def verify(request):
    if response := _signed_in_only(request):
        return response
    target = _target(request)
    if is_verified(request):
        return redirect(target)
    if not has_second_factor(request.user):
        return redirect(_with_next("accounts_setup", target))

    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not _throttled(request, form):
        device = verify_code(request.user, form.cleaned_data["code"])
        if device is not None:
            _passed(request, device)
            recovery = isinstance(device, StaticDevice)
            audit.record(
                request.user,
                audit.SECOND_FACTOR_PASSED,
                client_address(request),
                request.user,
                method="recovery code" if recovery else "authenticator",
            )
            if recovery:
                left = StaticToken.objects.filter(device__user=request.user).count()
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code; %(count)d is left. "
                        "Set up your authenticator app again under Account.",
                        "You signed in with a recovery code; %(count)d are left. "
                        "Set up your authenticator app again under Account.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(target)
        _failed(request)
        form.add_error("code", _("This code is not valid. Each code works only once; wait for the next one."))
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "next": target})


@sensitive_post_parameters("code")
def setup(request):
    """Set up (or, once verified, replace) the authenticator app; the recovery codes are shown once."""
    if response := _signed_in_only(request):
        return response
    target = _target(request)
    if has_second_factor(request.user) and not is_verified(request):
        return redirect(_with_next("accounts_verify", target))
    if not has_second_factor(request.user) and not setup_allowed(request.user):
        # Whoever set up the first authenticator would own the account: after the window, only
        # a system owner can open it again. No key is made or shown.
        audit.record(request.user, audit.SECOND_FACTOR_SETUP_REFUSED, client_address(request), request.user)
        context = {"hours": settings.SECOND_FACTOR_SETUP_HOURS}
        return TemplateResponse(request, "accounts/setup_closed.html", context, status=403)

    device = pending_authenticator(request.user)
    form = ConfirmAuthenticatorForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not _throttled(request, form):
        if verify_token(request.user, device.persistent_id, "".join(form.cleaned_data["code"].split())):
            device.refresh_from_db()
            codes = confirm_authenticator(request.user, device)
            _passed(request, device)
            audit.record(request.user, audit.AUTHENTICATOR_SET_UP, client_address(request), request.user)
            return TemplateResponse(request, "accounts/recovery_codes.html", {"codes": codes, "next": target})
        _failed(request)
        form.add_error(
            "code", _("This code does not match. Check that the app shows this account, then try again.")
        )
    context = {
        "form": form,
        "next": target,
        "qr_code": qr_code_svg(device),
        "secret": secret_for_display(device),
    }
    return TemplateResponse(request, "accounts/setup.html", context)


def recovery_codes(request):
    """New recovery codes for a signed-in, verified user; the old ones stop working."""
    if not is_verified(request):
        return redirect(second_step_url(request, request.get_full_path()))
    if request.method != "POST":
        return TemplateResponse(request, "accounts/recovery_codes_renew.html", {})
    codes = new_recovery_codes(request.user)
    audit.record(request.user, audit.RECOVERY_CODES_RENEWED, client_address(request), request.user)
    return TemplateResponse(
        request, "accounts/recovery_codes.html", {"codes": codes, "next": reverse("wagtailadmin_account")}
    )
