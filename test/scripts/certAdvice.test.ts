/*
 * The certificate fix `npm start` prints must work for the user in front of it. office-addin-dev-certs calls
 * sudo itself on Linux and keeps its files in the user's home, so "sudo npx …" is never the advice.
 */
import assert from 'node:assert/strict';
import { certAdvice } from '../../scripts/certAdvice.cjs';

const debian = { platform: 'linux', home: '/home/ana', caStore: 'update-ca-certificates' as const };

describe('npm start: certificate advice for the user in front of it', () => {
  it('root without sudo: the system commands, with no sudo anywhere', () => {
    const line = certAdvice({ ...debian, home: '/root', isRoot: true, hasSudo: false });
    assert.doesNotMatch(line, /sudo (npx|sh|cp|mkdir)/);
    assert.match(
      line,
      /`mkdir -p \/usr\/local\/share\/ca-certificates\/office-addin-dev-certs && cp \/root\/\.office-addin-dev-certs\/ca\.crt \/usr\/local\/share\/ca-certificates\/office-addin-dev-certs\/ && update-ca-certificates`/,
    );
    const fedora = certAdvice({ ...debian, home: '/root', caStore: 'update-ca-trust', isRoot: true, hasSudo: false });
    assert.match(
      fedora,
      /`cp \/root\/\.office-addin-dev-certs\/ca\.crt \/etc\/ca-certificates\/trust-source\/anchors\/office-addin-dev-certs-ca\.crt && update-ca-trust`/,
    );
  });

  it('root with sudo: the tool itself, no sudo in front', () => {
    const line = certAdvice({ ...debian, home: '/root', isRoot: true, hasSudo: true });
    assert.match(line, /run `npx office-addin-dev-certs install` once/);
    assert.doesNotMatch(line, /`sudo/);
  });

  it('a normal user with sudo: the tool, which asks for their password through sudo (files stay in their home)', () => {
    const line = certAdvice({ ...debian, isRoot: false, hasSudo: true });
    assert.match(line, /run `npx office-addin-dev-certs install` once, without sudo in front: it runs sudo itself and asks for your password/);
  });

  it('a normal user without sudo: what to ask an administrator, with their own CA file', () => {
    const line = certAdvice({ ...debian, isRoot: false, hasSudo: false });
    assert.match(line, /ask an administrator to run, as root, `mkdir -p .* && cp \/home\/ana\/\.office-addin-dev-certs\/ca\.crt /);
  });

  it('Windows and macOS: the tool, with what the system will ask', () => {
    for (const isRoot of [false, true]) {
      assert.match(
        certAdvice({ platform: 'win32', isRoot, hasSudo: false, home: 'C:\\Users\\ana', caStore: null }),
        /run `npx office-addin-dev-certs install` once and answer Yes when Windows asks/,
      );
      assert.match(
        certAdvice({ platform: 'darwin', isRoot, hasSudo: true, home: '/Users/ana', caStore: null }),
        /run `npx office-addin-dev-certs install` once in Terminal; macOS asks for your password/,
      );
    }
  });

  it('is one line that ends by saying to run npm start again', () => {
    for (const isRoot of [false, true]) {
      for (const hasSudo of [false, true]) {
        const line = certAdvice({ ...debian, isRoot, hasSudo });
        assert.ok(!line.includes('\n') && line.startsWith('fix: ') && line.endsWith('then `npm start` again.'), line);
      }
    }
  });
});
