"""The providers a reporter can write through, by name; each an adapter to the common messages."""

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
