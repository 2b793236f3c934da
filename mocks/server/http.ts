import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import { getResponse } from 'msw';
import { handlers } from '../handlers';
import { backendSettings, withGuards } from '../lib/route';
import type { WebhookDispatcher } from './webhooks';
import { MAX_IMPORT_BYTES } from '../handlers/simulator';

// The mock backend as a real HTTP server: every request goes through the very handlers the browser
// worker and Vitest use. Nothing is loaded here; the caller runs load() and configureBackend() first.
// What never reaches a handler (a foreign Host, an oversized body or header, a method no handler serves)
// is answered here, in the same error envelope.

const MAX_BODY_BYTES = 1024 * 1024;
/** Demo › Import takes a whole demo file (the many-partners scenario's is about 4 MB): this route alone. */
const IMPORT_PATH = '/api/sim/import';
/**
 * A refused body is still read (and dropped) up to 15 MiB past its limit before the answer goes out: a client that is
 * still sending when the socket closes sees a reset instead of the 413. Past it, the socket is cut.
 */
const drainLimit = (limit: number) => limit + 15 * MAX_BODY_BYTES;

/** How large a body may be: 1 MiB, or the import's own limit for `PUT /api/sim/import`. */
function bodyLimit(method: string, target: string): number {
  const path = target.split('?')[0];
  return method === 'PUT' && path === IMPORT_PATH ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
}
/** Methods no handler serves and `new Request` refuses; answered 405 instead of failing inside. */
const SERVED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE';

const served = withGuards(handlers);
/** For answers given before the body was read: the connection cannot carry another request. */
const CLOSE = { Connection: 'close' };

interface Problem {
  status: number;
  code: string;
  description: string;
}

const envelope = ({ code, description }: Problem) =>
  JSON.stringify({ code, description, data: [], source: 'Simulator' });

function sendProblem(res: ServerResponse, problem: Problem, headers: Record<string, string> = {}): void {
  const body = envelope(problem);
  res.writeHead(problem.status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

/** An answer written straight to the socket, for requests Node's parser refused before there was a `res`. */
function sendRawProblem(socket: Duplex, problem: Problem): void {
  const body = envelope(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n` +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

/**
 * The host name of a Host header, lower-cased (`[::1]` keeps its brackets), or null when it is not a
 * host[:port] at all (`a b`, ``, `[`).
 */
export function hostName(header: string | undefined): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::\d{1,5})?$/i.exec(header ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

const isLoopback = (name: string) =>
  name === 'localhost' ||
  name === '[::1]' ||
  (/^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(name) &&
    name.split('.').every((part) => Number(part) <= 255));

/**
 * Only loopback names and the configured app URL's host are served: a page on another site whose name
 * resolves to 127.0.0.1 (DNS rebinding) sends its own name as Host, and must not reach /api/sim/reset.
 */
function isAllowedHost(name: string): boolean {
  return isLoopback(name) || name === new URL(backendSettings().appUrl).hostname.toLowerCase();
}

/** Reads the body; past `limit` it keeps reading (up to 15 MiB more) only to drop it. */
function readRequestBody(message: IncomingMessage, limit: number): Promise<Buffer | 'tooLarge'> {
  const declared = Number(message.headers['content-length'] ?? 0);
  if (declared > drainLimit(limit)) return Promise.resolve('tooLarge');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > drainLimit(limit)) {
        message.pause();
        resolve('tooLarge');
      }
    });
    message.on('end', () => resolve(size > limit ? 'tooLarge' : Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

async function handle(
  message: IncomingMessage,
  res: ServerResponse,
  webhooks: WebhookDispatcher | null,
): Promise<void> {
  const method = message.method ?? 'GET';
  const host = hostName(message.headers.host);
  if (host === null) {
    sendProblem(
      res,
      { status: 400, code: 'InvalidInput', description: 'The Host header is not valid.' },
      CLOSE,
    );
    return;
  }
  if (!isAllowedHost(host)) {
    sendProblem(
      res,
      {
        status: 421,
        code: 'MisdirectedRequest',
        description: `This simulated API answers only on loopback (127.0.0.1, localhost, [::1]) and on the app URL's host, not on '${host}'.`,
      },
      CLOSE,
    );
    return;
  }
  if (!SERVED_METHODS.has(method)) {
    sendProblem(
      res,
      { status: 405, code: 'MethodNotAllowed', description: `The simulated API does not answer ${method}.` },
      { Allow: ALLOW, ...CLOSE },
    );
    return;
  }
  const target = message.url ?? '/';
  if (!target.startsWith('/')) {
    sendProblem(res, {
      status: 400,
      code: 'InvalidInput',
      description: 'The request target must be a path.',
    });
    return;
  }
  // The request's origin is the app's, never the Host header's: handlers build the links they hand out
  // from it (as in the browser, where the worker answers on the app's own origin).
  const url = new URL(`${new URL(backendSettings().appUrl).origin}${target}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const limit = bodyLimit(method, target);
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readRequestBody(message, limit);
  if (body === 'tooLarge') {
    sendProblem(
      res,
      {
        status: 413,
        code: 'RequestTooLarge',
        description: `The request body is larger than ${limit / (1024 * 1024)} MiB.`,
      },
      CLOSE,
    );
    return;
  }
  const request = new Request(url, {
    method,
    headers,
    body: body?.length ? new Uint8Array(body) : undefined,
  });
  const response = await getResponse(served, request);
  if (!response) {
    sendProblem(res, {
      status: 404,
      code: 'NotFound',
      description: `No simulated endpoint answers ${method} ${url.pathname}.`,
    });
    return;
  }
  // An injected "offline" fault: no answer at all, as when the network is gone.
  if (response.type === 'error') {
    message.socket.destroy();
    return;
  }
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  res.writeHead(response.status, responseHeaders);
  res.end(method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
  // After the answer, never before it: a slow receiver must not hold up the API.
  void webhooks?.deliverNew();
}

export interface ApiServerOptions {
  /** Posts the webhook events each request raised (mocks/server/webhooks.ts). */
  webhooks?: WebhookDispatcher | null;
}

export function createApiServer({ webhooks = null }: ApiServerOptions = {}): Server {
  const server = createServer((message, res) => {
    handle(message, res, webhooks).catch((error: unknown) => {
      console.error('[api server]', error);
      if (!res.headersSent) {
        sendProblem(res, {
          status: 500,
          code: 'InternalError',
          description: 'The simulated service failed unexpectedly.',
        });
      } else res.end();
    });
  });
  // Node answers these itself with a bare status line; ours carry the envelope like every other answer.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    sendRawProblem(
      socket,
      error.code === 'HPE_HEADER_OVERFLOW'
        ? {
            status: 431,
            code: 'RequestHeaderFieldsTooLarge',
            description: 'The request line and headers are larger than the server accepts (16 KiB).',
          }
        : { status: 400, code: 'InvalidInput', description: 'The request is not valid HTTP.' },
    );
  });
  // CONNECT is a tunnel request: Node hands it over here, and without a listener just drops the socket.
  server.on('connect', (_message: IncomingMessage, socket: Duplex) => {
    sendRawProblem(socket, {
      status: 405,
      code: 'MethodNotAllowed',
      description: 'The simulated API does not answer CONNECT.',
    });
  });
  return server;
}
