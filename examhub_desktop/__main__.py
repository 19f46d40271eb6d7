"""`python -m examhub_desktop` runs the same entry point as the `examhub` script."""

import sys

from examhub_desktop.cli import main

sys.exit(main())
