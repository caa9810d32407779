#!/usr/bin/env node
// `npm start`: build the add-in, serve dist/ on https://localhost:3000, and sideload it into desktop Excel
// where that is possible (Windows, macOS). Elsewhere it still builds and serves, and says how to use it
// from Excel on the web. Flags: --no-build (serve the existing dist/), --port N.
import { execSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import certAdviceModule from './certAdvice.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const port = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : 3000);
const say = (m) => console.log(`[bpi] ${m}`);

if (!args.includes('--no-build')) {
  say('building dist/ …');
  // Served here, on localhost: a deployment address in the environment would point the manifest elsewhere.
  if (process.env.ADDIN_URL) say(`ignoring ADDIN_URL=${process.env.ADDIN_URL} (that is for \`npm run build\` of a deployment)`);
  const env = { ...process.env };
  delete env.ADDIN_URL;
  // The development manifest (manifest.xml, top level) follows manifest/addin.cjs before it is sideloaded.
  execSync('npm run manifest', { cwd: root, stdio: 'inherit', env });
  execSync('npm run build', { cwd: root, stdio: 'inherit', env });
}

/** HTTPS options from office-addin-dev-certs; installing its CA needs admin rights, which may be missing. */
async function tlsOptions() {
  try {
    const certs = await import('office-addin-dev-certs');
    return { options: await certs.getHttpsServerOptions(), trusted: true };
  } catch (e) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const key = path.join(dir, 'localhost.key');
    const cert = path.join(dir, 'localhost.crt');
    say(`could not register the development certificate as trusted: ${String(e?.message ?? e).split('\n')[0]}`);
    say(`  ${certAdviceModule.certAdvice(whoAmI())}`);
    if (fs.existsSync(key) && fs.existsSync(cert)) {
      return { options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(path.join(dir, 'ca.crt')) }, trusted: false };
    }
    return { options: null, trusted: false };
  }
}

/** What the certificate advice depends on: system, root or not, sudo or not, where the CA store is. */
function whoAmI() {
  const hasSudo = process.platform !== 'win32' && spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
  const caStore = fs.existsSync('/usr/sbin/update-ca-certificates')
    ? 'update-ca-certificates'
    : fs.existsSync('/usr/sbin/update-ca-trust')
      ? 'update-ca-trust'
      : null;
  return { platform: process.platform, isRoot: process.getuid?.() === 0, hasSudo, home: os.homedir(), caStore };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.css': 'text/css',
  '.txt': 'text/plain',
};

function handler(req, res) {
  const url = new URL(req.url ?? '/', 'https://localhost');
  const rel = decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname);
  const file = path.join(dist, path.normalize(rel));
  if (!file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  fs.createReadStream(file).pipe(res);
}

const { options, trusted } = await tlsOptions();
const scheme = options ? 'https' : 'http';
const server = options ? https.createServer(options, handler) : http.createServer(handler);
server.listen(port, 'localhost', () => {
  const base = `${scheme}://localhost:${port}/`;
  say(`serving dist/ on ${base}`);
  say(`task pane (documentation and calculator): ${base}taskpane.html`);
  if (!options) say('WARNING: no certificate at all, so plain http: fine for a browser preview of the task pane, but Excel loads add-ins over https only.');
  else if (!trusted) say('WARNING: the certificate is not trusted yet, so Excel will refuse to load the add-in until it is (see the fix above).');
  sideload();
});

function sideload() {
  const manifest = path.join(root, 'manifest.xml');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    say('sideloading into desktop Excel …');
    // office-addin-debugging, a pinned devDependency, run from node_modules (no download, no shell).
    const cli = createRequire(import.meta.url).resolve('office-addin-debugging/cli.js');
    const r = spawnSync(process.execPath, [cli, 'start', manifest, 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(port)], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status === 0) return;
    say('could not sideload automatically with office-addin-debugging.');
  } else {
    say(`desktop Excel cannot be sideloaded on ${process.platform}.`);
  }
  say('To use it in Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,');
  say(`  and choose ${manifest}. Then type =BPI.RATE(3,"CC3",1) in a cell (gives 0.0101, i.e. 1.01%).`);
  say('Press Ctrl+C to stop the server.');
}
