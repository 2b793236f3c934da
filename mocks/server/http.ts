import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from '../handlers';

// The mock backend as a real HTTP server: every request goes through the very handlers the browser
// worker and Vitest use. Nothing is loaded here; the caller runs load() first.

const MAX_BODY_BYTES = 1024 * 1024;

async function readRequestBody(message: IncomingMessage): Promise<Buffer | 'tooLarge'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return 'tooLarge';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(message: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = message.method ?? 'GET';
  const url = new URL(message.url ?? '/', `http://${message.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readRequestBody(message);
  if (body === 'tooLarge') {
    sendJson(res, 413, {
      code: 'InvalidInput',
      description: 'The request body is too large.',
      data: [],
      source: 'Simulator',
    });
    return;
  }
  const request = new Request(url, {
    method,
    headers,
    body: body?.length ? new Uint8Array(body) : undefined,
  });
  const response = await getResponse(handlers, request);
  if (!response) {
    sendJson(res, 404, {
      code: 'NotFound',
      description: `No simulated endpoint answers ${method} ${url.pathname}.`,
      data: [],
      source: 'Simulator',
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
}

export function createApiServer(): Server {
  return createServer((message, res) => {
    handle(message, res).catch((error: unknown) => {
      console.error('[api server]', error);
      if (!res.headersSent) {
        sendJson(res, 500, {
          code: 'InternalError',
          description: 'The simulated service failed unexpectedly.',
          data: [],
          source: 'Simulator',
        });
      } else res.end();
    });
  });
}
