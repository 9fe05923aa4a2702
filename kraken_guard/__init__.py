"""Kraken Guard: protection from phone-support scams for Kraken customers."""

__version__ = "0.1.0"

import logging

# Log records go only where the app sends them (a file, set up by the GUI); never to a terminal.
logging.getLogger(__name__).addHandler(logging.NullHandler())
