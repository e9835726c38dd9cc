"""SMS through a generic HTTP gateway (contract in docs/channels.md).

Inbound: the gateway POSTs each SMS (form fields or JSON: `id`, `from`, `text`) to our webhook
with the shared secret in `X-Gateway-Secret`. Outbound: we POST JSON `{"to", "from", "text"}` to
GRIEVANCE_SMS_SEND_URL with `Authorization: Bearer GRIEVANCE_SMS_API_KEY`; any 2xx is taken.
Indonesian gateways that take a different shape are put behind a small relay of this contract.
"""

import hmac
import json

from grievances.conf import conf

from ..messages import DeliveryError, DeliveryReport, Incoming
from . import http


class SmsGateway:
    name = "sms"
    # Gateways join long messages; beyond about 6 parts phones and carriers start dropping them.
    max_length = 918

    def is_configured(self):
        return bool(conf.SMS_SEND_URL and conf.SMS_INBOUND_SECRET)

    def verification_challenge(self, params):
        return None

    def signature_is_valid(self, request):
        given = request.headers.get("X-Gateway-Secret", "")
        return bool(given) and hmac.compare_digest(given.encode(), conf.SMS_INBOUND_SECRET.encode())

    def _fields(self, request):
        if request.content_type == "application/json":
            try:
                data = json.loads(request.body)
            except ValueError:
                return {}
            return data if isinstance(data, dict) else {}
        return request.POST

    def parse(self, request):
        data = self._fields(request)
        status = data.get("status")
        if status:
            return [], [DeliveryReport(self.name, str(status), str(data.get("error", ""))[:50])]
        message_id, sender = str(data.get("id") or ""), str(data.get("from") or "")
        if not message_id or not sender:
            return [], []
        return [Incoming(self.name, message_id, sender, "text", str(data.get("text") or ""))], []

    def download(self, media, max_bytes):
        # An SMS is text only: nothing to fetch, ever.
        raise DeliveryError("SMS carries no files", permanent=True)

    def send(self, recipient, text, *, use_template=False):
        payload = {"to": recipient, "from": conf.SMS_SENDER, "text": text[: self.max_length]}
        headers = {"Authorization": f"Bearer {conf.SMS_API_KEY}"} if conf.SMS_API_KEY else {}
        status, body = http.request("POST", conf.SMS_SEND_URL, headers=headers, payload=payload)
        http.check_status(status, body, provider=self.name)
