"""`python -m runtime.api_server`: the name the local API server's command line first had.

Kept because the README documented it; `python -m runtime.server` is the same command.
"""

import sys

from runtime.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
