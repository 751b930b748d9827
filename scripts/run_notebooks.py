#!/usr/bin/env python3
"""Execute the course's notebooks with nbclient on the tslab kernel, and fail loudly.

For each notebook:
  1. run it as shipped: every code cell must run, none may error or write to stderr (noise), and
     every exercise check (cells tagged `check:ID`) must say "Not yet" (a check that passes on the
     placeholder answer cannot fail);
  2. if `notebooks/solutions/<name>.ipynb` exists, run it again with each `exercise:ID` cell replaced by
     the solution cell of the same tag: every check must then say "Correct";
     and every cell before the first exercise must show the same text as in step 1 (outputs are
     seeded, so they are reproducible; durations are masked);
  3. write the executed copy (step 1) to the output folder, with the wall times in `timings.json`.

tslab facts this lives with (measured on tslab 1.0.22): a throwing cell's error reply has no name and no
message (they go to the cell's stderr stream), so the error shown here is taken from the cell's own
outputs; cells queued after an error are skipped silently, so execution stops at the first failing cell
and reports it. A kernel that sends proper `error` outputs (ename, evalue, traceback) and
`execute_result`s is read the same way: an `error` output fails the cell, reported as `ename: evalue`.

Asynchronous failures: tslab reports an uncaught exception in a timer, or an unhandled promise
rejection, on stderr ("UncaughtException: ...", "UnhandledPromiseRejection: ..."; the course's kernel writes
"Uncaught exception: ..." with the cell and line that threw) with the header of
whichever cell ran last. nbclient drops what arrives for a cell after it finished, so this runner keeps
such late stderr and error messages and blames them on the cell they name; after the last cell it runs
a hidden settling step (pending timers fire, up to SETTLE_SECONDS) so that a failure left by the last
cell is seen too. `process.exit()` kills the kernel: it is blamed on the cell that was running.

Usage: run_notebooks.py [--timeout S] [--out DIR] [--no-solutions] [NOTEBOOK_OR_DIR ...]
"""
import argparse
import copy
import json
import os
import pathlib
import re
import sys
import tempfile
import time

import nbformat
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from notebook_cells import ANSI, cell_text, code_cells, describe_error, failing_cell, indented, label, last_code_cell, stderr_text, tags_of
from notebook_shape import UnreadableNotebook, read_notebook
from watchful_client import WatchfulClient

KERNEL = "tslab"
PASSED, NOT_YET = "✅ Correct", "❌ Not yet"
NOISE = [re.compile(p, re.I) for p in (r"looks like you are running TensorFlow\.js", r"Hi there 👋")]
SETTLE_SECONDS = 2
# How the kernels report a timer that threw or a promise nobody awaited: plain tslab, then the course's kernel.
ASYNCHRONOUS = re.compile(r"^(UncaughtException|UnhandledPromiseRejection|Uncaught exception|Unhandled promise rejection):")
# Run (hidden) after the last cell: waits while the learner's timers are pending, then one more turn of
# the event loop, so that a late throw or rejection is reported while the runner still listens.
SETTLE = (
    "const losslabRunnerDeadline = Date.now() + %d;\n"
    "while ((process as any).getActiveResourcesInfo().includes('Timeout') && Date.now() < losslabRunnerDeadline) {\n"
    "  await new Promise<void>((resolve) => setTimeout(resolve, 20));\n"
    "}\n"
    "await new Promise<void>((resolve) => setImmediate(resolve));" % (SETTLE_SECONDS * 1000)
)


class NotebookFailure(Exception):
    pass


def kernel_log_tail(log):
    log.seek(0)
    text = ANSI.sub("", log.read().decode("utf-8", "replace")).strip()
    return "\n    kernel process log:\n    " + "\n    ".join(text.splitlines()[-15:]) if text else ""


def running_cell(nb, client):
    """Where the run was when it stopped: `while running cell 3 (...)`, or after the last cell."""
    if client.running is None:
        return "before the first cell ran"
    if client.running >= len(nb.cells):
        return f"after the last cell had returned, while its timers and promises settled (last cell: {label(nb, last_code_cell(nb))})"
    return f"while running {label(nb, client.running)}"


def check_late(nb, client):
    """Failures that surfaced after their cell had returned: a timer that threw, a promise nobody awaited."""
    if client.late:
        index = min(client.late)
        raise NotebookFailure(
            f"{label(nb, index)} failed after it returned (a timer that threw or a promise nobody awaited):"
            + indented(client.late[index])
        )
    if client.settled.strip():
        raise NotebookFailure(
            f"an asynchronous failure (a timer that threw or a promise nobody awaited) surfaced after the last "
            f"cell had returned; it comes from {label(nb, last_code_cell(nb))} or an earlier cell:" + indented(client.settled)
        )


def execute(nb, path, timeout):
    client = WatchfulClient(
        nb, SETTLE, timeout=timeout, kernel_name=KERNEL, allow_errors=False,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    # The kernel process's own stderr (not a cell's) is kept aside and shown only when something fails:
    # at shutdown tslab sometimes reports writing to an already closed socket, which is harmless.
    with tempfile.TemporaryFile() as log:
        try:
            client.execute(stderr=log)
        except CellTimeoutError as error:
            raise NotebookFailure(f"timed out after {timeout} s {running_cell(nb, client)}" + kernel_log_tail(log)) from error
        except DeadKernelError as error:
            raise NotebookFailure(
                f"the kernel died {running_cell(nb, client)} (did it call process.exit()?): {error}"
                + kernel_log_tail(log)
            ) from error
        except CellExecutionError as error:
            index = client.running if client.running is not None else failing_cell(nb)
            raise NotebookFailure(describe_error(nb, index, error)) from error
    check_late(nb, client)


def check_clean(nb):
    """Every cell ran; no errors and no noise anywhere."""
    for i, cell in code_cells(nb):
        if not cell.source.strip():
            continue
        if cell.execution_count is None:
            raise NotebookFailure(f"cell {i} never ran")
        if any(o.output_type == "error" for o in cell.outputs):
            raise NotebookFailure(describe_error(nb, i, "error output"))
        err = stderr_text(cell)
        if ASYNCHRONOUS.match(err.strip()):
            raise NotebookFailure(
                f"{label(nb, i)} or an earlier cell failed asynchronously (a timer that threw or a promise nobody "
                "awaited; tslab reported it while this cell ran):" + indented(err)
            )
        if err:
            raise NotebookFailure(f"cell {i} wrote to stderr (noise or a hidden error):\n    " + err.strip()[:600])
        for pattern in NOISE:
            if pattern.search(cell_text(cell)):
                raise NotebookFailure(f"cell {i} shows a TensorFlow.js banner")


def check_exercises(nb, expected):
    """Every `check:ID` cell printed the expected verdict, and only that one."""
    other = NOT_YET if expected == PASSED else PASSED
    for i, cell in code_cells(nb):
        for exercise in tags_of(cell, "check:"):
            text = cell_text(cell)
            if expected not in text or other in text:
                shown = text.strip()[:300] or "(no output)"
                raise NotebookFailure(f"exercise {exercise} (cell {i}) should say '{expected}', but shows: {shown}")


def readable(path):
    """An unreadable notebook (invalid JSON, another nbformat, malformed cells) fails only itself."""
    try:
        return read_notebook(path)
    except UnreadableNotebook as error:
        raise NotebookFailure(str(error)) from None


def with_solutions(nb, solutions_path):
    solutions = readable(solutions_path)
    by_id = {}
    for cell in solutions.cells:
        for exercise in tags_of(cell, "exercise:"):
            by_id[exercise] = cell.source
    solved = copy.deepcopy(nb)
    seen = set()
    for i, cell in enumerate(solved.cells):
        for exercise in tags_of(cell, "exercise:"):
            if exercise not in by_id:
                raise NotebookFailure(f"exercise {exercise} (cell {i}) has no solution in {solutions_path}")
            cell.source = by_id[exercise]
            seen.add(exercise)
    extra = set(by_id) - seen
    if extra:
        raise NotebookFailure(f"{solutions_path} has solutions for unknown exercises: {sorted(extra)}")
    return solved


DURATION = re.compile(r"\d+(?:\.\d+)?\s*(?:s|ms|µs)\b")


def shown_text(cell):
    """What a cell shows as text, with durations masked (they differ from run to run by nature)."""
    return DURATION.sub("<time>", cell_text(cell))


def check_reproducible(shipped, solved):
    """The two runs share every cell before the first exercise: seeded, they must show the same text."""
    for (i, a), (_, b) in zip(code_cells(shipped), code_cells(solved)):
        if tags_of(a, "exercise:"):
            return
        if shown_text(a) != shown_text(b):
            raise NotebookFailure(
                f"cell {i} shows different output in two runs (unseeded randomness?):\n"
                f"    first:  {shown_text(a).strip()[:200]}\n    second: {shown_text(b).strip()[:200]}"
            )


def has_exercises(nb):
    return any(tags_of(c, "exercise:") for c in nb.cells)


def run_one(path, args):
    timings = {}
    nb = readable(path)
    start = time.perf_counter()
    execute(nb, path, args.timeout)
    timings["seconds"] = round(time.perf_counter() - start, 2)
    check_clean(nb)
    check_exercises(nb, NOT_YET)
    out = pathlib.Path(args.out) / path.name
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)

    solutions_path = path.parent / "solutions" / path.name
    if has_exercises(nb) and not solutions_path.exists():
        raise NotebookFailure(f"it has exercises but no solutions notebook at {solutions_path}")
    if has_exercises(nb) and not args.no_solutions:
        solved = with_solutions(readable(path), solutions_path)
        start = time.perf_counter()
        execute(solved, path, args.timeout)
        timings["solutionsSeconds"] = round(time.perf_counter() - start, 2)
        check_clean(solved)
        check_exercises(solved, PASSED)
        check_reproducible(nb, solved)
    return timings


def collect(paths):
    found = []
    for p in paths:
        p = pathlib.Path(p)
        found += sorted(p.glob("*.ipynb")) if p.is_dir() else [p]
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=["notebooks"])
    parser.add_argument("--timeout", type=int, default=int(os.environ.get("LOSSLAB_CELL_TIMEOUT", "120")),
                        help="seconds a single cell may take (default 120)")
    parser.add_argument("--out", default="build/notebooks", help="where executed copies go")
    parser.add_argument("--no-solutions", action="store_true", help="skip the run with solutions swapped in")
    args = parser.parse_args()

    notebooks = collect(args.paths)
    if not notebooks:
        sys.exit(f"run_notebooks: no notebooks found in {' '.join(args.paths)}")
    timings_path = pathlib.Path(args.out) / "timings.json"
    timings = json.loads(timings_path.read_text()) if timings_path.exists() else {}
    passed, failed = 0, 0
    total_start = time.perf_counter()
    for path in notebooks:
        try:
            result = run_one(path, args)
            timings[path.stem] = result
            extra = f", with solutions {result['solutionsSeconds']:.1f} s" if "solutionsSeconds" in result else ""
            print(f"ok    {path}  {result['seconds']:.1f} s{extra}", flush=True)
            passed += 1
        except NotebookFailure as failure:
            print(f"FAIL  {path}: {failure}", flush=True)
            failed += 1
        except Exception as error:  # a runner or kernel failure on one notebook must not stop the others
            print(f"FAIL  {path}: the runner could not run it: {type(error).__name__}: {error}", flush=True)
            failed += 1
    timings_path.parent.mkdir(parents=True, exist_ok=True)
    timings_path.write_text(json.dumps(timings, indent=2) + "\n")
    print(f"notebooks: {time.perf_counter() - total_start:.1f} s in all")
    print(f"notebooks: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
