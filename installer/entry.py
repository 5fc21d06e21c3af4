"""Entry point of the frozen SealDesk (PyInstaller runs this file, not the console script).

``freeze_support`` must come first: the review engine, the signing workers and the page
renderer start child processes (spawn or fork server), and in a frozen app those children are
this same executable started with multiprocessing's own arguments.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.cli.main import main

    sys.exit(main())
