import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 serving the routes a test gives; it records every request it receives. */
export class PageServer {
  readonly requests: Array<{ path: string; host: string | undefined }> = [];
  private readonly server: Server;

  constructor(private readonly routes: Record<string, Route>) {
    this.server = createServer((request, response) => {
      this.requests.push({ path: request.url ?? '', host: request.headers.host });
      const route = this.routes[(request.url ?? '').split('?')[0]!];
      if (route) route(request, response);
      else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not here');
      }
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
