"""Checking engines, each behind the checker protocol."""
