"""Articles, campaigns and authors of the network's media site, with feeds and related reading."""
