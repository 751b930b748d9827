/**
 * The kernel's sockets are tslab's (`ZmqServer.init` binds them from the connection file); the
 * messages arriving on them are dispatched here, so that every reply has the type and fields the
 * messaging spec v5 asks for.
 */
import { ZmqServer } from 'tslab/dist/jupyter';
import { Message, type Sendable } from './wire';
import type { KernelSession } from './session';
import type { HistoryRequest } from './history';

export class KernelServer extends ZmqServer {
  private session!: KernelSession;

  attach(session: KernelSession): this {
    this.session = session;
    return this;
  }

  private get key(): string {
    return this.connInfo.key;
  }

  private publish(parent: Message, type: string, content: Record<string, unknown>): void {
    parent.reply(type, content).send(this.iopub as unknown as Sendable, this.key, false);
  }

  override async handleShellMessage(socket: Parameters<ZmqServer['handleShellMessage']>[0], ...frames: Buffer[]): Promise<void> {
    let message: Message;
    try {
      message = Message.parse(frames, this.key);
    } catch {
      return; // unsigned or malformed: ignored, as the spec asks
    }
    const reply = (type: string, content: Record<string, unknown>) => message.reply(type, content).send(socket as unknown as Sendable, this.key);
    const content = message.content;
    this.publish(message, 'status', { execution_state: 'busy' });
    let shutdown = false;
    try {
      switch (message.type) {
        case 'kernel_info_request':
          reply('kernel_info_reply', this.session.kernelInfo());
          break;
        case 'execute_request': {
          const publish = (type: string, body: Record<string, unknown>) => this.publish(message, type, body);
          reply('execute_reply', await this.session.execute(content, publish, message.header.session));
          break;
        }
        case 'is_complete_request':
          reply('is_complete_reply', this.session.isComplete(String(content.code ?? '')));
          break;
        case 'complete_request':
          reply('complete_reply', this.session.complete(String(content.code ?? ''), Number(content.cursor_pos ?? 0)));
          break;
        case 'inspect_request':
          reply('inspect_reply', this.session.inspect(String(content.code ?? ''), Number(content.cursor_pos ?? 0)));
          break;
        case 'history_request':
          reply('history_reply', this.session.historyReply(content as HistoryRequest));
          break;
        case 'comm_info_request':
          reply('comm_info_reply', { status: 'ok', comms: {} });
          break;
        case 'interrupt_request':
          this.session.interrupt();
          reply('interrupt_reply', { status: 'ok' });
          break;
        case 'shutdown_request':
          reply('shutdown_reply', { status: 'ok', restart: content.restart === true });
          shutdown = true;
          break;
        default:
          // comm_open, comm_msg, comm_close (no widgets here), debug_request, ...: nothing to answer.
          break;
      }
    } finally {
      this.publish(message, 'status', { execution_state: 'idle' });
    }
    // Leave a moment for the reply and the idle status to go out; exiting closes the sockets.
    if (shutdown) setTimeout(() => process.exit(0), 50);
  }
}
