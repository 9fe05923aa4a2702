"""Widgets only: they show what the core computed and report what the person did."""
