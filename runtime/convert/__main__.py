import sys

from runtime.convert.converter import main

sys.exit(main())
