import assert from 'node:assert/strict';
import { NO_BROWSER, findBrowser } from './findBrowser';

const on = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv, files: string[]) => ({ platform, env, isFile: (f: string) => files.includes(f) });

describe('browser discovery for the task pane tests', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', () => {
    assert.equal(findBrowser(on('linux', { CHROMIUM_PATH: '/x/chrome', PATH: '/usr/bin' }, ['/x/chrome', '/usr/bin/chromium'])), '/x/chrome');
    assert.throws(() => findBrowser(on('linux', { CHROMIUM_PATH: '/x/none' }, ['/usr/bin/chromium'])), /CHROMIUM_PATH=\/x\/none is not a file/);
  });

  it('finds Chromium, Chrome or Edge by name on PATH or install location on Linux', () => {
    assert.equal(
      findBrowser(on('linux', { PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/chromium-browser', '/usr/bin/google-chrome'])),
      '/usr/bin/chromium-browser',
    );
    assert.equal(findBrowser(on('linux', { PATH: '/usr/bin' }, ['/usr/bin/microsoft-edge'])), '/usr/bin/microsoft-edge');
    assert.equal(findBrowser(on('linux', { PATH: '' }, ['/opt/google/chrome/chrome'])), '/opt/google/chrome/chrome');
  });

  it('finds the applications on macOS and Windows', () => {
    assert.equal(
      findBrowser(on('darwin', { HOME: '/Users/me' }, ['/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'])),
      '/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
    assert.equal(
      findBrowser(on('darwin', {}, ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])),
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    assert.equal(findBrowser(on('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, [edge])), edge);
    const chrome = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    assert.equal(findBrowser(on('win32', { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, [chrome])), chrome);
  });

  it('fails with one line saying how to get one when there is none', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      assert.throws(
        () => findBrowser(on(platform, { PATH: '/usr/bin' }, [])),
        (e: Error) => e.message === NO_BROWSER && !e.message.includes('\n'),
      );
    }
  });
});
