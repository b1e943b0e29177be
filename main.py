"""Start SCODA Desktop from a source checkout: ``python main.py [--demo] [SUBCOMMAND]``."""

import sys

from scoda_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
