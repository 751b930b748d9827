/**
 * Jupyter's wire protocol (messaging spec v5): one message as the frames a ZeroMQ socket carries,
 * `[identities..., '<IDS|MSG>', hmac, header, parent_header, metadata, content, buffers...]`,
 * signed with HMAC-SHA256 over the four JSON parts.
 */
import { createHmac, randomBytes } from 'crypto';

const DELIMITER = Buffer.from('<IDS|MSG>');

/** A message header (the fields the kernel reads and writes). */
export interface Header {
  msg_id: string;
  msg_type: string;
  session: string;
  username: string;
  date: string;
  version: string;
}

/** Anything with ZeroMQ's `send` (a Router or a Publisher). */
export interface Sendable {
  send(frames: (Buffer | string)[]): unknown;
}

function sign(key: string, parts: string[]): string {
  const hmac = createHmac('sha256', key);
  for (const part of parts) hmac.update(part);
  return hmac.digest('hex');
}

/** One message: parsed from frames, or built as a reply to one. */
export class Message {
  constructor(
    readonly identities: Buffer[],
    readonly header: Header,
    readonly parent: Partial<Header>,
    readonly content: Record<string, unknown>,
  ) {}

  /** Parse the frames of a received message; throws if the signature does not match `key`. */
  static parse(frames: Buffer[], key: string): Message {
    const at = frames.findIndex((f) => f.equals(DELIMITER));
    if (at < 0 || frames.length < at + 6) throw new Error('Message.parse: expected <IDS|MSG> followed by a signature and four JSON parts');
    const parts = frames.slice(at + 2, at + 6).map((f) => f.toString('utf8'));
    const signature = frames[at + 1].toString('utf8');
    if (key && signature !== sign(key, parts)) throw new Error('Message.parse: invalid signature');
    const [header, parent, , content] = parts.map((p) => JSON.parse(p) as Record<string, unknown>);
    return new Message(frames.slice(0, at), header as unknown as Header, parent as Partial<Header>, content);
  }

  get type(): string {
    return this.header.msg_type;
  }

  /** A new message of `type` whose parent is this one (same session and identities). */
  reply(type: string, content: Record<string, unknown>): Message {
    const header: Header = {
      msg_id: randomBytes(16).toString('hex'),
      msg_type: type,
      session: this.header.session,
      username: this.header.username,
      date: new Date().toISOString(),
      version: '5.3',
    };
    return new Message(this.identities, header, this.header, content);
  }

  /** Sign and send on `socket` (identities are kept for Router sockets; iopub ignores them). */
  send(socket: Sendable, key: string, routed = true): void {
    const parts = [JSON.stringify(this.header), JSON.stringify(this.parent), '{}', JSON.stringify(this.content)];
    const prefix: (Buffer | string)[] = routed ? [...this.identities] : [Buffer.from(this.type)];
    socket.send([...prefix, DELIMITER, sign(key, parts), ...parts]);
  }
}
