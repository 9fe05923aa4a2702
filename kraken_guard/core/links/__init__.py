"""Links: read as browsers do, hosts made to look like Kraken's, and the trusted bookmarks."""

from kraken_guard.core.links.check import SUPPORT_URL, LinkCheck, Verdict, check_url

__all__ = ["SUPPORT_URL", "LinkCheck", "Verdict", "check_url"]
