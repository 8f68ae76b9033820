import sys

from nulmeting.cli.main import main

sys.exit(main())
