import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, listBuiltFiles, respondToAppRequest } from '../../electron/main/app-protocol.ts';

// Serves the built renderer on loopback exactly as the app:// handler does (same resolver,
// same CSP and headers, same list of built files): http://127.0.0.1:PORT/x is answered as app://hygie/x.
export async function startRendererServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = listBuiltFiles(root);
  const server: Server = createServer((request, response) => {
    void respondToAppRequest(files, `${APP_ORIGIN}${request.url ?? '/'}`).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
