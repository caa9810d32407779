/*
 * BPI.MPR's options texts, read by RATE's reader with MPR's names: the in-place reading agrees with the
 * part-by-part one on random texts, and the memo gives what a fresh reading gives.
 */
import { strict as assert } from 'node:assert';
import { Exact } from '../../src/core/numbers';
import { parseMprOptions, readMprOptionsText } from '../../src/core/options';
import { seededRandom } from '../harness/deals';
import { outcome } from './optionsOutcome';

const PIECES = [
  'COVER',
  'PCP',
  'pcc',
  'QUALITY',
  'quality',
  'TERM',
  'Term',
  'LOCALCCY',
  'MOBILE',
  'FIXED',
  'ASSIGNMENT',
  'LOCALESCROW',
  'POLITICAL',
  '=',
  '=',
  '=',
  ';',
  ';',
  ' ',
  '\t',
  'BELOW',
  'standard',
  'Above',
  'GOOD',
  '0',
  '1',
  '0.45',
  '0,45',
  '%',
  ' %',
  '95',
  '100',
  'TRUE',
  'false',
  '.5',
  '-',
  'e3',
  '15',
  '16',
  '0.0000001',
  'ſ',
  '123456789012345',
  '1234567890123456',
];

const PARTS = [
  'QUALITY=BELOW',
  'quality = above',
  'Quality=Standard',
  'TERM=0,45%',
  'TERM=1 %',
  'TERM=0',
  'PCC=0',
  'PCP=100%',
  'COVER=97.5%',
  'MOBILE',
  'FIXED=5%',
  'LOCALCCY',
  'ASSIGNMENT=TRUE',
  'LOCALESCROW=0.1',
  'TERM=16%',
  'QUALITY=x',
  'TERM',
  'PCC=-1%',
  '',
];

describe('core: MPR option texts, read in place and part by part', () => {
  it('reads every text as the part-by-part reader does: the same options exactly, or the same error', () => {
    const random = seededRandom(11);
    const rnd = (k: number) => Math.floor(random() * k);
    let accepted = 0;
    let refused = 0;
    for (let n = 0; n < 50_000; n++) {
      let s = '';
      if (rnd(2) === 0) {
        // Whole parts, mostly valid, some twice or out of range.
        for (let j = 1 + rnd(3); j > 0; j--) s += `${PARTS[rnd(PARTS.length)]}${[';', '; ', ' ;'][rnd(3)]}`;
      } else {
        s = ['QUALITY=', 'TERM=', 'PCC=', 'MOBILE', 'quality = b'][rnd(5)];
        for (let j = 1 + rnd(7); j > 0; j--) s += PIECES[rnd(PIECES.length)];
      }
      const inPlace = outcome(() => readMprOptionsText(s, 'options'));
      assert.equal(
        inPlace,
        outcome(() => readMprOptionsText(s, 'options', false)),
        JSON.stringify(s),
      );
      assert.equal(
        outcome(() => parseMprOptions(s)),
        inPlace,
        `memo: ${JSON.stringify(s)}`,
      );
      assert.equal(
        outcome(() => parseMprOptions(s)),
        inPlace,
        `memo, again: ${JSON.stringify(s)}`,
      );
      if (inPlace.startsWith('[')) accepted++;
      else refused++;
    }
    assert.ok(accepted > 3000 && refused > 3000, `${accepted} accepted, ${refused} refused`);
  });

  it('reads QUALITY’s words in any case, PCC and TERM from 0, a bare reduction as its maximum', () => {
    const o = readMprOptionsText(' quality = Below ; PCC=0; term=0,45 %; MOBILE; LOCALCCY=FALSE', 'options');
    assert.equal(o.QUALITY, 'BELOW');
    assert.equal(o.PCC!.toString(), '0');
    assert.equal(o.TERM!.toString(), '0.0045');
    assert.equal(o.MOBILE, 'MAX');
    assert.equal((o.LOCALCCY as Exact).toString(), '0');
  });
});
