"""``python -m restore`` is the ``mt-restore`` command."""

from restore.cli import main

raise SystemExit(main())
