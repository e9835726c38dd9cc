"""Sign-in forms: the password step (throttled, with a clear message) and the code step."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from .throttle import client_address, login_allowed


def cool_off_message():
    minutes = max(1, settings.LOGIN_COOL_OFF_SECONDS // 60)
    return ngettext(
        "Too many failed attempts for this username from this address. Wait %(minutes)d minute, then try again.",
        "Too many failed attempts for this username from this address. Wait %(minutes)d minutes, then try again.",
        minutes,
    ) % {"minutes": minutes}


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, saying plainly when the cool-off is on (WAGTAILADMIN_USER_LOGIN_FORM)."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            username = self.cleaned_data.get("username")
            if username and self.request and not login_allowed(username, client_address(self.request)):
                raise ValidationError(cool_off_message(), code="throttled") from None
            raise


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "autofocus": ""}
        ),
    )


class ConfirmAuthenticatorForm(forms.Form):
    code = forms.CharField(
        label=_("The 6-digit code your app shows"),
        max_length=10,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": ""}
        ),
    )
