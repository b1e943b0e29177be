import sys

from scoda_desktop.app import main

sys.exit(main())
