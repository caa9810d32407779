#!/usr/bin/env node
// `npm run manifest`: writes manifest.xml at the top level, the development manifest (https://localhost:3000/,
// what `npm start` sideloads), from manifest/addin.cjs. It is committed so that it can be read and sideloaded
// from a plain clone; test/manifest.test.ts fails when it differs from what this writes.
const fs = require('node:fs');
const path = require('node:path');
const { DEV_URL, renderXml } = require('./render.cjs');

const file = path.join(__dirname, '..', 'manifest.xml');
const text = renderXml(DEV_URL);
if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) console.log('manifest.xml is up to date');
else {
  fs.writeFileSync(file, text);
  console.log('manifest.xml written from manifest/addin.cjs');
}
