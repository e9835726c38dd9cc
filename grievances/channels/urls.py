"""The webhook addresses (outside the language prefixes): /kanal/whatsapp/, /kanal/sms/."""

from django.urls import path

from .views import webhook

urlpatterns = [
    path("<slug:provider_name>/", webhook, name="channel_webhook"),
]
