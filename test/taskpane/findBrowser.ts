/*
 * Which Chromium-family browser the task pane tests drive: CHROMIUM_PATH if set, else the first of the usual
 * names on PATH and install locations of Chromium, Google Chrome and Microsoft Edge on Linux, macOS and
 * Windows. Pure over its inputs so that it can be tested on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Where {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly isFile: (file: string) => boolean;
}

export const NO_BROWSER =
  'No Chromium-family browser found for the task pane tests: install one (Debian/Ubuntu: apt-get install chromium; macOS/Windows: Google Chrome or Microsoft Edge) or set CHROMIUM_PATH to its executable.';

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
const LINUX_PLACES = ['/usr/bin/chromium', '/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];

/** Every place looked at, in order. */
export function candidates({ platform, env }: Pick<Where, 'platform' | 'env'>): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA, 'C:\\Program Files', 'C:\\Program Files (x86)'].filter(
      (r): r is string => !!r,
    );
    return [...new Set(roots)].flatMap((root) => WINDOWS_APPS.map((app) => path.win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => MAC_APPS.map((app) => path.posix.join(root, app)));
  }
  const dirs = (env.PATH ?? '').split(':').filter((d) => d !== '');
  return [...new Set([...LINUX_NAMES.flatMap((name) => dirs.map((d) => path.posix.join(d, name))), ...LINUX_PLACES])];
}

/** The browser's executable; throws one line saying how to get one when there is none. */
export function findBrowser(where: Where = { platform: process.platform, env: process.env, isFile }): string {
  const chosen = where.env.CHROMIUM_PATH;
  if (chosen) {
    if (!where.isFile(chosen)) throw new Error(`CHROMIUM_PATH=${chosen} is not a file. ${NO_BROWSER}`);
    return chosen;
  }
  const found = candidates(where).find(where.isFile);
  if (!found) throw new Error(NO_BROWSER);
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
