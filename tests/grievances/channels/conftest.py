"""A fake WhatsApp Graph API and SMS gateway on 127.0.0.1 that the outbound adapters really talk
to, recorded real-shape webhook payloads, and the settings that turn both channels on."""

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography.fernet import Fernet

APP_SECRET = "uji-app-secret"
VERIFY_TOKEN = "uji-verify-token"
SMS_SECRET = "uji-gateway-secret"
NUMBER_KEY = Fernet.generate_key().decode()
WORKER = "6281355667788"


class FakeProviders:
    """Records every call; answers 200 unless told to fail the next calls."""

    def __init__(self):
        self.calls = []
        self.failures = []  # (status, body) answered to the next sends, in order
        self.media = {}  # media id -> (bytes, mime type)
        self.lock = threading.Lock()

    def sent(self, path_end="/messages"):
        return [call for call in self.calls if call["method"] == "POST" and call["path"].endswith(path_end)]

    def texts(self):
        return [
            call["json"].get("text", {}).get("body") or call["json"].get("text")
            for call in self.calls
            if call["method"] == "POST"
        ]


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _answer(self, status, body, content_type="application/json"):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            with state.lock:
                state.calls.append(
                    {"method": "GET", "path": self.path, "headers": dict(self.headers), "json": {}}
                )
            if self.headers.get("Authorization") != "Bearer uji-token":
                return self._answer(401, {"error": {"code": 190}})
            if self.path.startswith("/v21.0/files/"):
                content, mime = state.media[self.path.rsplit("/", 1)[1]]
                return self._answer(200, content, mime)
            media_id = self.path.rsplit("/", 1)[1]
            if media_id not in state.media:
                return self._answer(404, {"error": {"code": 100}})
            content, mime = state.media[media_id]
            host = f"http://127.0.0.1:{self.server.server_port}"
            return self._answer(
                200,
                {
                    "messaging_product": "whatsapp",
                    "url": f"{host}/v21.0/files/{media_id}",
                    "mime_type": mime,
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "file_size": len(content),
                    "id": media_id,
                },
            )

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            payload = json.loads(self.rfile.read(length) or b"{}")
            with state.lock:
                state.calls.append(
                    {"method": "POST", "path": self.path, "headers": dict(self.headers), "json": payload}
                )
                failure = state.failures.pop(0) if state.failures else None
            if failure:
                return self._answer(*failure)
            return self._answer(200, {"messaging_product": "whatsapp", "messages": [{"id": "wamid.keluar"}]})

    return Handler


@pytest.fixture
def fake_providers():
    state = FakeProviders()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_port}"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def channels_on(settings, fake_providers):
    settings.GRIEVANCE_CHANNEL_NUMBER_KEYS = NUMBER_KEY
    settings.GRIEVANCE_CHANNEL_HASH_KEY = "uji-hash-key"
    settings.GRIEVANCE_WHATSAPP_PHONE_NUMBER_ID = "1098765"
    settings.GRIEVANCE_WHATSAPP_ACCESS_TOKEN = "uji-token"
    settings.GRIEVANCE_WHATSAPP_APP_SECRET = APP_SECRET
    settings.GRIEVANCE_WHATSAPP_VERIFY_TOKEN = VERIFY_TOKEN
    settings.GRIEVANCE_WHATSAPP_GRAPH_URL = fake_providers.base + "/v21.0"
    settings.GRIEVANCE_SMS_SEND_URL = fake_providers.base + "/sms/send"
    settings.GRIEVANCE_SMS_API_KEY = "uji-sms-key"
    settings.GRIEVANCE_SMS_SENDER = "JAPBUSI"
    settings.GRIEVANCE_SMS_INBOUND_SECRET = SMS_SECRET
    return fake_providers


# Recorded shapes of WhatsApp Cloud API webhooks (Meta's documentation, v21.0).


def whatsapp_envelope(messages=(), statuses=()):
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "6281100001111", "phone_number_id": "1098765"},
    }
    if messages:
        value["contacts"] = [{"profile": {"name": "Pekerja"}, "wa_id": messages[0]["from"]}]
        value["messages"] = list(messages)
    if statuses:
        value["statuses"] = list(statuses)
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }


class WhatsAppPhone:
    """A worker's phone writing to the WhatsApp webhook, one message id after the other."""

    def __init__(self, client, number=WORKER):
        self.client = client
        self.number = number
        self.count = 0

    def message(self, kind="text", **body):
        self.count += 1
        message = {
            "from": self.number,
            "id": f"wamid.HBgNNjI4MTM1NTY2Nzc4OBUCABIYFjNFQjA{self.count:04d}",
            "timestamp": "1764840000",
            "type": kind,
        }
        message[kind] = body
        return message

    def post(self, payload, signature="valid"):
        body = json.dumps(payload).encode()
        headers = {}
        if signature == "valid":
            headers["HTTP_X_HUB_SIGNATURE_256"] = (
                "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
            )
        elif signature:
            headers["HTTP_X_HUB_SIGNATURE_256"] = signature
        return self.client.post("/kanal/whatsapp/", body, content_type="application/json", **headers)

    def send(self, text):
        return self.post(whatsapp_envelope([self.message("text", body=text)]))


class SmsPhone:
    def __init__(self, client, number="+62 852 9911 3344"):
        self.client = client
        self.number = number
        self.count = 0

    def send(self, text, secret=SMS_SECRET):
        self.count += 1
        headers = {"HTTP_X_GATEWAY_SECRET": secret} if secret else {}
        return self.client.post(
            "/kanal/sms/", {"id": f"sms-{self.count}", "from": self.number, "text": text}, **headers
        )


@pytest.fixture
def whatsapp(client, channels_on, django_capture_on_commit_callbacks):
    phone = WhatsAppPhone(client)
    original = phone.post

    def post(payload, signature="valid"):
        with django_capture_on_commit_callbacks(execute=True):
            return original(payload, signature)

    phone.post = post
    return phone


@pytest.fixture
def sms(client, channels_on, django_capture_on_commit_callbacks):
    phone = SmsPhone(client)
    original = phone.send

    def send(text, secret=SMS_SECRET):
        with django_capture_on_commit_callbacks(execute=True):
            return original(text, secret)

    phone.send = send
    return phone
