"""Storage for case files: kept outside the public media root, with no public address at all."""

from django.core.files.storage import FileSystemStorage, InMemoryStorage, storages


class NoPublicAddressMixin:
    def url(self, name):
        raise ValueError("Case files have no public address; staff download them through a checked view.")


class PrivateFileSystemStorage(NoPublicAddressMixin, FileSystemStorage):
    pass


class PrivateInMemoryStorage(NoPublicAddressMixin, InMemoryStorage):
    """For the test suite."""


def private_storage():
    """The storage of case files (settings.STORAGES["private"]), looked up when a file is used."""
    return storages["private"]
