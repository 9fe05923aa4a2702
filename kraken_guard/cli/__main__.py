"""`python -m kraken_guard.cli` runs the command-line front."""

import sys

from kraken_guard.cli import main

sys.exit(main())
