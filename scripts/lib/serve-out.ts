/**
 * Serves out/ for checks the way `npm start` serves it (the `serve` package
 * with serve.json), on a free port, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { bin } from './bin';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function serveOut(outDir = 'out'): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin('serve'),
    [outDir, '--listen', `tcp://127.0.0.1:${port}`, '--config', '../serve.json', '--no-clipboard'],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the local server did not start on ${url}`);
}
