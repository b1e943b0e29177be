"""Print the README's command marked ``<!-- NAME-command -->`` (the first line of the code
block that follows the marker), so CI runs exactly what the README tells people to run."""

import pathlib
import sys

name = sys.argv[1]
readme = pathlib.Path(__file__).resolve().parent.parent / "README.md"
lines = readme.read_text(encoding="utf-8").splitlines()
marker = lines.index(f"<!-- {name}-command -->")
fence = next(i for i in range(marker + 1, len(lines)) if lines[i].startswith("```"))
print(lines[fence + 1].strip())
