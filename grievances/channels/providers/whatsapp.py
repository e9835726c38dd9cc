"""WhatsApp Business Cloud API: the webhook (verification, signature, messages) and sending.

Meta's documentation: webhooks carry `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body
with the app secret>`; registering the webhook is a GET with hub.mode=subscribe,
hub.verify_token and hub.challenge (answered with the challenge); media are fetched in two steps,
GET /<media-id> for a short-lived address, then GET that address, both with the bearer token.
Free text may be sent only within 24 hours of the sender's last message; outside it, only an
approved template (error 131047 otherwise).
"""

import hashlib
import hmac
import json

from grievances.conf import conf

from ..messages import DeliveryError, DeliveryReport, Incoming, Media
from . import http

MEDIA_KINDS = ("image", "audio", "document", "voice")
OUTSIDE_WINDOW_ERROR = 131047


class WhatsAppCloud:
    name = "whatsapp"
    # Keep a reply short enough for one screen; WhatsApp itself allows 4096 characters.
    max_length = 4096

    def is_configured(self):
        return all(
            (
                conf.WHATSAPP_PHONE_NUMBER_ID,
                conf.WHATSAPP_ACCESS_TOKEN,
                conf.WHATSAPP_APP_SECRET,
                conf.WHATSAPP_VERIFY_TOKEN,
            )
        )

    # Inbound -----------------------------------------------------------------------------------

    def verification_challenge(self, params):
        """The challenge to answer Meta's registration GET with, or None when the token is wrong."""
        token = params.get("hub.verify_token", "")
        if params.get("hub.mode") != "subscribe" or not hmac.compare_digest(
            token.encode(), conf.WHATSAPP_VERIFY_TOKEN.encode()
        ):
            return None
        return params.get("hub.challenge", "")

    def signature_is_valid(self, request):
        header = request.headers.get("X-Hub-Signature-256", "")
        if not header.startswith("sha256="):
            return False
        expected = hmac.new(conf.WHATSAPP_APP_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(header[len("sha256=") :].strip().lower().encode(), expected.encode())

    def parse(self, request):
        """([Incoming], [DeliveryReport]) of one webhook call; what it cannot read is left out."""
        try:
            payload = json.loads(request.body)
        except ValueError:
            return [], []
        messages, reports = [], []
        for entry in payload.get("entry") or []:
            for change in entry.get("changes") or []:
                value = change.get("value") or {}
                for message in value.get("messages") or []:
                    incoming = self._message(message)
                    if incoming is not None:
                        messages.append(incoming)
                for status in value.get("statuses") or []:
                    errors = status.get("errors") or [{}]
                    code = errors[0].get("code", "") if status.get("status") == "failed" else ""
                    reports.append(
                        DeliveryReport(
                            self.name, str(status.get("status", "")), f"code {code}" if code else ""
                        )
                    )
        return messages, reports

    def _message(self, message):
        message_id, sender = message.get("id"), message.get("from")
        if not message_id or not sender:
            return None
        kind = message.get("type", "")
        if kind == "text":
            return Incoming(
                self.name, message_id, sender, "text", (message.get("text") or {}).get("body", "")
            )
        if kind == "button":
            return Incoming(
                self.name, message_id, sender, "text", (message.get("button") or {}).get("text", "")
            )
        if kind == "interactive":
            reply = message.get("interactive") or {}
            chosen = reply.get("button_reply") or reply.get("list_reply") or {}
            return Incoming(self.name, message_id, sender, "text", chosen.get("title", ""))
        if kind in MEDIA_KINDS:
            body = message.get(kind) or {}
            media = Media(body.get("id", ""), body.get("mime_type", ""), body.get("filename", ""))
            stored_kind = "audio" if kind == "voice" else kind
            return Incoming(self.name, message_id, sender, stored_kind, body.get("caption", ""), media)
        return Incoming(self.name, message_id, sender, "unsupported")

    def download(self, media, max_bytes):
        """The file's bytes: its address from the media endpoint, then the file, both authorised."""
        headers = {"Authorization": f"Bearer {conf.WHATSAPP_ACCESS_TOKEN}"}
        base = conf.WHATSAPP_GRAPH_URL.rstrip("/")
        status, body = http.request("GET", f"{base}/{media.reference}", headers=headers)
        http.check_status(status, body, provider=self.name)
        info = http.json_body(body)
        size = info.get("file_size")
        if isinstance(size, int) and size > max_bytes:
            raise DeliveryError("whatsapp: media too large", permanent=True)
        if not info.get("url"):
            raise DeliveryError("whatsapp: media without address", permanent=True)
        status, content = http.request("GET", info["url"], headers=headers, limit=max_bytes)
        http.check_status(status, content, provider=self.name)
        return content

    # Outbound ----------------------------------------------------------------------------------

    def send(self, recipient, text, *, use_template=False):
        """Send a text (or the approved template); returns nothing, raises DeliveryError."""
        base = conf.WHATSAPP_GRAPH_URL.rstrip("/")
        payload = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient}
        if use_template:
            payload |= {
                "type": "template",
                "template": {
                    "name": conf.WHATSAPP_TEMPLATE,
                    "language": {"code": conf.WHATSAPP_TEMPLATE_LANGUAGE},
                },
            }
        else:
            payload |= {"type": "text", "text": {"preview_url": False, "body": text[: self.max_length]}}
        status, body = http.request(
            "POST",
            f"{base}/{conf.WHATSAPP_PHONE_NUMBER_ID}/messages",
            headers={"Authorization": f"Bearer {conf.WHATSAPP_ACCESS_TOKEN}"},
            payload=payload,
        )
        error = http.json_body(body).get("error") if status >= 400 else None
        if isinstance(error, dict) and error.get("code") == OUTSIDE_WINDOW_ERROR:
            raise DeliveryError(f"whatsapp: HTTP {status} code {OUTSIDE_WINDOW_ERROR}", outside_window=True)
        http.check_status(status, body, provider=self.name)
