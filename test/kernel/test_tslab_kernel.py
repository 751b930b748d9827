"""The Jupyter project's kernel conformance suite, run against the course's kernel (tslab + src/kernel) as registered.

Run by `npm test` (which sets JUPYTER_PATH to the project's .jupyter/ data directory):
    python3 test/kernel/test_tslab_kernel.py -v
"""
import pathlib
import unittest

import jupyter_kernel_test
from jupyter_client.kernelspec import KernelSpecManager

ROOT = pathlib.Path(__file__).resolve().parents[2]


class TslabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "tslab"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("oops")'
    completion_samples = [{"text": "Math.fl", "matches": {"floor"}}]
    complete_code_samples = ["const a = 1;", "function f() { return 1; }"]
    incomplete_code_samples = ["function f() {", "const xs = [1, 2,"]
    code_generate_error = 'throw new Error("boom")'
    code_execute_result = [{"code": "6 * 7", "result": "42"}, {"code": "'a' + 'b'", "result": "'ab'"}]
    code_display_data = [
        {"code": 'import * as tslab from "tslab"; tslab.display.html("<b>hi</b>")', "mime": "text/html"},
        {"code": 'import * as tslab from "tslab"; tslab.display.markdown("**hi**")', "mime": "text/markdown"},
    ]
    code_inspect_sample = "Math.max"
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6 * 7"

    def test_kernelspec_is_the_projects_own(self):
        """The "tslab" kernelspec runs the course's kernel (src/kernel, built on tslab) from this project."""
        spec = KernelSpecManager().get_kernel_spec("tslab")
        self.assertEqual(pathlib.Path(spec.argv[1]), ROOT / "dist" / "kernel" / "main.js")
        self.assertTrue(pathlib.Path(spec.resource_dir).is_relative_to(ROOT / ".jupyter"), spec.resource_dir)

    # Not offered, as by most kernels other than IPython's:
    def test_pager(self):
        self.skipTest("the kernel sends no pager payloads (Shift-Tab inspection covers documentation)")

    def test_clear_output(self):
        self.skipTest("the kernel offers no clear_output API to cells (updatable displays replace outputs instead)")


if __name__ == "__main__":
    unittest.main()
