"""Pure parsers and writers of exchange formats. No database, no Qt."""
