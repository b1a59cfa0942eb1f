// Types of serve.mjs for the TypeScript tests that start their own server.
import type { Server } from 'node:http';

export function startServer(options?: {
  root?: string;
  basePath?: string;
  port?: number;
  host?: string;
}): Promise<Server>;
