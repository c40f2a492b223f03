"""One module per stage; each declares its rules with :func:`restore.registry.rule`."""
