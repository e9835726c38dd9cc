"""JAPBUSI: the media site and case tracker of the palm-oil plantation union network."""
