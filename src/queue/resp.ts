/**
 * A minimal RESP2 Redis client over node:net / node:tls, shaped like Bun's
 * `RedisClient` (`send`, `connected`, `onconnect`, `onclose`, `connect`,
 * `close`, `duplicate`) so that BullMQ's own driver adapter
 * (`createBunRedisClient`) does the IRedisClient mapping, Lua script loading,
 * transactions and reconnects.
 *
 * Why it exists: BullMQ 6 no longer bundles a Redis driver and `ioredis` is not
 * among this package's dependencies. Adding `ioredis` later is a one-line
 * switch in `connection.ts`; nothing else depends on this file.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export interface RespOptions {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: boolean;
  /** Give up connecting after this many milliseconds (default 10 s). */
  connectTimeoutMs?: number;
}

type Reply = string | number | null | Error | Reply[];
type Parts = ReadonlyArray<string | number | Buffer>;

interface Pending {
  parts: Parts;
  /** Sent again after a reconnect (false for handshake commands). */
  replay: boolean;
  resolve: (value: Reply) => void;
  reject: (error: Error) => void;
}

/** Thrown by a RESP parser when the buffer does not yet hold a whole reply. */
const INCOMPLETE = Symbol('incomplete');

/**
 * Connection drops after the first connect are hidden, as ioredis does with
 * `maxRetriesPerRequest: null`: the client reconnects with backoff (50 ms
 * doubling to 2 s, forever), re-applies AUTH/SELECT/CLIENT SETNAME, and sends
 * again every command that had no reply, in order. Only `close()` ends it.
 */
export class RespClient {
  onconnect: (() => void) | null = null;
  onclose: ((error?: Error) => void) | null = null;
  onerror: ((error: Error) => void) | null = null;
  readonly options: RespOptions;
  private socket: Socket | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  /** Written, waiting for replies, in order. */
  private pending: Pending[] = [];
  /** Not written yet: sent when the connection is (back) up. */
  private backlog: Pending[] = [];
  private ready = false;
  private everConnected = false;
  private connecting: Promise<void> | undefined;
  private closedByUs = false;
  private clientName: string | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectAttempts = 0;

  constructor(options: RespOptions) {
    this.options = options;
  }

  /** Up, or reconnecting after a drop; false before the first connect and after close(). */
  get connected(): boolean {
    return this.everConnected ? !this.closedByUs : this.ready;
  }

  /** A fresh, unconnected client aimed at the same server. */
  async duplicate(): Promise<RespClient> {
    return new RespClient(this.options);
  }

  connect(): Promise<void> {
    if (this.ready || (this.everConnected && !this.closedByUs)) return Promise.resolve();
    if (this.closedByUs) return Promise.reject(new Error('Connection closed'));
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private open(): Promise<void> {
    const { host, port, tls } = this.options;
    return new Promise<void>((resolve, reject) => {
      const socket = tls ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
      this.socket = socket;
      this.buffer = Buffer.alloc(0);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 30_000);
      const timer = setTimeout(() => socket.destroy(new Error(`connect timeout to ${host}:${port}`)), this.options.connectTimeoutMs ?? 10_000);
      let settled = false;
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        this.handshake().then(() => {
          this.ready = true;
          this.everConnected = true;
          this.reconnectAttempts = 0;
          for (const entry of this.backlog.splice(0)) this.write(entry);
          settled = true;
          resolve();
          this.onconnect?.();
        }, (error: Error) => socket.destroy(error));
      });
      socket.on('data', (chunk: Buffer) => this.onData(chunk));
      socket.on('error', (error) => {
        if (settled) this.onerror?.(error);
        else {
          settled = true;
          reject(error);
        }
      });
      socket.once('close', () => {
        clearTimeout(timer);
        if (!settled) {
          settled = true;
          reject(new Error('Connection closed'));
        }
        if (socket === this.socket) this.dropped();
      });
    });
  }

  /** The current socket is gone: give up (closed by us, or never connected) or reconnect. */
  private dropped(): void {
    this.ready = false;
    const inflight = this.pending.splice(0);
    for (const p of inflight.filter((p) => !p.replay)) p.reject(new Error('Connection closed'));
    if (this.closedByUs || !this.everConnected) {
      for (const p of [...inflight, ...this.backlog.splice(0)]) p.reject(new Error('Connection closed'));
      if (this.closedByUs) this.onclose?.();
      return;
    }
    this.backlog = [...inflight.filter((p) => p.replay), ...this.backlog];
    if (this.reconnectTimer !== undefined) return;
    const delay = Math.min(50 * 2 ** this.reconnectAttempts++, 2000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.closedByUs) this.open().catch(() => undefined); // a failure lands in dropped() again
    }, delay);
  }

  private async handshake(): Promise<void> {
    const { username, password, db } = this.options;
    if (password !== undefined) {
      await this.direct(username !== undefined ? ['AUTH', username, password] : ['AUTH', password]);
    }
    if (db !== undefined && db !== 0) await this.direct(['SELECT', String(db)]);
    if (this.clientName !== undefined) await this.direct(['CLIENT', 'SETNAME', this.clientName]);
  }

  /** Send a command; resolves with the reply, rejects on an error reply. */
  async send<T = Reply>(command: string, args: Parts): Promise<T> {
    if (!this.everConnected) await this.connect();
    if (this.closedByUs) throw new Error('Connection closed');
    if (command.toUpperCase() === 'CLIENT' && String(args[0] ?? '').toUpperCase() === 'SETNAME') {
      this.clientName = String(args[1] ?? '');
    }
    return (await new Promise<Reply>((resolve, reject) => {
      const entry: Pending = { parts: [command, ...args], replay: true, resolve, reject };
      if (this.ready) this.write(entry);
      else this.backlog.push(entry);
    })) as T;
  }

  get(key: string): Promise<string | null> {
    return this.send<string | null>('GET', [key]);
  }

  smembers(key: string): Promise<Reply[]> {
    return this.send<Reply[]>('SMEMBERS', [key]);
  }

  incr(key: string): Promise<number> {
    return this.send<number>('INCR', [key]);
  }

  /** A handshake command on the socket being opened. */
  private direct(parts: Parts): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => this.write({ parts, replay: false, resolve, reject }));
  }

  private write(entry: Pending): void {
    this.pending.push(entry);
    this.socket?.write(encode(entry.parts));
  }

  close(): void {
    this.closedByUs = true;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    if (this.socket && !this.socket.destroyed) this.socket.destroy();
    else this.dropped();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    let offset = 0;
    for (;;) {
      let parsed: [Reply, number];
      try {
        parsed = parseReply(this.buffer, offset);
      } catch (error) {
        if (error === INCOMPLETE) break;
        this.socket?.destroy(error as Error);
        return;
      }
      offset = parsed[1];
      const waiter = this.pending.shift();
      const reply = parsed[0];
      if (!waiter) continue;
      if (reply instanceof Error) waiter.reject(reply);
      else waiter.resolve(reply);
    }
    this.buffer = offset === 0 ? this.buffer : this.buffer.subarray(offset);
  }
}

function encode(parts: ReadonlyArray<string | number | Buffer>): Buffer {
  const chunks: Buffer[] = [Buffer.from(`*${parts.length}\r\n`)];
  for (const part of parts) {
    const bytes = Buffer.isBuffer(part) ? part : Buffer.from(String(part), 'utf8');
    chunks.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(chunks);
}

/** Parse one RESP2 reply at `offset`; returns it and the offset after it. */
export function parseReply(buf: Buffer, offset: number): [Reply, number] {
  if (offset >= buf.length) throw INCOMPLETE;
  const lineEnd = buf.indexOf('\r\n', offset);
  if (lineEnd < 0) throw INCOMPLETE;
  const type = String.fromCharCode(buf[offset] ?? 0);
  const line = buf.toString('utf8', offset + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return [line, next];
    case '-':
      return [new Error(line), next];
    case ':':
      return [Number(line), next];
    case '$': {
      const len = Number(line);
      if (len < 0) return [null, next];
      if (buf.length < next + len + 2) throw INCOMPLETE;
      return [buf.toString('utf8', next, next + len), next + len + 2];
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return [null, next];
      const items: Reply[] = [];
      let at = next;
      for (let i = 0; i < count; i++) {
        const [item, after] = parseReply(buf, at);
        items.push(item);
        at = after;
      }
      return [items, at];
    }
    default:
      throw new Error(`RESP: unexpected reply type ${JSON.stringify(type)}`);
  }
}
