// What to tell the user in front of `npm start` when the development certificate could not be registered
// as trusted. office-addin-dev-certs keeps its files in ~/.office-addin-dev-certs and, on Linux, calls
// `sudo` itself to add its CA to the system store: so a normal user runs it without sudo (with sudo in
// front, it would write the files into root's home, not the user's), and root on a machine without sudo
// installs the CA with the system's own commands. Pure over its inputs, so it is unit-tested.

const TOOL = 'npx office-addin-dev-certs install';

/**
 * @param {{ platform: string, isRoot: boolean, hasSudo: boolean, home: string,
 *           caStore: 'update-ca-certificates' | 'update-ca-trust' | null }} who
 * @returns {string} one line: the fix, to run once, then `npm start` again
 */
function certAdvice({ platform, isRoot, hasSudo, home, caStore }) {
  const then = ', then `npm start` again.';
  if (platform === 'win32') return `fix: run \`${TOOL}\` once and answer Yes when Windows asks whether to install the certificate${then}`;
  if (platform === 'darwin') return `fix: run \`${TOOL}\` once in Terminal; macOS asks for your password to trust the certificate${then}`;
  const ca = `${home.replace(/\/$/, '')}/.office-addin-dev-certs/ca.crt`;
  const manual =
    caStore === 'update-ca-trust'
      ? `cp ${ca} /etc/ca-certificates/trust-source/anchors/office-addin-dev-certs-ca.crt && update-ca-trust`
      : caStore === 'update-ca-certificates'
        ? `mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs && cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-certs/ && update-ca-certificates`
        : `add ${ca} to the system's trusted certificate authorities`;
  if (isRoot && hasSudo) return `fix: run \`${TOOL}\` once (you are root: no sudo in front)${then}`;
  if (isRoot) return `fix: there is no sudo here, and you are root: run \`${manual}\` once${then}`;
  if (hasSudo) return `fix: run \`${TOOL}\` once, without sudo in front: it runs sudo itself and asks for your password${then}`;
  return `fix: there is no sudo here: ask an administrator to run, as root, \`${manual}\` once${then}`;
}

module.exports = { certAdvice };
