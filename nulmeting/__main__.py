import sys

from nulmeting.cli import main

sys.exit(main())
