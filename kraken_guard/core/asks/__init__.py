"""What a text asks the person to do, read by phrase rules (the message and email checks)."""
