"""What the course's kernel adds to tslab (issue 13), each behaviour through nbclient, as
`npm run notebooks` and VS Code run cells. Run from the project root after `source scripts/setup.sh test`:
    python3 test/kernel/test_behaviour.py -v
Against plain tslab (LOSSLAB_KERNEL=... pointing to a tslab kernelspec) every test here fails.
"""
import os
import pathlib
import re
import unittest

import nbformat
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = pathlib.Path(__file__).resolve().parents[2]
KERNEL = os.environ.get("LOSSLAB_KERNEL", "tslab")


def run(*cells, allow_errors=False):
    """Execute code cells in one kernel (cwd notebooks/, as Jupyter runs the course); returns the notebook."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, kernel_name=KERNEL, timeout=120, allow_errors=allow_errors,
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    return nb


def results(cell):
    return [o for o in cell.outputs if o.output_type == "execute_result"]


def errors(cell):
    return [o for o in cell.outputs if o.output_type == "error"]


class KernelBehaviour(unittest.TestCase):
    def test_shorthand_names_variables_of_earlier_cells(self):
        nb = run("const lr = 0.1;\nconst o = { a: 1 };\nlet a = 0;", "({ lr })", "({ a } = o);\na")
        self.assertEqual(results(nb.cells[1])[0].data["text/plain"], "{ lr: 0.1 }")
        self.assertEqual(results(nb.cells[2])[0].data["text/plain"], "1")

    def test_runtime_error_names_the_cell_line_without_internals(self):
        nb = run("function f(x: number) {\n  if (x > 2) throw new RangeError('too big: ' + x);\n  return x;\n}",
                 "const k = 1;\nconst y = f(\n  k + 5,\n);", allow_errors=True)
        [error] = errors(nb.cells[1])
        self.assertEqual((error.ename, error.evalue), ("RangeError", "too big: 6"))
        text = "\n".join(error.traceback)
        self.assertIn("at f, cell [1], line 2:", text)
        self.assertIn("cell [2], line 2:  const y = f(", text)
        self.assertNotRegex(text, r"node:|evalmachine|tslab/dist|dist/kernel|executor\.js")

    def test_nbclient_reports_the_real_error(self):
        with self.assertRaises(CellExecutionError) as caught:
            run("throw new TypeError('learningRate must be a number')")
        self.assertIn("TypeError: learningRate must be a number", str(caught.exception))

    def test_type_errors_keep_line_col_and_arrive_as_errors(self):
        nb = run("const n = 1;\nlet s: string = n;", allow_errors=True)
        [error] = errors(nb.cells[0])
        self.assertEqual(error.ename, "TypeScriptError")
        self.assertEqual(error.evalue, "2:5 - Type 'number' is not assignable to type 'string'.")

    def test_library_frames_map_to_src_ts_lines(self):
        nb = run("import { plots } from 'losslab';\nplots.lineChart([{ name: 'a', x: [1, 2], y: [1] }])", allow_errors=True)
        [error] = errors(nb.cells[0])
        text = "\n".join(error.traceback)
        source = (ROOT / "src/plots/line-chart.ts").read_text().splitlines()
        line = next(i + 1 for i, l in enumerate(source) if "they must match" in l)
        self.assertIn(f"src/plots/line-chart.ts:{line}", text)
        self.assertIn("cell [1], line 2", text)

    def test_semicolon_hides_the_value(self):
        nb = run("6 * 7;", "6 * 7 // no semicolon")
        self.assertEqual(results(nb.cells[0]), [])
        self.assertEqual(results(nb.cells[1])[0].data["text/plain"], "42")
        self.assertEqual(results(nb.cells[1])[0].execution_count, 2)

    def test_tensor_shows_dtype_shape_values_everywhere(self):
        nb = run("import { tf } from 'losslab';\nconst t = tf.tensor([1, 2, 3]).square();\nconsole.log(t);",
                 "import { inspect } from 'util';\ninspect(t).includes('values')", "t")
        for text in (nb.cells[0].outputs[-1].text, results(nb.cells[2])[0].data["text/plain"]):
            self.assertRegex(text, r"dtype: float32[\s\S]*shape: \[3\][\s\S]*\[1, 4, 9\]")
        self.assertEqual(results(nb.cells[1])[0].data["text/plain"], "true")

    def test_figure_as_last_value_is_the_interactive_figure(self):
        nb = run("import { plots } from 'losslab';\nplots.lossCurves({ loss: [3, 2, 1] })")
        [result] = results(nb.cells[0])
        self.assertIn("application/vnd.plotly.v1+json", result.data)
        self.assertIn("losslab-plotly-js", result.data["text/html"])  # the first figure carries plotly.js
        self.assertTrue(result.data["text/plain"].startswith("Figure:"))

    def test_failed_cell_keeps_what_ran_before_the_error(self):
        nb = run("import { losses } from 'losslab';\nconst before = 1;\nthrow new Error('stop');\nconst after = 2;",
                 "before + 1", allow_errors=True)
        self.assertEqual(results(nb.cells[1])[0].data["text/plain"], "2")

    def test_stop_on_error_both_ways(self):
        # nbclient sends stop_on_error=False with allow_errors: the next cells run.
        nb = run("throw new Error('first')", "1 + 1", allow_errors=True)
        self.assertEqual(results(nb.cells[1])[0].data["text/plain"], "2")


class KernelRequests(unittest.TestCase):
    """Requests nbclient does not send: completion, inspection, queued cells, comm_info."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, cwd=str(ROOT / "notebooks"), startup_timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def reply(self, msg_id):
        while True:
            msg = self.kc.get_shell_msg(timeout=120)
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def iopub(self, msg_id):
        out = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=120)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return out
            out.append(msg)

    def test_completion_after_a_failed_cell(self):
        msg_id = self.kc.execute("import { losses } from 'losslab';\nthrow new Error('x')")
        self.assertEqual(self.reply(msg_id)["content"]["status"], "error")
        code = "losses.meanS"
        reply = self.reply(self.kc.complete(code, len(code)))
        self.assertIn("meanSquaredError", reply["content"]["matches"])

    def test_execute_input_carries_code_and_count(self):
        msg_id = self.kc.execute("1 + 1")
        count = self.reply(msg_id)["content"]["execution_count"]
        [inp] = [m for m in self.iopub(msg_id) if m["msg_type"] == "execute_input"]
        self.assertEqual((inp["content"]["code"], inp["content"]["execution_count"]), ("1 + 1", count))

    def test_stop_on_error_aborts_queued_cells_only_when_asked(self):
        slow_failure = "await new Promise((r) => setTimeout(r, 500));\nthrow new Error('late')"
        for stop, expected in ((True, "aborted"), (False, "ok")):
            first = self.kc.execute(slow_failure, stop_on_error=stop)
            second = self.kc.execute("2 + 2", stop_on_error=stop)
            self.assertEqual(self.reply(first)["content"]["status"], "error")
            self.assertEqual(self.reply(second)["content"]["status"], expected, f"stop_on_error={stop}")

    def test_inspection_shows_formulas_as_text(self):
        self.reply(self.kc.execute("import { losses } from 'losslab';"))
        code = "losses.huber"
        reply = self.reply(self.kc.inspect(code, len(code)))
        text = reply["content"]["data"]["text/plain"]
        self.assertIn("δ", text)
        self.assertNotRegex(text, r"\\(frac|hat|delta|begin)|\$\$")

    def test_comm_info_reply(self):
        reply = self.reply(self.kc.comm_info())
        self.assertEqual(reply["msg_type"], "comm_info_reply")
        self.assertEqual(reply["content"], {"status": "ok", "comms": {}})


if __name__ == "__main__":
    unittest.main()
