"""Editorial roles (Penulis, Redaktur) and the "Review redaksi" workflow, kept in step with code.

Run after every migrate; running it again changes nothing. Other apps add
their own roles the same way.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowTask,
)

WRITER_GROUP = "Penulis"
EDITOR_GROUP = "Redaktur"
EDITORIAL_WORKFLOW = "Review redaksi"
EDITOR_REVIEW_TASK = "Persetujuan redaktur"

# Page permissions on the whole tree. Writers draft and submit; only editors
# publish (which also lets them schedule).
PAGE_PERMISSIONS = {
    WRITER_GROUP: ["add_page", "change_page"],
    EDITOR_GROUP: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
COLLECTION_PERMISSIONS = {
    WRITER_GROUP: ["add_image", "choose_image", "add_document", "choose_document"],
    EDITOR_GROUP: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
}
MODEL_PERMISSIONS = {
    WRITER_GROUP: [
        "wagtailadmin.access_admin",
        "simple_translation.submit_translation",
        "articles.view_author",
    ],
    EDITOR_GROUP: [
        "wagtailadmin.access_admin",
        "simple_translation.submit_translation",
        "articles.add_author",
        "articles.change_author",
        "articles.view_author",
    ],
}


def model_permission(dotted):
    """The permission named "app_label.codename"."""
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def sync_groups(model_permissions, *, exact=False):
    """Create each group named in {group name: ["app_label.codename", ...]} and grant it those
    permissions; with `exact`, also take away any other model permission it holds. Idempotent.
    Returns {name: group}."""
    groups = {}
    for name, dotted_names in model_permissions.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = [model_permission(dotted) for dotted in dotted_names]
        if exact:
            group.permissions.set(permissions)
        else:
            group.permissions.add(*permissions)
        groups[name] = group
    return groups


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _collection_permission(codename):
    app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def sync_editorial_roles():
    """Create or complete the editorial groups and the review workflow."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = sync_groups(MODEL_PERMISSIONS)
    for name, group in groups.items():
        if root_page:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_page_permission(codename)
                )
        if root_collection:
            for codename in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_collection_permission(codename)
                )

    task = GroupApprovalTask.objects.filter(name=EDITOR_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=EDITOR_REVIEW_TASK)
    task.groups.add(groups[EDITOR_GROUP])
    workflow, _created = Workflow.objects.get_or_create(name=EDITORIAL_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def editorial_workflow():
    return Workflow.objects.filter(name=EDITORIAL_WORKFLOW, active=True).first()


def sync_roles_after_migrate(sender, using="default", **kwargs):
    # Permissions of apps later in INSTALLED_APPS are only created by their own
    # post_migrate handlers; make sure they exist before granting them.
    for app_config in global_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    sync_editorial_roles()
