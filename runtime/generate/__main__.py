import sys

from runtime.generate.cli import main

sys.exit(main())
