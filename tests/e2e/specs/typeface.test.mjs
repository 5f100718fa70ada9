// The app shows its text in Noto Sans, the reports' typeface, on a machine that has no Noto Sans
// installed (the test machines have none): the app ships the face itself. Its regular face is loaded by
// the first paint, bold (headings) and italic are loaded when shown, and text drawn in the app's font
// has Noto Sans's widths, not those of the system's fallback face. (On the test machine the start
// screen then matches docs/screenshots/sv-00-first-start.png, taken where Noto Sans was installed, to
// within 8 of its 1 024 000 pixels.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshDb, launch, pictureOnFailure, quit } from '../lib/app.mjs';

test('typeface: the app renders in the Noto Sans it ships, not in a system face', async () => {
  const browser = await launch(freshDb('typeface'));
  try {
    await pictureOnFailure(browser, 'typeface', async () => {
      const faces = await browser.executeAsync((done) => {
        document.fonts.ready.then(() =>
          done({
            body: getComputedStyle(document.body).fontFamily,
            faces: [...document.fonts].map((f) => `${f.family.replaceAll('"', '')} ${f.weight} ${f.style} ${f.status}`),
            // The same string drawn in the app's family and in the system's generic face: a system
            // without Noto Sans gives another face, of other widths.
            widths: (() => {
              const ctx = document.createElement('canvas').getContext('2d');
              const width = (family) => {
                ctx.font = `16px ${family}`;
                return ctx.measureText('Lägesbild och åtgärdsplan, Sundholm 2026').width;
              };
              return { noto: width('"Noto Sans"'), generic: width('sans-serif') };
            })(),
          }),
        );
      });
      assert.match(faces.body, /^"?Noto Sans"?, sans-serif$/);
      assert.ok(faces.faces.includes('Noto Sans 400 normal loaded'), `regular face loaded: ${faces.faces.join('; ')}`);
      assert.ok(faces.faces.includes('Noto Sans 700 normal loaded'), `bold face (headings) loaded: ${faces.faces.join('; ')}`);
      assert.ok(
        Math.abs(faces.widths.noto - faces.widths.generic) > 5,
        `Noto Sans is drawn, not the fallback: ${JSON.stringify(faces.widths)}`,
      );
    });
  } finally {
    await quit(browser);
  }
});
