"""Which requests belong to the admin."""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject

ADMIN_PREFIX = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


def is_admin_path(path):
    return path.startswith(str(ADMIN_PREFIX))
