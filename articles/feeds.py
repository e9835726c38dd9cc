"""RSS feeds of articles: the whole news section, or one topic."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, topic=None):
        super().__init__()
        self.index_page = index_page
        self.topic = topic

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.topic:
            return _("%(site)s: articles on %(topic)s") % {"site": "JAPBUSI", "topic": self.topic.label}
        return _("%(site)s: latest articles") % {"site": "JAPBUSI"}

    def link(self):
        if self.topic:
            return self.index_page.url + self.index_page.reverse_subpage("topic", args=[self.topic.slug])
        return self.index_page.url

    def description(self):
        return self.index_page.intro

    def items(self):
        articles = self.index_page.articles()
        if self.topic:
            articles = articles.filter(topics=self.topic)
        return articles.prefetch_related("authors")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return ", ".join(author.byline for author in item.authors.all()) or None
