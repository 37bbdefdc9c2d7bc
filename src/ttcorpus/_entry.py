"""Console-script entry point: imports the CLI inside a Ctrl-C guard, so an
interrupt while the program is still starting exits 130 without a traceback."""

from __future__ import annotations

import sys


def main() -> None:
    """Run ``ttcorpus``; exit 130 on Ctrl-C at any point."""
    try:
        from ttcorpus.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:
        sys.stderr.write("ttcorpus: interrupted\n")
        sys.exit(130)
