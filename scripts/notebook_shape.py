"""Read an .ipynb for the runner, or say in one sentence why it cannot be run.

nbformat's own errors on a malformed notebook are a Python traceback (a `null` cell) or a schema
message that names no field ("data.cells[0] must be valid exactly by one definition"), so the shape
that the runner relies on is checked here first, field by field, against nbformat 4.
"""
import json
import pathlib
import warnings

import nbformat

CELL_TYPES = ("code", "markdown", "raw")
CELL_KEYS = {  # nbformat 4.5's schema allows no other keys
    "code": {"id", "cell_type", "metadata", "source", "outputs", "execution_count"},
    "markdown": {"id", "cell_type", "metadata", "source", "attachments"},
    "raw": {"id", "cell_type", "metadata", "source", "attachments"},
}


class UnreadableNotebook(Exception):
    pass


def is_text(value):
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def shown(value):
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."


def output_problem(output):
    if not isinstance(output, dict):
        return f"an output must be an object; got {shown(output)}"
    kind = output.get("output_type")
    if kind not in ("stream", "display_data", "execute_result", "error"):
        return f"output_type must be stream, display_data, execute_result or error; got {shown(kind)}"
    if kind == "stream" and not is_text(output.get("text")):
        return f"a stream output's text must be text; got {shown(output.get('text'))}"
    if kind == "error" and not (isinstance(output.get("traceback"), list) and all(isinstance(t, str) for t in output["traceback"])):
        return f"an error output's traceback must be a list of strings; got {shown(output.get('traceback'))}"
    if kind in ("display_data", "execute_result") and not isinstance(output.get("data"), dict):
        return f"a {kind} output's data must be an object; got {shown(output.get('data'))}"
    return None


def cell_problem(cell):
    if not isinstance(cell, dict):
        return f"a cell must be an object; got {shown(cell)}"
    if cell.get("cell_type") not in CELL_TYPES:
        return f"cell_type must be code, markdown or raw; got {shown(cell.get('cell_type'))}"
    unknown = sorted(set(cell) - CELL_KEYS[cell["cell_type"]])
    if unknown:
        return f"a {cell['cell_type']} cell has no field {shown(unknown[0])} in nbformat 4"
    if not is_text(cell.get("source")):
        return f"source must be text (a string or a list of strings); got {shown(cell.get('source'))}"
    if not isinstance(cell.get("metadata", {}), dict):
        return f"metadata must be an object; got {shown(cell.get('metadata'))}"
    tags = cell.get("metadata", {}).get("tags", [])
    if not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        return f"metadata.tags must be a list of strings; got {shown(tags)}"
    if cell["cell_type"] != "code":
        return None
    outputs = cell.get("outputs", [])
    if not isinstance(outputs, list):
        return f"outputs must be a list; got {shown(outputs)}"
    count = cell.get("execution_count")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
        return f"execution_count must be null or an integer; got {shown(count)}"
    return next((problem for problem in map(output_problem, outputs) if problem), None)


def shape_problem(raw):
    if not isinstance(raw, dict):
        return f"a notebook must be a JSON object; got {type(raw).__name__}"
    if raw.get("nbformat") != 4:
        return f"only nbformat 4 notebooks can be run; this one says nbformat {shown(raw.get('nbformat'))}"
    if not isinstance(raw.get("cells"), list):
        return f"cells must be a list; got {shown(raw.get('cells'))}"
    if not isinstance(raw.get("metadata", {}), dict):
        return f"metadata must be an object; got {shown(raw.get('metadata'))}"
    for index, cell in enumerate(raw["cells"]):
        problem = cell_problem(cell)
        if problem:
            return f"cell {index}: {problem}"
    return None


def read_notebook(path):
    """The notebook at `path` as an nbformat 4 NotebookNode; UnreadableNotebook says what is wrong."""
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableNotebook(f"cannot read {path}: {error}") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableNotebook(f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    problem = shape_problem(raw)
    if problem:
        raise UnreadableNotebook(f"{path} is not a valid notebook: {problem}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. cells without ids in nbformat 4.0-4.4, which nbformat fills in
            nb = nbformat.reads(text, as_version=4)
            nbformat.validate(nb)
    except nbformat.ValidationError as error:
        raise UnreadableNotebook(f"{path} is not a valid nbformat 4 notebook: {error.message}") from None
    return nb
