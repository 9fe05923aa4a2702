"""Kraken Guard: protection from phone-support scams for Kraken customers."""

__version__ = "0.1.0"

# No `import logging` here: it costs a quick command-line check several milliseconds. Modules
# take their logger from kraken_guard.core.logs.get_logger, which keeps records off terminals.
