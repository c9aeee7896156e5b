"""`python -m app` starts Oriel."""

import sys

from app.main import main

sys.exit(main())
