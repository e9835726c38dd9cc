"""The providers' webhooks: one address per provider, which exists only while it is configured.

Each inbound call is checked (signature or shared secret) before anything is read; its body
never reaches a log or an error report.
"""

import logging

from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters

from .conversation import receive
from .models import ChannelHealth
from .providers import provider

logger = logging.getLogger(__name__)


@csrf_exempt
@sensitive_post_parameters()
def webhook(request, provider_name):
    adapter = provider(provider_name)
    if adapter is None:
        raise Http404
    if request.method == "GET":
        challenge = adapter.verification_challenge(request.GET)
        if challenge is None:
            return HttpResponseForbidden()
        return HttpResponse(challenge, content_type="text/plain")
    if request.method != "POST":
        return HttpResponse(status=405)
    if not adapter.signature_is_valid(request):
        logger.warning("A %s webhook call with a missing or wrong signature was refused", provider_name)
        return HttpResponseForbidden()
    messages, reports = adapter.parse(request)
    for report in reports:
        if report.status == "failed":
            health, _created = ChannelHealth.objects.get_or_create(provider=provider_name)
            health.last_failure_at = timezone.now()
            health.last_failure = f"{provider_name}: {report.error or 'failed'}"[:200]
            health.failures_since_delivery += 1
            health.save()
    for incoming in messages:
        receive(incoming)
    # Providers send a call again until it is answered 200: every readable call is answered so.
    return HttpResponse("ok", content_type="text/plain")
