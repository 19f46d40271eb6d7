"""Synchronisation with a school PostgreSQL server. No Qt."""
