// Hostile URLs: every parameter the page reads (and unknown ones) given
// markup, script URLs, quotes, 100 KB of text or odd Unicode. The page must
// still show what it shows without them, insert nothing, run nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  articleText, DIST, firstMissingLine, STRICT_CSP, useSite,
} from './support.mjs';

const site = useSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });

const PARAMS = ['embed', 'theme', 'bg', 'accent', 'controls', 'anim', 'relais', 'segmenter',
  'heures', 'cercle', 'inconnu', 'utm_source'];

/** 100 KB: mostly letters, markup every kilobyte. */
const HUGE = Array.from({ length: 100 }, (_, i) => `<img src=x onerror=window.__pwned=${i}>${'a'.repeat(990)}`).join('');

/** Payloads, each named; every one that could run sets window.__pwned. */
const PAYLOADS = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=2;alert(2)">',
  javascript: 'javascript:window.__pwned=3;alert(3)',
  quotes: '"\'><svg onload=alert(4)>`${alert(5)}`',
  css: '#fff;--pme-paper:url(x);background:url(javascript:alert(6))',
  entities: '&lt;script&gt;alert(7)&lt;/script&gt;&#x3c;b&#x3e;',
  huge: HUGE,
  unicode: '\u202eamis\u0000\u0001\u001f 😀👩‍👩‍👧 e\u0301\u0336\u0489 \ufeff\u200b\u2028\ud83d',
  lookalike: 'ａｍｉｓ',
};

/** Nodes that only an injection could have put on the page. */
const INJECTED = 'script:not([src]), img, svg, [onerror], [onload], [onclick], '
  + 'a[href^="javascript" i], iframe, object, embed, base, meta[http-equiv]';

/** The page's own inline script, as built: the one inline script not injected. */
const BOOT = readFileSync(`${DIST}/index.html`, 'utf8').match(/<script\b[^>]*\bdata-pme-boot\b[^>]*>([^]*?)<\/script>/)[1];

/** `payload` in every parameter; `embed` as given (none when null). */
function query(payload, embed) {
  const search = new URLSearchParams();
  if (embed !== null) search.append('embed', embed);
  for (const name of PARAMS) if (name !== 'embed') search.append(name, payload);
  return `?${search}`;
}

async function visit(path) {
  const { context, page, errors } = await site.open({}, {
    path,
    beforeGoto: async (p) => {
      // Loopback's HTTP server refuses request lines over 16 KB, as real
      // hosts do around 8 KB: serve such a page from the test itself, with
      // the same policy, so the app still meets the whole URL.
      await p.route((url) => url.search.length > 8000, (route) => route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP },
        body: readFileSync(`${DIST}/index.html`),
      }));
      p.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
      await p.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
    },
  });
  // Long enough for the app to render its islands and draw what is in view.
  await page.waitForFunction(() => document.querySelector('canvas[data-drawn]')
    || [...document.querySelectorAll('.pme-embed-error, .pme-failure')].some((e) => e.checkVisibility()), null, { timeout: 10000 });
  await page.waitForTimeout(300);
  const found = await page.evaluate(({ selector, boot }) => ({
    injected: [...document.querySelectorAll(selector)]
      .filter((e) => !(e.matches('head > script[data-pme-boot]') && e.textContent === boot))
      .map((e) => e.outerHTML.slice(0, 80)),
    pwned: window.__pwned,
    violations: window.__violations,
    rootStyle: document.documentElement.getAttribute('style'),
    marker: document.documentElement.outerHTML.includes('pwned') || document.documentElement.outerHTML.includes('alert('),
    dataset: { ...document.documentElement.dataset },
  }), { selector: INJECTED, boot: BOOT });
  return { context, page, errors, found };
}

function assertClean(label, { errors, found }) {
  assert.deepEqual(found.injected, [], `${label}: injected nodes`);
  assert.equal(found.pwned, undefined, `${label}: a payload ran`);
  assert.equal(found.marker, false, `${label}: the payload is written into the page`);
  assert.deepEqual(found.violations, [], `${label}: CSP violations`);
  assert.equal(found.rootStyle, null, `${label}: no accent from the payload`);
  assert.deepEqual(errors, [], `${label}: console errors, page errors, dialogs`);
}

for (const [name, payload] of Object.entries(PAYLOADS)) {
  test(`payload « ${name} » in every parameter: nothing injected, the page is whole`, async () => {
    // 1. Every parameter but embed: the full page, as prerendered.
    let run = await visit(query(payload, null));
    {
      const label = `${name}, full page`;
      assertClean(label, run);
      assert.equal(firstMissingLine(await articleText(run.page)), null, `${label}: article whole`);
      assert.ok(await run.page.locator('#amis canvas[data-drawn]').isVisible(), `${label}: chart drawn`);
      assert.equal(run.found.dataset.embed, undefined, `${label}: not taken for an embed`);
      await run.context.close();
    }
    // 2. embed= too: an unknown chart (a polite message), however long.
    run = await visit(query(payload, payload));
    {
      const label = `${name}, embed`;
      assertClean(label, run);
      const text = await run.page.locator('main').innerText();
      assert.match(text, /Graphique introuvable[\s\S]*amis, cercles, actualite, temps, mobiles/, label);
      await run.context.close();
    }
    // 3. A real chart embed with every other parameter hostile.
    run = await visit(query(payload, 'amis'));
    {
      const label = `${name}, embed=amis`;
      assertClean(label, run);
      assert.ok(await run.page.locator('#amis canvas[data-drawn]').isVisible(), `${label}: chart drawn`);
      assert.match(await run.page.locator('#amis .pme-figure__explain').innerText(), /120/, label);
      await run.context.close();
    }
  });
}

test('an embed id over 64 bytes is an unknown one for boot.js and the app alike', async () => {
  // One reading of one URL: the first `embed` decides, too long to read or
  // not; the second is ignored. Neither shows the whole page in a frame.
  const run = await visit(`?embed=${'x'.repeat(65)}&embed=temps`);
  assertClean('long then temps', run);
  assert.equal(run.found.dataset.embed, 'inconnu');
  assert.match(await run.page.locator('main').innerText(), /^Graphique introuvable/);
  assert.equal(await run.page.locator('canvas[data-drawn]').count(), 0, 'no chart runs');
  assert.equal(await run.page.locator('.pme-chrome').isVisible(), false, 'not the page');
  await run.context.close();
});

test('a value of 100 000 spaces between two letters does not freeze the loader', async () => {
  // A trim by a regular expression anchored at the end backtracked over the
  // run once per space: minutes before the first paint.
  const spaces = '%20'.repeat(100000);
  const run = await visit(`?embed=x${spaces}x&theme=x${spaces}x&embed=temps`);
  assertClean('spaces then temps', run);
  assert.equal(run.found.dataset.embed, 'inconnu');
  assert.match(await run.page.locator('main').innerText(), /^Graphique introuvable/);
  await run.context.close();
});
