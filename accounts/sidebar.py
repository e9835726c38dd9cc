"""The admin sidebar, packed once per user, language and change of permissions.

Wagtail builds the sidebar again on every admin page: each menu item and search area asks whether
the user may see it (three permission queries: pages, collections, sites), and the whole menu is
packed for the sidebar's script. On the case listing that was a seventh of the request. What the
sidebar shows depends only on who the user is (name, avatar, superuser, active), their groups and
permissions, the page tree (the explorer's start page) and the language; so the packed sidebar is
kept per user and language under two generations: the content generation (home.cache) and a
permissions generation that any change to users, groups, permissions or profiles replaces
(and, from the grievance module, to federation memberships: grievances.cases.notifications).

The sidebar only shows links: every admin view still checks the user's permissions itself. A
change the signals below do not see (a raw SQL update) leaves a stale menu for at most
SIDEBAR_SECONDS, never access the user no longer has.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import get_language
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.models import GroupCollectionPermission, GroupPagePermission, GroupSitePermission
from wagtail.users.models import UserProfile

from home.cache import content_generation, replace_shared_generation, shared_generation

GENERATION_KEY = "permissions-generation"
SIDEBAR_SECONDS = 60 * 60
# Saves of a user that change nothing the sidebar shows: signing in.
UNSEEN_USER_FIELDS = {"last_login"}


def permissions_generation():
    # In the shared cache, like the content generation: a change made in one worker process
    # reaches the others at their next request.
    return shared_generation(GENERATION_KEY)


def bump_permissions_generation():
    """Every user's sidebar is packed again at their next page; again after commit, so that a
    request running between the change and its commit cannot keep the old menu."""
    _replace_generation()
    transaction.on_commit(_replace_generation, robust=True)


def _replace_generation():
    replace_shared_generation(GENERATION_KEY)


def sidebar_key(user):
    return f"admin-sidebar:{user.pk}:{permissions_generation()}:{content_generation()}:{get_language()}"


def install_cached_sidebar():
    """Replace Wagtail's `{% sidebar_props %}` tag with one that keeps its result; Wagtail's own
    function still packs the sidebar when the cache has none."""
    build = wagtailadmin_tags.sidebar_props

    def sidebar_props(context):
        user = context["request"].user
        if not user.is_authenticated:
            return build(context)
        key = sidebar_key(user)
        props = cache.get(key)
        if props is None:
            props = build(context)
            cache.set(key, props, SIDEBAR_SECONDS)
        return props

    wagtailadmin_tags.register.simple_tag(takes_context=True, name="sidebar_props")(sidebar_props)


def _on_user_save(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= UNSEEN_USER_FIELDS:
        return
    bump_permissions_generation()


def _on_change(sender, **kwargs):
    bump_permissions_generation()


def _on_m2m_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        bump_permissions_generation()


def connect_signals():
    user_model = get_user_model()
    post_save.connect(_on_user_save, sender=user_model, dispatch_uid="sidebar_user_save")
    post_delete.connect(_on_change, sender=user_model, dispatch_uid="sidebar_user_delete")
    for model in (
        Group,
        Permission,
        UserProfile,
        GroupPagePermission,
        GroupCollectionPermission,
        GroupSitePermission,
    ):
        post_save.connect(_on_change, sender=model, dispatch_uid=f"sidebar_{model._meta.label}_save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"sidebar_{model._meta.label}_delete")
    for through in (
        user_model.groups.through,
        user_model.user_permissions.through,
        Group.permissions.through,
    ):
        m2m_changed.connect(_on_m2m_change, sender=through, dispatch_uid=f"sidebar_{through._meta.label}")
