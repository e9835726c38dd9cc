"""The providers a reporter can write through, by name; each an adapter to the common messages."""

from django.core import checks

from ..numbers import has_number_key
from .sms import SmsGateway
from .whatsapp import WhatsAppCloud

PROVIDERS = {adapter.name: adapter for adapter in (WhatsAppCloud(), SmsGateway())}


def provider(name):
    """The provider of that name if it is configured (with a key for numbers), else None."""
    found = PROVIDERS.get(name)
    if found is None or not found.is_configured() or not has_number_key():
        return None
    return found


def configured_providers():
    return [name for name in PROVIDERS if provider(name) is not None]


@checks.register(checks.Tags.security)
def check_channels_have_a_key(app_configs=None, **kwargs):
    """A channel whose settings are filled but has no key for numbers stays off: say why."""
    if has_number_key():
        return []
    return [
        checks.Warning(
            f"The {name} channel is configured but GRIEVANCE_CHANNEL_NUMBER_KEYS is empty: it stays off.",
            hint="Make a key with `manage.py channel_key` (docs/channels.md).",
            id="grievances.W101",
        )
        for name, adapter in PROVIDERS.items()
        if adapter.is_configured()
    ]
