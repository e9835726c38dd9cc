"""Settings split by environment: base (shared), dev, production and test."""
