"""Fixtures for the knowledge base: the library, rights guides and topic hub under the home page."""

import pytest

from home.factories import TopicFactory
from knowledge.factories import (
    ResourceIndexPageFactory,
    RightsGuideIndexPageFactory,
    TopicHubPageFactory,
)


@pytest.fixture
def library(home_page):
    return ResourceIndexPageFactory(parent=home_page)


@pytest.fixture
def guide_index(home_page):
    return RightsGuideIndexPageFactory(parent=home_page)


@pytest.fixture
def hub(home_page):
    return TopicHubPageFactory(parent=home_page)


@pytest.fixture
def wages(db):
    return TopicFactory(slug="upah-uji", name="Upah uji", name_en="Test wages")


@pytest.fixture
def safety(db):
    return TopicFactory(slug="k3-uji", name="K3 uji", name_en="Test safety")
