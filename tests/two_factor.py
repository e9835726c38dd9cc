"""Second-step helpers for tests: a confirmed authenticator and the codes it shows."""

import time

from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

# Django's own force_login: a session that has passed the password step only. tests/conftest.py
# makes `client.force_login` pass the second step too.
ORIGINAL_FORCE_LOGIN = Client.force_login


def authenticator(user):
    """The user's confirmed authenticator app, set up if they have none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, confirmed=True, name="test authenticator")


def unused_code(device):
    """A code the app shows now, or the next one if this one was already used (within django-otp's tolerance)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.time = device.t0 + (device.last_t + 1) * device.step
    return f"{totp.token():0{device.digits}d}"
