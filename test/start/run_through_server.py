#!/usr/bin/env python3
"""Run a notebook's code cells through a running Jupyter server, the way the browser does.

Starts a session (a tslab kernel) with the server's REST API, then sends each code cell as an
execute_request over the kernel's websocket channel and waits for its reply. Prints one line per cell
and exits non-zero on the first error reply. Used by test/start/start.test.ts against `npm start`.

Usage: run_through_server.py BASE_URL TOKEN NOTEBOOK_PATH_ON_SERVER
"""
import json
import sys
import uuid

from tornado import gen, httpclient, ioloop, websocket


def message(code, session):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": "execute_request", "username": "test",
                   "session": session, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }


async def main(base, token, path):
    http = httpclient.AsyncHTTPClient()
    auth = {"Authorization": f"token {token}"}
    notebook = json.loads((await http.fetch(f"{base}/api/contents/{path}", headers=auth)).body)["content"]
    body = json.dumps({"path": path, "type": "notebook", "kernel": {"name": "tslab"}})
    session = json.loads((await http.fetch(f"{base}/api/sessions", method="POST", body=body, headers=auth)).body)
    kernel = session["kernel"]["id"]
    ws_url = base.replace("http", "ws", 1) + f"/api/kernels/{kernel}/channels?token={token}"
    conn = await websocket.websocket_connect(ws_url)
    client_session = uuid.uuid4().hex
    try:
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code" or not "".join(cell["source"]).strip():
                continue
            request = message("".join(cell["source"]), client_session)
            await conn.write_message(json.dumps(request))
            output = []
            while True:
                reply = json.loads(await gen.with_timeout(ioloop.IOLoop.current().time() + 120, conn.read_message()))
                if reply.get("parent_header", {}).get("msg_id") != request["header"]["msg_id"]:
                    continue
                if reply["msg_type"] == "stream":
                    output.append(reply["content"]["text"])
                if reply["msg_type"] == "execute_reply":
                    status = reply["content"]["status"]
                    print(f"cell {index}: {status}", flush=True)
                    if status != "ok":
                        print("".join(output)[-2000:])
                        return 1
                    break
    finally:
        conn.close()
        await http.fetch(f"{base}/api/sessions/{session['id']}", method="DELETE", headers=auth)
    print(f"ran {path} through the server")
    return 0


if __name__ == "__main__":
    sys.exit(ioloop.IOLoop.current().run_sync(lambda: main(*sys.argv[1:4])))
