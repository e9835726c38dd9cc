"""Sign-in URLs, mounted under the admin's prefix ahead of Wagtail's own (japbusi/urls.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="accounts_login"),
    path("two-factor/verify/", views.verify, name="accounts_verify"),
    path("two-factor/setup/", views.setup, name="accounts_setup"),
    path("two-factor/recovery-codes/", views.recovery_codes, name="accounts_recovery_codes"),
]
