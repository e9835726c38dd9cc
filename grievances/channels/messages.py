"""The message model every provider speaks: what came in, what goes out, what a provider said back."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Media:
    """A file attached to an incoming message, still at the provider."""

    reference: str  # the provider's media id or address
    mime_type: str = ""
    filename: str = field(default="", repr=False)


@dataclass(frozen=True)
class Incoming:
    """One message a sender sent. The number and the text stay out of repr(): logs never show them."""

    provider: str
    message_id: str = field(repr=False)
    sender: str = field(repr=False)
    kind: str = "text"  # text, image, audio, document, or unsupported
    text: str = field(default="", repr=False)
    media: Media | None = None


@dataclass(frozen=True)
class DeliveryReport:
    """A provider's word on a message sent earlier: delivered, read or failed."""

    provider: str
    status: str
    error: str = ""


class DeliveryError(Exception):
    """A provider refused or could not take a message. `permanent`: trying again will not help;
    `outside_window`: WhatsApp wants a template (more than 24 hours since the sender wrote)."""

    def __init__(self, reason, *, permanent=False, outside_window=False):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.outside_window = outside_window
