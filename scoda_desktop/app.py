"""Bootstrap: parse the command line, then run a subcommand or open the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from scoda_desktop import cli
    from scoda_desktop.logging_setup import configure_logging

    args = cli.build_parser().parse_args(argv)
    configure_logging()
    if args.command is not None:
        return cli.run(args)

    from scoda_desktop.data.target import resolve_target
    from scoda_desktop.ui.application import run

    target = resolve_target(args.database, demo=args.demo)
    return run(target, demo=args.demo, prepare=cli.prepare_demo if args.demo else None)


if __name__ == "__main__":
    sys.exit(main())
