"""``python -m geo.data build``: regenerate the bundled geodata."""
import sys

from geo.data.build import main

sys.exit(main())
