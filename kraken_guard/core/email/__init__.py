"""Email: is a message or a sender really Kraken's? Checked offline, with proof where it exists."""
