"""What the runner reads from an executed notebook's cells, and how its messages name a cell.

Works with tslab 1.0.22 (a cell's error and its value arrive as stderr and stdout streams) and with a
kernel that sends proper `error` outputs (ename, evalue, traceback) and `execute_result`s.
"""
import re

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def cell_text(cell):
    """All the text a cell's outputs show, streams and rich outputs (execute_result too) alike."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type == "error":
            parts.append(f"{out.ename}: {out.evalue}\n" + "\n".join(out.traceback))
        elif "data" in out and "text/plain" in out.data:
            parts.append(out.data["text/plain"])
    return ANSI.sub("", "".join(parts))


def stderr_text(cell):
    return ANSI.sub("", "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stderr"))


def error_summary(out):
    """`ename: evalue`, then the first traceback line that names a cell, if one does."""
    head = f"{out.get('ename', 'Error')}: {out.get('evalue', '')}"
    lines = [ANSI.sub("", line).strip() for entry in out.get("traceback", []) for line in str(entry).splitlines()]
    where = next((line for line in lines if line != head and re.search(r"\bcell\b", line, re.I)), None)
    return head + (f"\n{where}" if where else "")


def tags_of(cell, prefix):
    return [t[len(prefix):] for t in cell.get("metadata", {}).get("tags", []) if t.startswith(prefix)]


def code_cells(nb):
    return [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]


def label(nb, index):
    """`cell 3 (`first line of its source`)`, the way every message names a cell."""
    source = nb.cells[index].source.strip().splitlines() if index < len(nb.cells) else []
    return f"cell {index} (`{(source[0] if source else '')[:70]}`)"


def indented(message, limit=12):
    lines = [l for l in message.strip().splitlines() if "node_modules/tslab" not in l and "node:vm" not in l]
    return "\n    " + "\n    ".join(lines[:limit])


def describe_error(nb, index, fallback):
    """The message of the cell that failed: its `error` output if the kernel sent one (ename: evalue),
    else its stderr, where tslab puts the message instead of the error reply."""
    cell = nb.cells[index]
    errors = [error_summary(o) for o in cell.outputs if o.output_type == "error"]
    message = "\n".join(errors + [stderr_text(cell)]).strip() or cell_text(cell).strip() or str(fallback).strip()
    return f"{label(nb, index)} failed:" + indented(message)


def failing_cell(nb):
    """The first code cell whose outputs hold an error or stderr, else the last one that ran."""
    last_ran = None
    for i, cell in code_cells(nb):
        if any(o.output_type == "error" for o in cell.outputs) or stderr_text(cell):
            return i
        if cell.execution_count is not None:
            last_ran = i
    return last_ran if last_ran is not None else 0


def last_code_cell(nb):
    return max((i for i, c in code_cells(nb) if c.source.strip()), default=0)
