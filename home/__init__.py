"""Home page, standard pages, site settings and the vocabulary every app shares."""
