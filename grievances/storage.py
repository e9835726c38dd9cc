"""Storage for case files: kept outside the public media root, with no public address at all."""

from django.core.files.storage import FileSystemStorage, InMemoryStorage


class NoPublicAddressMixin:
    def url(self, name):
        raise ValueError("Case files have no public address; staff download them through a checked view.")


class PrivateFileSystemStorage(NoPublicAddressMixin, FileSystemStorage):
    pass


class PrivateInMemoryStorage(NoPublicAddressMixin, InMemoryStorage):
    """For the test suite."""
