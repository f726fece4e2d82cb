"""`python -m clusterlink.localinfra up|down|status`."""

from clusterlink.localinfra.cli import main

raise SystemExit(main())
