"""Site search over articles, campaigns and pages."""
