"""System checks: the second step cannot be left out of the middleware by accident."""

from django.conf import settings
from django.core.checks import Error, register

REQUIRED_ORDER = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SessionTimeoutMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
]


@register("security")
def check_second_factor_middleware(app_configs, **kwargs):
    middleware = list(settings.MIDDLEWARE)
    positions = [middleware.index(name) if name in middleware else -1 for name in REQUIRED_ORDER]
    if -1 in positions or positions != sorted(positions):
        return [
            Error(
                "The admin's second sign-in step is not enforced.",
                hint=f"MIDDLEWARE must contain, in this order: {', '.join(REQUIRED_ORDER)}.",
                id="accounts.E001",
            )
        ]
    return []
