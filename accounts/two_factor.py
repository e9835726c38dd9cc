"""The second factor: an authenticator app (TOTP) and one-time recovery codes, on django-otp's devices.

Every account that signs in to the admin has to pass it; see accounts/middleware.py.
"""

from base64 import b32decode, b32encode
from datetime import timedelta

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from django.utils.safestring import mark_safe
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
# The published key of the demo accounts (README, "Demo accounts"); never accepted outside a
# developer's machine: enrol_demo_account refuses unless DEMO_ACCOUNTS_ALLOWED.
DEMO_SECRET = "JAPBUSIDEMOTOTPRAHASIAKUNDEMO234"
TOTP_DIGITS = 6


def normalise(code):
    """What the person typed, without spaces or dashes, in lower case."""
    return "".join(code.split()).replace("-", "").lower()[:32]


def confirmed_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def verify_code(user, code):
    """The device that accepts this code, or None. A six-digit number is an authenticator code,
    anything else a recovery code; only the matching device is asked, so a typo does not slow
    down the other (django-otp delays a device after each failure)."""
    code = normalise(code)
    if code.isdigit() and len(code) == TOTP_DIGITS:
        device = confirmed_authenticator(user)
    else:
        device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if device is None or not code:
        return None
    # Verified inside a transaction with the device row locked: a code cannot be used twice,
    # even by two requests at once.
    return verify_token(user, device.persistent_id, code)


def pending_authenticator(user):
    """The authenticator being set up: the same key on every visit until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def secret_for_display(device):
    """The key as people type it into an app: base32 in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The app's set-up address as an inline SVG drawn here: no image service sees the key."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    # Drawn here from the device's own address; no user input reaches it.
    return mark_safe(image.to_string(encoding="unicode"))  # nosec B308 B703


@transaction.atomic
def confirm_authenticator(user, device):
    """The confirmed device replaces any earlier one; new recovery codes replace the old ones.

    Returns the recovery codes, which are shown once and never again.
    """
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(user)


@transaction.atomic
def new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


@transaction.atomic
def remove_second_factor(user):
    """After a lost phone and lost recovery codes: the next sign-in sets up a new authenticator
    (within the set-up window, which opens again now)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    open_setup(user)


def setup_window():
    return timedelta(hours=settings.SECOND_FACTOR_SETUP_HOURS)


def open_setup(user):
    """Let the account set up an authenticator during the next SECOND_FACTOR_SETUP_HOURS."""
    from .models import SecondFactorSetup

    SecondFactorSetup.objects.update_or_create(user=user, defaults={"opened_at": timezone.now()})


def setup_allowed(user):
    """Whether an account without an authenticator may set one up now: within the window since
    the account was created or the window was last opened."""
    from .models import SecondFactorSetup

    opened = (
        SecondFactorSetup.objects.filter(user=user).values_list("opened_at", flat=True).first()
        or user.date_joined
    )
    return timezone.now() < opened + setup_window()


def enrol_demo_account(user, base32_secret=DEMO_SECRET):
    """Demo accounts share a published key, so a developer can sign in; never outside a developer's machine.

    An account that already has an authenticator keeps it.
    """
    if not settings.DEMO_ACCOUNTS_ALLOWED:
        raise ImproperlyConfigured("Demo accounts are not allowed under these settings.")
    if not has_second_factor(user):
        TOTPDevice.objects.create(
            user=user, key=b32decode(base32_secret).hex(), confirmed=True, name="demo authenticator"
        )
