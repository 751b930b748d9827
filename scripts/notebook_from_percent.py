#!/usr/bin/env python3
"""Turn a percent-format TypeScript file into a tslab notebook with no outputs.

    // %% [markdown]
    // # A title
    // Some prose.
    // %%
    const x = 1;
    // %% [code] tags=exercise:04-1
    const answer = 0; // your answer

Usage: notebook_from_percent.py SOURCE.ts OUT.ipynb
"""
import re
import sys

import nbformat

CELL_MARKER = re.compile(r"^// %%(?:\s*\[(markdown|code)\])?(?:\s+tags=(\S+))?\s*$")
KERNELSPEC = {"name": "tslab", "display_name": "TypeScript", "language": "typescript"}


def parse_cells(text):
    cells = []
    kind, tags, lines = None, [], []

    def flush():
        if kind is None:
            return
        body = "\n".join(lines).strip("\n")
        if kind == "markdown":
            body = "\n".join(re.sub(r"^// ?", "", line) for line in body.split("\n"))
            cell = nbformat.v4.new_markdown_cell(body)
        else:
            cell = nbformat.v4.new_code_cell(body)
        if tags:
            cell.metadata["tags"] = tags
        cells.append(cell)

    for line in text.split("\n"):
        match = CELL_MARKER.match(line)
        if match:
            flush()
            kind = match.group(1) or "code"
            tags = match.group(2).split(",") if match.group(2) else []
            lines = []
        elif kind is not None:
            lines.append(line)
    flush()
    return cells


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: notebook_from_percent.py SOURCE.ts OUT.ipynb")
    with open(argv[1], encoding="utf-8") as source:
        cells = parse_cells(source.read())
    if not cells:
        sys.exit(f"notebook_from_percent: no '// %%' cell markers in {argv[1]}")
    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {"kernelspec": KERNELSPEC, "language_info": {"name": "typescript"}}
    notebook.cells = cells
    nbformat.validate(notebook)
    nbformat.write(notebook, argv[2])
    print(f"wrote {argv[2]} ({len(cells)} cells)")


if __name__ == "__main__":
    main(sys.argv)
