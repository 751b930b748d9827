#!/usr/bin/env python3
"""Times one Jupyter kernel (used by bench/kernel.ts): start to first output, per-cell overhead, a top-level loop.

Usage: kernel_timing.py KERNEL_NAME CWD CELLS LOOP_N   (prints one JSON object)
"""
import json
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel


def run(kc, code):
    """Wall time of one execute_request, from sending to the reply; and whether it printed."""
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    printed = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and printed is None:
            printed = time.perf_counter()
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=120)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=120)
    assert reply["content"]["status"] == "ok", reply["content"]
    return time.perf_counter() - t0, printed


def main(name, cwd, cells, loop_n):
    t0 = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=name, cwd=cwd, startup_timeout=120)
    try:
        _, printed = run(kc, 'console.log("ready")')
        first_output = printed - t0
        run(kc, "const warm = 1;")
        overhead = [run(kc, "1 + 1;")[0] for _ in range(cells)]
        loop = min(run(kc, f"let s = 0;\nfor (let i = 0; i < {loop_n}; i++) s += i;")[0] for _ in range(3))
        print(json.dumps({"first_output_s": first_output, "cell_ms": 1000 * statistics.median(overhead),
                          "cell_ms_max": 1000 * max(overhead), "loop_ms": 1000 * loop}))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
