"""Tables the rules read: data, not code. See README.md in this folder for each file's schema."""
