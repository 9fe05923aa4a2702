"""Plain-Python core of Kraken Guard: it never imports Qt, so the CLI and tests use it directly."""
