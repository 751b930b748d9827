"""An nbclient NotebookClient that also hears what a kernel says after a cell has finished.

nbclient listens to a cell's messages until the kernel goes idle, then ignores every message that
names an earlier cell. tslab 1.0.22 reports an uncaught exception in a timer, or an unhandled promise
rejection, on stderr whenever it happens, under the header of the cell that ran last: when that is
after the cell's idle, nbclient drops it and the failure goes unseen. This client keeps those late
stderr and `error` messages, by cell, and knows which cell is running when the kernel dies.
"""
import collections

from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async, run_sync
from nbformat.v4 import new_code_cell


def late_text(msg):
    """What a late message says when it is a failure (stderr or an error), else None."""
    content = msg.get("content", {})
    if msg["msg_type"] == "stream" and content.get("name") == "stderr":
        return content.get("text", "")
    if msg["msg_type"] == "error":
        return f"{content.get('ename', 'Error')}: {content.get('evalue', '')}\n"
    return None


class WatchfulClient(NotebookClient):
    def __init__(self, nb, settle_code, **kwargs):
        super().__init__(nb, **kwargs)
        self.settle_code = settle_code
        self.cell_of_message = {}
        self.late = collections.defaultdict(str)  # cell index -> late stderr/error text
        self.running = None  # index of the cell being executed (the settling step is len(cells))

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        self.cell_of_message[parent_msg_id] = cell_index
        self.running = cell_index
        while True:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=None))
            parent = msg["parent_header"].get("msg_id")
            if parent == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    return
            elif parent in self.cell_of_message:
                text = late_text(msg)
                if text:
                    self.late[self.cell_of_message[parent]] += text

    async def async_settle(self):
        """Runs the hidden settling step after the last cell; returns the failures it heard, if any."""
        step = new_code_cell(self.settle_code)
        self.nb.cells.append(step)
        try:
            await self.async_execute_cell(step, len(self.nb.cells) - 1)
        except CellExecutionError as error:
            step.outputs.append({"output_type": "stream", "name": "stderr", "text": str(error)})
        finally:
            self.nb.cells.pop()
        return "".join(late_text({"msg_type": o.output_type, "content": o}) or "" for o in step.outputs)

    async def async_execute(self, **kwargs):
        """nbclient's own loop over the cells, plus the settling step at the end."""
        self.reset_execution_trackers()
        self.settled = ""
        async with self.async_setup_kernel(**kwargs):
            msg_id = await ensure_async(self.kc.kernel_info())
            info_msg = await self.async_wait_for_reply(msg_id)
            if info_msg is not None and "language_info" in info_msg["content"]:
                self.nb.metadata["language_info"] = info_msg["content"]["language_info"]
            for index, cell in enumerate(self.nb.cells):
                await self.async_execute_cell(cell, index, execution_count=self.code_cells_executed + 1)
            self.settled = await self.async_settle()
        return self.nb

    execute = run_sync(async_execute)
