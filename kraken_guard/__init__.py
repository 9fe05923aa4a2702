"""Kraken Guard: protection from phone-support scams for Kraken customers."""

__version__ = "0.1.0"
