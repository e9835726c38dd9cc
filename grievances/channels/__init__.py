"""Reporting and following a case by WhatsApp and SMS: providers, the conversation, delivery."""
