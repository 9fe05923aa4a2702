"""The kinds of trusted data, named here so the trust layer never imports the features using it."""

BOOKMARK_KIND = "bookmark"
PHONE_KIND = "phone"
PGP_KEY_KIND = "kraken_pgp_key"
PGP_FINGERPRINT_KIND = "kraken_pgp_fingerprint"
