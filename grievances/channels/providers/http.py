"""The one HTTP client of the channels (the standard library's): bounded reads, errors as DeliveryError.

Nothing of a request or response body is ever put into an error: only the status code.
"""

import json
import urllib.error
import urllib.request

from grievances.conf import conf

from ..messages import DeliveryError


def request(method, url, *, headers=None, payload=None, limit=1024 * 1024):
    """(status, body bytes) of a request; an HTTP error status is returned, not raised.
    A network failure raises DeliveryError (temporary)."""
    if not url.startswith(("https://", "http://")):
        # Addresses come from settings and from the provider's media answer: never file: or others.
        raise DeliveryError("address is not http(s)", permanent=True)
    data = None
    headers = dict(headers or {})
    if payload is not None:
        data = json.dumps(payload).encode()
        headers["Content-Type"] = "application/json"
    outgoing = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(outgoing, timeout=conf.CHANNEL_HTTP_TIMEOUT) as response:  # noqa: S310  # nosec B310 (http(s) only, checked above)
            return response.status, response.read(limit + 1)
    except urllib.error.HTTPError as error:
        return error.code, error.read(limit + 1)
    except (urllib.error.URLError, OSError) as error:
        raise DeliveryError(f"network: {type(error).__name__}") from None


def json_body(body):
    try:
        return json.loads(body or b"{}")
    except ValueError:
        return {}


def check_status(status, body, *, provider):
    """Raise the DeliveryError a failed status means: 5xx and 429 are worth retrying, 4xx are not."""
    if 200 <= status < 300:
        return
    code = ""
    error = json_body(body).get("error") if status >= 400 else None
    if isinstance(error, dict) and error.get("code") is not None:
        code = f" code {error.get('code')}"
    temporary = status >= 500 or status == 429
    raise DeliveryError(f"{provider}: HTTP {status}{code}", permanent=not temporary)
