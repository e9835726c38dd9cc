"""Knowledge base: the resource library, rights guides, topic hubs and staff-only lessons from cases."""
