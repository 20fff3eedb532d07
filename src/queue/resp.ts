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

interface Pending {
  resolve: (value: Reply) => void;
  reject: (error: Error) => void;
}

/** Thrown by a RESP parser when the buffer does not yet hold a whole reply. */
const INCOMPLETE = Symbol('incomplete');

export class RespClient {
  connected = false;
  onconnect: (() => void) | null = null;
  onclose: ((error?: Error) => void) | null = null;
  onerror: ((error: Error) => void) | null = null;
  readonly options: RespOptions;
  private socket: Socket | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private connecting: Promise<void> | undefined;
  private closed = false;
  private closedByUs = false;

  constructor(options: RespOptions) {
    this.options = options;
  }

  /** A fresh, unconnected client aimed at the same server. */
  async duplicate(): Promise<RespClient> {
    return new RespClient(this.options);
  }

  connect(): Promise<void> {
    if (this.connected) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('Connection closed'));
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
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 30_000);
      const timer = setTimeout(() => socket.destroy(new Error(`connect timeout to ${host}:${port}`)), this.options.connectTimeoutMs ?? 10_000);
      let opened = false;
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        opened = true;
        this.handshake().then(() => {
          this.connected = true;
          this.onconnect?.();
          resolve();
        }, (error: Error) => {
          socket.destroy(error);
        });
      });
      socket.on('data', (chunk: Buffer) => this.onData(chunk));
      socket.on('error', (error) => {
        if (!opened) {
          clearTimeout(timer);
          reject(error);
        } else {
          this.onerror?.(error);
        }
      });
      socket.once('close', () => {
        clearTimeout(timer);
        const wasConnected = this.connected;
        this.connected = false;
        this.failPending(new Error('Connection closed'));
        if (!opened) return;
        if (!wasConnected) reject(new Error('Connection closed during handshake'));
        this.closed = true;
        this.onclose?.(this.closedByUs ? undefined : new Error('Connection closed'));
      });
    });
  }

  private async handshake(): Promise<void> {
    const { username, password, db } = this.options;
    if (password !== undefined) {
      await this.raw(username !== undefined ? ['AUTH', username, password] : ['AUTH', password]);
    }
    if (db !== undefined && db !== 0) await this.raw(['SELECT', String(db)]);
  }

  /** Send a command; resolves with the reply, rejects on an error reply. */
  async send<T = Reply>(command: string, args: ReadonlyArray<string | number | Buffer>): Promise<T> {
    if (!this.connected) {
      if (this.closed) throw new Error('Connection closed');
      await this.connect();
    }
    return (await this.raw([command, ...args])) as T;
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

  private raw(parts: ReadonlyArray<string | number | Buffer>): Promise<Reply> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new Error('Connection closed'));
    return new Promise<Reply>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      socket.write(encode(parts));
    });
  }

  close(): void {
    this.closedByUs = true;
    this.closed = true;
    this.socket?.destroy();
  }

  private failPending(error: Error): void {
    for (const p of this.pending.splice(0)) p.reject(error);
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
