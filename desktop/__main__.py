"""`python -m desktop` and the `crisisdesk` entry point: window without arguments, else CLI."""

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()  # the frozen app re-enters here for parser children
    from desktop.app import run_gui
    from desktop.cli import main as cli_main

    return cli_main(open_window=run_gui)


if __name__ == "__main__":
    sys.exit(main())
