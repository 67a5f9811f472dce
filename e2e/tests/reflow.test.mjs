// Reflow and display modes: 320 CSS px wide (a small phone, and 1280 px at
// 400 % zoom, emulated as a 320 × 256 viewport at device scale factor 4),
// forced colours (contrast themes), and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  apart, ARTIFACTS, articleText, axeViolations, CHART_IDS, contrast, documentBox, firstMissingLine, focusedMarkBox, LAUNCH_OPTIONS,
  numberAndTitleLeft, useSite, waitForChart, waitForFirstDraw, watchForErrors,
} from './support.mjs';

const site = useSite();

/**
 * What overflows sideways: the document's scroll width, elements reaching
 * past the viewport's edges, and boxes whose content is wider than they are
 * (clipped, or scrolled sideways). Visually hidden text does not count.
 * With `scrollingTables`, a data table's panel may scroll sideways inside
 * the page (its content is not counted): those panels are listed apart.
 */
function overflow(scrollingTables) {
  const root = document.documentElement;
  // Screen-reader-only text is a 1 px box clipped to nothing (.pme-visually-hidden,
  // and the article's title in a chart embed): clip-path inset(50%).
  const visuallyHidden = (el) => {
    for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).clipPath === 'inset(50%)') return true;
    return false;
  };
  const hidden = (el) => visuallyHidden(el) || !el.checkVisibility({ visibilityProperty: true });
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
  const outside = [];
  const clipped = [];
  const scrolling = [];
  for (const el of document.querySelectorAll('body *')) {
    if (hidden(el) || (scrollingTables && el.parentElement.closest('.pme-data__panel'))) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5)) outside.push(`${name(el)} ${box.left | 0}–${box.right | 0}`);
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      (scrollingTables && el.matches('.pme-data__panel') ? scrolling : clipped).push(`${name(el)} ${el.scrollWidth}/${el.clientWidth}`);
    }
  }
  return {
    scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside: outside.slice(0, 8), clipped: clipped.slice(0, 8), scrolling,
  };
}

/** Asserts that nothing overflows (see `overflow`); resolves to the panels that scroll. */
async function assertNoOverflow(page, label, scrollingTables = false) {
  const o = await page.evaluate(overflow, scrollingTables);
  assert.ok(o.scrollWidth <= o.clientWidth, `${label}: scrolls sideways (${o.scrollWidth} > ${o.clientWidth})`);
  assert.deepEqual(o.outside, [], `${label}: past the viewport's edge`);
  assert.deepEqual(o.clipped, [], `${label}: content wider than its box`);
  return o.scrolling;
}

/**
 * The words of the buttons in `scope` (the page's, or an open dialog's),
 * of the charts' controls and of the dialog's options that break across
 * lines. In large text on a phone the paddings around them, in rems, once
 * left « Fermer » and « données » too little room, and the dialog's boxes
 * « Automatique » and « transparent ».
 */
const brokenWords = (page, scope) => page.$$eval(`${scope} :is(.pme-button, :is(.pme-controls, .pme-dialog__options) label)`, (els) => els
  .filter((el) => el.checkVisibility())
  .flatMap((el) => {
    const broken = [];
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node; (node = texts.nextNode());) {
      if (!node.parentElement.checkVisibility()) continue;
      for (const word of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
    return broken;
  }));

/**
 * The data tables' cells in which a calculation's operator (« × », « − »)
 * ends a line: « Calcul : 120 × » over « 120 » reads as a sum left open.
 */
const operatorsEndingLines = (page) => page.$$eval('.pme-table td', (cells) => cells
  .filter((cell) => cell.checkVisibility())
  .filter((cell) => {
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const top = (node, i) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return Math.round(range.getBoundingClientRect().top);
    };
    for (let node; (node = texts.nextNode());) {
      for (const operator of node.data.matchAll(/[×−]\s+(?=\S)/g)) {
        if (top(node, operator.index) !== top(node, operator.index + operator[0].length)) return true;
      }
    }
    return false;
  })
  .map((cell) => cell.textContent));

const NARROW = {
  '320 px': { viewport: { width: 320, height: 640 } },
  '1280 px at 400 %': { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
};

for (const [name, options] of Object.entries(NARROW)) {
  test(`at ${name}: no sideways scrolling, nothing clipped, tables and dialog included`, async () => {
    const { context, page, errors } = await site.open(options);
    await waitForChart(page, 'amis');
    await assertNoOverflow(page, `${name}, loaded`);
    assert.equal(firstMissingLine(await articleText(page)), null);
    for (const id of CHART_IDS) {
      await page.click(`#${id} .pme-tools button[aria-controls$="-donnees"]`);
      await page.locator(`#${id} canvas[data-drawn]`).scrollIntoViewIfNeeded();
      await assertNoOverflow(page, `${name}, ${id} with its table open`);
    }
    assert.deepEqual(await operatorsEndingLines(page), [], `${name}: a calculation's operator ends a line`);
    await page.screenshot({ path: `${ARTIFACTS}/reflow-${name.replace(/\W+/g, '-')}.png` });
    await page.click('#temps .pme-tools button:has-text("Intégrer")');
    await page.waitForTimeout(300);
    await assertNoOverflow(page, `${name}, « Intégrer » dialog`);
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
    await context.close();

    // The longest calculations the tables show: 11 h 30 online, three relays.
    const longest = await site.open(options, { path: '?heures=11.5&relais=3' });
    for (const id of ['amis', 'temps']) {
      await waitForChart(longest.page, id);
      await longest.page.click(`#${id} .pme-tools button[aria-controls$="-donnees"]`);
      await longest.page.locator(`#${id} .pme-data__panel`).scrollIntoViewIfNeeded();
      await assertNoOverflow(longest.page, `${name}, ${id} at its longest with its table open`);
    }
    assert.deepEqual(await operatorsEndingLines(longest.page), [], `${name}: a calculation's operator ends a line`);
    assert.deepEqual(longest.errors, []);
    await longest.context.close();

    const embed = await site.open(options, { path: '?embed=cercles' });
    await waitForChart(embed.page, 'cercles');
    await assertNoOverflow(embed.page, `${name}, embed`);
    assert.deepEqual(embed.errors, []);
    await embed.context.close();
  });
}

// 1280 px at 400 % has the same 320 CSS px: one width is enough here.
test('at 400 %, each control of « Intégrer » the keyboard reaches shows its whole focus ring', async () => {
  // « Fermer »'s bar covered the bottom of « Couleur d’accent »'s ring,
  // and 13 px of the code box, where the dialog opens.
  const { context, page, errors } = await site.open(NARROW['1280 px at 400 %']);
  await waitForChart(page, 'amis');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'amis-integrer-code', 'the dialog opens on its code');
  for (let i = 0; i < 20; i += 1) {
    if (i > 0) await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      // The ring is drawn round the control or round its option.
      let ringed = document.activeElement;
      while (ringed.parentElement && getComputedStyle(ringed).outlineStyle === 'none') ringed = ringed.parentElement;
      const style = getComputedStyle(ringed);
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const ring = ringed.getBoundingClientRect();
      const bar = document.querySelector('#amis-integrer .pme-dialog__footer').getBoundingClientRect();
      return {
        label: document.activeElement.labels?.[0]?.textContent ?? document.activeElement.textContent,
        inBar: !!ringed.closest('.pme-dialog__footer'),
        bottom: ring.bottom + out,
        bar: bar.top,
      };
    });
    if (seen.inBar) break;
    assert.ok(seen.bottom <= seen.bar, `« ${seen.label} »: its ring ends at ${seen.bottom}, under the bar from ${seen.bar}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('with a root font larger than the browser\'s, the wide cards stay inside the window', async () => {
  // A reader's style sheet can enlarge the root font: the cards' rems grow
  // with it, the media query's (the browser's 16 px) do not.
  for (const [width, percent] of [[1024, 150], [1280, 200], [1600, 200]]) {
    const { context, page, errors } = await site.open({ viewport: { width, height: 900 } });
    await page.evaluate((p) => { document.documentElement.style.fontSize = `${p}%`; }, percent);
    const cards = await page.$$eval('.pme-figure', (all) => all.map((f) => {
      const r = f.getBoundingClientRect();
      return [f.id, Math.round(r.left), Math.round(r.right)];
    }));
    assert.equal(cards.length, 5);
    for (const [id, left, right] of cards) {
      assert.ok(left >= 0 && right <= width, `${id} at ${width} px, ${percent} %: from ${left} to ${right} px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/**
 * A browser whose reader set the default font size to `px` (Chromium's
 * « Taille de la police » setting, kept in the profile's preferences), at
 * the site, with the smallest and largest font each chart's canvas is given
 * recorded in `window.fontRange`: its own, and those of the backdrop
 * canvases it copies (a chart's labels that no longer move are drawn once
 * on a canvas outside the page, then copied onto the chart's; cercles's,
 * once drawn, are all there).
 */
async function openAtDefaultFontSize(px, viewport) {
  const profile = mkdtempSync(join(tmpdir(), 'pme-font-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: px } } }));
  const context = await chromium.launchPersistentContext(profile, { ...LAUNCH_OPTIONS, viewport });
  await context.addInitScript(() => {
    const prototype = CanvasRenderingContext2D.prototype;
    const font = Object.getOwnPropertyDescriptor(prototype, 'font');
    const { drawImage } = prototype;
    const widen = (range = [Infinity, 0], [least, most]) => [Math.min(range[0], least), Math.max(range[1], most)];
    const byCanvas = new WeakMap();
    const chartOf = (canvas) => canvas.closest?.('figure')?.id;
    window.fontRange = {};
    Object.defineProperty(prototype, 'font', {
      ...font,
      set(value) {
        const size = Number(/([\d.]+)px/.exec(value)?.[1]);
        if (size) {
          byCanvas.set(this.canvas, widen(byCanvas.get(this.canvas), [size, size]));
          const id = chartOf(this.canvas);
          if (id) window.fontRange[id] = widen(window.fontRange[id], [size, size]);
        }
        font.set.call(this, value);
      },
    });
    prototype.drawImage = function (source, ...rest) {
      const [id, copied] = [chartOf(this.canvas), byCanvas.get(source)];
      if (id && copied) window.fontRange[id] = widen(window.fontRange[id], copied);
      return drawImage.call(this, source, ...rest);
    };
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(site.url);
  for (const id of CHART_IDS) await waitForChart(page, id);
  return { context, page, errors };
}

test('a reader\'s larger default font size enlarges the charts\' labels too, and pointing still finds the mark', async (t) => {
  const viewport = { width: 1280, height: 900 };
  const usual = await openAtDefaultFontSize(16, viewport);
  const usualRange = await usual.page.evaluate(() => window.fontRange);
  const usualRadio = await usual.page.locator('#amis .pme-choice input').first().boundingBox();
  await usual.context.close();
  const large = await openAtDefaultFontSize(32, viewport);
  // A failed assertion would leave the browser of the profile running.
  t.after(() => large.context.close());
  const { page, errors } = large;
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '32px');
  const largeRange = await page.evaluate(() => window.fontRange);
  for (const id of CHART_IDS) {
    const [smallest, largest] = [0, 1].map((i) => largeRange[id][i] / usualRange[id][i]);
    // Twice the text, in a card whose width grows less than twice: at
    // least one and a half times, the smallest label as the largest.
    assert.ok(smallest >= 1.5 && largest >= 1.5, `${id}: labels ×${smallest.toFixed(2)} to ×${largest.toFixed(2)}`);
    // The chart's margin stays the stage's bleed: in larger text, the
    // number started 19 px right of the title. Its digit's side bearing
    // (some 3 px at the usual size) doubles with the text.
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const { number, title } = await numberAndTitleLeft(page, id);
    assert.ok(Math.abs(number - title) <= 8, `${id}: the number starts at ${number} px, the title at ${title} px`);
  }
  // The options' radios grow with their text, as the switch's box does
  // (Chromium's stay 13 px beside 32 px text), from Chromium's 13 px at
  // the usual size (sized in ems, they were 11.3 px: an input's font is
  // its own).
  const radio = await page.locator('#amis .pme-choice input').first().boundingBox();
  const checkbox = await page.locator('#amis .pme-switch input').boundingBox();
  assert.ok(Math.abs(usualRadio.width - 13) <= 0.5, `at 16 px, a radio ${usualRadio.width} px wide`);
  assert.ok(Math.abs(radio.width - 2 * usualRadio.width) <= 1 && radio.width <= checkbox.width,
    `at 32 px, a radio ${radio.width} px wide, the switch's box ${checkbox.width} px`);
  // The page's coordinates still map to the canvas's: the person under the
  // pointer is the one the tooltip shows, above or below it.
  await page.locator('#actualite canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('#actualite canvas').boundingBox();
  // Three people of the grid (ten by ten): 3rd of the 2nd row, 7th of
  // the 6th, and the last.
  for (const [x, y, person] of [[0.519, 0.179, 13], [0.727, 0.547, 57], [0.883, 0.915, 100]]) {
    const at = { x: box.x + box.width * x, y: box.y + box.height * y };
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(at.x, at.y);
    const tip = page.locator('#actualite .pme-tooltip');
    assert.match(await tip.innerText(), new RegExp(`^Personne ${person} sur 100`), `pointer at ${x}, ${y}`);
    // Over or under that person, and across it (kept whole inside the stage).
    const shown = await tip.boundingBox();
    assert.ok(shown.x <= at.x && at.x <= shown.x + shown.width, `tooltip from x ${shown.x | 0} to ${(shown.x + shown.width) | 0}, pointer at ${at.x | 0}`);
    assert.ok(shown.y + shown.height < at.y || shown.y > at.y, `tooltip from y ${shown.y | 0} to ${(shown.y + shown.height) | 0}, pointer at ${at.y | 0}`);
  }
  await page.screenshot({ path: `${ARTIFACTS}/default-font-32px-1280.png` });
  assert.deepEqual(errors, []);
  await large.context.close();
});

test('a phone set in large text scrolls only downward, breaks no button\'s word, and a table too wide scrolls by keyboard', async () => {
  // Chromium's default font size at 32 px on a 320 px phone is 160 CSS px
  // at 16 px; at 48 px, some words are wider than a card. A table may then
  // scroll sideways in its panel (WCAG 1.4.10 allows it for data tables),
  // which the keyboard reaches and scrolls, as axe checks.
  let tablesScrolled = 0;
  for (const [px, width] of [[24, 320], [40, 320], [32, 375], [48, 375], [48, 414]]) {
    const { context, page, errors } = await openAtDefaultFontSize(px, { width, height: 800 });
    const name = `${px} px text at ${width} px`;
    await assertNoOverflow(page, `${name}, loaded`);
    assert.deepEqual(await brokenWords(page, 'main'), [], `${name}: words broken in the charts' buttons and controls`);
    for (const id of CHART_IDS) {
      await page.click(`#${id} .pme-tools button[aria-controls$="-donnees"]`);
      const panel = page.locator(`#${id} .pme-data__panel`);
      await panel.scrollIntoViewIfNeeded();
      const scrolling = await assertNoOverflow(page, `${name}, ${id} with its table open`, true);
      if (scrolling.some((p) => p.includes(`#${id}-donnees`))) {
        // Its caption, as wide as the table, was cut off at the panel's
        // edge: it wraps within the panel, and stays there as it scrolls.
        const caption = () => panel.evaluate((p) => {
          const [c, b] = [p.querySelector('caption').getBoundingClientRect(), p.getBoundingClientRect()];
          return c.left >= b.left - 0.5 && c.right <= b.right + 0.5 ? 'within' : `${c.left | 0}–${c.right | 0} in ${b.left | 0}–${b.right | 0}`;
        });
        assert.equal(await caption(), 'within', `${name}: ${id}'s caption`);
        await page.locator(`#${id} .pme-tools button:has-text("Intégrer")`).focus();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement.id), `${id}-donnees`, `${name}: Tab after the tools reaches ${id}'s table`);
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((el) => el.scrollLeft > 0, await panel.elementHandle());
        assert.equal(await caption(), 'within', `${name}: ${id}'s caption, scrolled`);
        tablesScrolled += 1;
      }
    }
    assert.deepEqual(await axeViolations(page), [], `${name}, every table open`);
    await page.screenshot({ path: `${ARTIFACTS}/default-font-${px}px-${width}.png` });
    await page.click('#temps .pme-tools button:has-text("Intégrer")');
    await page.waitForTimeout(300);
    await assertNoOverflow(page, `${name}, « Intégrer » dialog`, true);
    assert.deepEqual(await brokenWords(page, 'dialog[open]'), [], `${name}: words broken in the dialog's buttons and options`);
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
    await context.close();
  }
  // The keyboard's part was checked: some table did scroll.
  assert.ok(tablesScrolled > 0, 'no table scrolled sideways at any of these sizes');
});

test('in large text on a desktop, each chart fits in the window, drawn for its shape', async () => {
  // The breakpoints are in the reader's rems: at 32 px a 1 024 px window
  // gets the phone's square stage, 884 px tall in a 768 px window.
  for (const [px, viewport] of [[32, { width: 1024, height: 768 }], [48, { width: 1280, height: 800 }]]) {
    const { context, page, errors } = await openAtDefaultFontSize(px, viewport);
    for (const id of CHART_IDS) {
      const seen = await page.locator(`#${id} .pme-figure__stage`).evaluate((stage) => {
        const canvas = stage.querySelector('canvas');
        return { width: stage.clientWidth, height: stage.clientHeight, ratio: canvas.width / canvas.height, window: innerHeight };
      });
      const label = `${id} at ${px} px in ${viewport.width} × ${viewport.height}`;
      assert.ok(seen.height <= seen.window, `${label}: ${seen.height} px tall in a ${seen.window} px window`);
      // Laid out for the stage's shape, not stretched to it.
      assert.ok(Math.abs(seen.ratio - seen.width / seen.height) < 0.01, `${label}: canvas ${seen.ratio.toFixed(3)}, stage ${(seen.width / seen.height).toFixed(3)}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('in large text, a tooltip widens to fit beside its mark, and keeps clear of a headline column', async () => {
  // At twice the usual text (WCAG 1.4.4's 200 %) on a phone, a tooltip at
  // its usual width (80 % of the stage) was up to 380 px taller than the
  // room beside its mark, and ran that far past the chart. Now it covers
  // none of its mark, and where it reaches past the chart's foot, it does
  // so at the stage's full width, where it is shortest.
  const phone = await openAtDefaultFontSize(32, { width: 375, height: 800 });
  let marksChecked = 0;
  try {
    for (const id of CHART_IDS) {
      for (const keys of [['Home'], ['Home', 'ArrowRight'], ['End']]) {
        const stage = phone.page.locator(`#${id} .pme-figure__stage`);
        await stage.focus();
        for (const key of keys) await phone.page.keyboard.press(key);
        await phone.page.waitForTimeout(150);
        const [tip, room] = [await documentBox(stage.locator('.pme-tooltip')), await documentBox(stage)];
        const mark = await focusedMarkBox(phone.page, id);
        const label = `${id}, ${keys.join(' ')}: tooltip ${JSON.stringify(tip)}, stage ${JSON.stringify(room)}`;
        assert.ok(mark, `${label}: the focused mark is highlighted`);
        assert.ok(apart(tip, mark), `${label} covers its mark ${JSON.stringify(mark)}`);
        marksChecked += 1;
        assert.ok(tip.left >= room.left - 0.5 && tip.right <= room.right + 0.5, `${label}: past the stage's side`);
        if (tip.bottom > room.bottom + 0.5) {
          assert.ok(tip.right - tip.left >= room.right - room.left - 6, `${label}: past the chart's foot, and narrower than the stage`);
        }
      }
    }
    assert.ok(marksChecked >= 15, `${marksChecked} marks kept clear of`);
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.context.close();
  }
  // On a desktop at the same size, the headline sits in a column left of
  // the chart: a tooltip centred on the first phone reached into it.
  const desktop = await openAtDefaultFontSize(32, { width: 1280, height: 800 });
  try {
    const headlineRight = await desktop.page.$eval('#mobiles canvas', (c) => {
      // The headline's painted right edge: the rightmost pixel unlike the
      // surface in the canvas's left third (the body starts further right).
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let right = 0;
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width / 3; x++) {
          const i = (y * c.width + x) * 4;
          if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) right = Math.max(right, x);
        }
      }
      return right / (c.width / c.getBoundingClientRect().width);
    });
    await desktop.page.locator('#mobiles .pme-figure__stage').focus();
    await desktop.page.keyboard.press('Home');
    await desktop.page.waitForTimeout(150);
    const seen = await desktop.page.locator('#mobiles .pme-figure__stage').evaluate((stage) => ({
      tip: stage.querySelector('.pme-tooltip').getBoundingClientRect().left,
      canvas: stage.querySelector('canvas').getBoundingClientRect().left,
    }));
    assert.ok(headlineRight > 100, `a headline painted in the left third, to ${headlineRight} px`);
    assert.ok(seen.tip >= seen.canvas + headlineRight, `the tooltip starts at ${seen.tip - seen.canvas} px, in the headline (to ${headlineRight} px)`);
    await desktop.page.screenshot({ path: `${ARTIFACTS}/default-font-32px-1280-tooltip.png` });
    assert.deepEqual(desktop.errors, []);
  } finally {
    await desktop.context.close();
  }
});

test('at 320 px: every chart\'s tooltips stay on screen', async () => {
  const { context, page, errors } = await site.open(NARROW['320 px']);
  const outside = [];
  for (const id of CHART_IDS) {
    await waitForChart(page, id);
    await page.locator(`#${id} .pme-figure__stage`).focus();
    // Walk every mark once (arrows wrap round to the first).
    let first = null;
    for (let i = 0; i < 130; i++) {
      await page.keyboard.press(i === 0 ? 'Home' : 'ArrowRight');
      const tip = await page.$eval(`#${id} .pme-tooltip`, (el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, left: r.left, right: r.right, width: document.documentElement.clientWidth };
      });
      if (i > 0 && tip.text === first) break;
      first ??= tip.text;
      if (tip.left < 0 || tip.right > tip.width) outside.push(`${id} mark ${i}: ${tip.left | 0}–${tip.right | 0}`);
    }
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(outside, [], 'tooltips past the viewport\'s edge');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The chart's surface pixel, the system colours, and its painted colours by count. */
function chartColours(selector) {
  const system = (value) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    probe.style.setProperty('color', value);
    const [r, g, b] = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
    probe.remove();
    return [r, g, b];
  };
  const canvas = document.querySelector(selector);
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => [k.split(',').map(Number), n]);
  return {
    surface: [...data.slice(0, 3)],
    canvas: system('Canvas'),
    text: system('CanvasText'),
    highlight: system('Highlight'),
    top,
  };
}

for (const colorScheme of ['light', 'dark']) {
  test(`forced colours (${colorScheme}): charts are drawn in the reader's system colours`, async () => {
    const { context, page, errors } = await site.open({ colorScheme, forcedColors: 'active' });
    for (const id of ['amis', 'actualite', 'temps']) {
      await waitForChart(page, id);
      const c = await page.evaluate(chartColours, `#${id} canvas`);
      assert.deepEqual(c.surface, c.canvas, `${id}: the surface is the system Canvas colour`);
      const [, accentCount] = c.top.find(([rgb]) => rgb.join() === c.highlight.join()) ?? [null, 0];
      assert.ok(accentCount > 500, `${id}: marks in the system Highlight colour (${accentCount} px; top ${JSON.stringify(c.top)})`);
      assert.ok(contrast(c.highlight, c.canvas) >= 3, `${id}: marks contrast with the surface`);
      await page.locator(`#${id}`).screenshot({ path: `${ARTIFACTS}/${id}-forced-colors-${colorScheme}.png` });
    }
    // A tooltip keeps an edge, where its background is the chart's own colour.
    await page.locator('#actualite .pme-figure__stage').focus();
    await page.keyboard.press('ArrowRight');
    const edge = await page.locator('#actualite .pme-tooltip').evaluate((tip) => {
      const style = getComputedStyle(tip);
      return { width: style.outlineWidth, style: style.outlineStyle, color: style.outlineColor, background: style.backgroundColor };
    });
    assert.ok(edge.style === 'solid' && parseFloat(edge.width) >= 1, `tooltip outline ${JSON.stringify(edge)}`);
    assert.ok(!/^rgba\(.*, 0\)$|transparent/.test(edge.color) && edge.color !== edge.background, `tooltip outline ${JSON.stringify(edge)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('forced colours turned on after the charts are drawn repaint them', async () => {
  const { context, page, errors } = await site.open();
  await waitForChart(page, 'amis');
  const before = await page.evaluate(chartColours, '#amis canvas');
  await page.emulateMedia({ forcedColors: 'active' });
  await page.waitForTimeout(300);
  const after = await page.evaluate(chartColours, '#amis canvas');
  assert.notDeepEqual(before.surface, after.canvas, 'the test needs a visible change');
  assert.deepEqual(after.surface, after.canvas);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Each visible text's colour and the first opaque background behind it, with where it is. */
function textColours() {
  const rgb = (c) => c.match(/[\d.]+/g).map(Number);
  const behind = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    texts.push({ where: `${el.className || el.tagName}: ${node.textContent.trim().slice(0, 24)}`, ink: rgb(getComputedStyle(el).color).slice(0, 3), under: behind(el) });
  }
  return texts;
}

/** How many pixels of each canvas are exactly the charts' grey (--pme-chart-rule), and that grey. */
function ruleInk(ids) {
  const rule = getComputedStyle(document.documentElement).getPropertyValue('--pme-chart-rule').match(/\d+/g).map(Number);
  const surface = getComputedStyle(document.documentElement).getPropertyValue('--pme-chart-surface').match(/\d+/g).map(Number);
  const pixels = ids.map((id) => {
    const canvas = document.querySelector(`#${id} canvas`);
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === rule[0] && data[i + 1] === rule[1] && data[i + 2] === rule[2]) n++;
    return n;
  });
  return { rule, surface, pixels };
}

for (const colorScheme of ['light', 'dark']) {
  test(`more contrast asked for (${colorScheme}): every text at 7:1, the charts' grey marks at 4.5:1`, async () => {
    const { context, page, errors } = await site.open({ colorScheme, contrast: 'more', viewport: { width: 1280, height: 800 } });
    for (const id of CHART_IDS) {
      await page.evaluate((i) => document.getElementById(i).scrollIntoView(), id);
      await waitForFirstDraw(page, id);
    }
    await page.waitForTimeout(2500);
    const low = (await page.evaluate(textColours)).map((t) => ({ ...t, ratio: contrast(t.ink, t.under) }))
      .filter((t) => t.ratio < 7).map((t) => `${t.where} ${t.ratio.toFixed(2)}`);
    assert.deepEqual([...new Set(low)], [], 'texts under 7:1 (WCAG 1.4.6)');
    const ink = await page.evaluate(ruleInk, ['amis', 'actualite', 'temps']);
    assert.ok(contrast(ink.rule, ink.surface) >= 4.5, `grey marks ${ink.rule} on ${ink.surface}: ${contrast(ink.rule, ink.surface).toFixed(2)}:1`);
    assert.ok(ink.pixels.every((n) => n > 1000), `the charts draw in that grey: ${ink.pixels}`);
    await page.locator('#actualite').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    await page.locator('#actualite').screenshot({ path: `${ARTIFACTS}/actualite-more-contrast-${colorScheme}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('more contrast asked for once the charts are drawn repaints them', async () => {
  const { context, page, errors } = await site.open();
  await waitForChart(page, 'actualite');
  const before = await page.evaluate(ruleInk, ['actualite']);
  await page.emulateMedia({ contrast: 'more' });
  await page.waitForTimeout(300);
  const after = await page.evaluate(ruleInk, ['actualite']);
  assert.notDeepEqual(before.rule, after.rule, 'the test needs a visible change');
  assert.ok(before.pixels[0] > 1000 && after.pixels[0] > 1000,
    `actualite drawn in ${before.rule} (${before.pixels[0]} px), then redrawn in ${after.rule} (${after.pixels[0]} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: every chart at its final state with its table, no buttons, and page.pdf() works', async () => {
  const options = { viewport: { width: 800, height: 900 } };
  const { context, page, errors } = await site.open(options);
  await waitForChart(page, 'amis');
  await page.click('#amis label:has-text("3 fois")');
  // The reader prints from the top: the later charts have never been shown.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  // As Chromium prints: beforeprint first, whose listeners draw each chart
  // at its end, for paper: finer than this screen, at 2 device px per CSS
  // px. Then print media (whose new layout may redraw the charts later, as
  // Chromium's own printing, which is synchronous, never lets happen).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = {};
  for (const id of CHART_IDS) printed[id] = await page.$eval(`#${id} canvas`, (c) => c.toDataURL());
  const ratios = () => page.$$eval('figure canvas', (cs) => cs.map((c) => c.width / c.clientWidth));
  assert.deepEqual(await ratios(), CHART_IDS.map(() => 2), 'drawn for paper');
  // With no background of their own: the paper shows through, as around
  // them (the cards' backgrounds are not printed).
  const corners = await page.$$eval('figure canvas', (cs) => cs.map((c) => c.getContext('2d').getImageData(1, 1, 1, 1).data[3]));
  assert.deepEqual(corners, CHART_IDS.map(() => 0), 'no background on paper');
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  for (const id of CHART_IDS) {
    assert.ok(await page.locator(`#${id} table`).isVisible(), `${id}: its data table is printed`);
    for (const part of ['.pme-tools', '.pme-controls', '.pme-stage__bar']) {
      const shown = await page.locator(`#${id} ${part}`).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, `${id}: ${part} not printed`);
    }
    await page.locator(`#${id}`).screenshot({ path: `${ARTIFACTS}/${id}-print.png` });
  }
  assert.equal(await page.locator('.pme-chrome').isVisible(), false, 'no page chrome on paper');
  // Headings stay with their text.
  assert.deepEqual([...new Set(await page.$$eval('main :is(h2, h3)', (hs) => hs.map((h) => getComputedStyle(h).breakAfter)))], ['avoid']);
  assert.equal(firstMissingLine(await articleText(page)), null);
  // page.pdf() prints for real: the charts are at 2 as it begins (read
  // after the app's own listeners), and back at the screen's 1 after.
  await page.evaluate(() => addEventListener('beforeprint', () => {
    window.printed = [...document.querySelectorAll('figure canvas')].map((c) => c.width / c.clientWidth);
  }));
  const pdf = await page.pdf({ format: 'A4' });
  assert.deepEqual(await page.evaluate(() => window.printed), CHART_IDS.map(() => 2), 'page.pdf() prints them fine');
  assert.deepEqual(await ratios(), CHART_IDS.map(() => 1), 'the screen\'s ratio after printing');
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  assert.ok(pages >= 4, `${pages} pages`);
  writeFileSync(`${ARTIFACTS}/article.pdf`, pdf);
  // On the pages themselves, printed without backgrounds (the print
  // dialog's default), from this window and from a desktop's as it opens
  // (amis's one relay; there « De nouveaux réseaux sociaux » ended a
  // page): no page ends on a heading, and every item of the lists keeps
  // its bullet, left of its first word.
  await checkPaper(page, `${ARTIFACTS}/article.pdf`);
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#amis label:has-text("1 fois")');
  await page.waitForTimeout(500);
  writeFileSync(`${ARTIFACTS}/article-1280.pdf`, await page.pdf({ format: 'A4' }));
  await checkPaper(page, `${ARTIFACTS}/article-1280.pdf`);
  assert.deepEqual(errors, []);
  await context.close();

  // What each chart looks like at its final state, from the start, drawn
  // for paper (not a 2x screen: there, this Chromium picks another face
  // for system-ui).
  const still = await site.open(options, { path: '?anim=0&relais=3' });
  for (const id of CHART_IDS) await waitForChart(still.page, id);
  await still.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const id of CHART_IDS) {
    assert.equal(await still.page.$eval(`#${id} canvas`, (c) => c.toDataURL()), printed[id],
      `${id}: printed at its final state, with the reader's exploration`);
  }
  await still.context.close();
});

/**
 * Checks the PDF at `path`, printed from `page`: no page ends on a
 * heading, and every list item has its bullet printed before it.
 */
async function checkPaper(page, path) {
  const paper = pdfPages(path);
  const headings = await page.$$eval('main :is(h2, h3)', (hs) => hs.map((h) => h.textContent.trim()));
  for (const [n, { words }] of paper.entries()) {
    const foot = Math.max(...words.map((w) => w.y1));
    const last = words.filter((w) => w.y1 > foot - 2).map((w) => w.text).join(' ');
    assert.ok(!headings.some((h) => h.endsWith(last)), `${path}: page ${n + 1} ends on the heading « ${last} »`);
  }
  const items = await page.$$eval('main .pme-list li', (lis) => lis.map((li) => li.textContent.trim().split(/\s+/)));
  assert.ok(items.length >= 7, `${items.length} list items`);
  // An item's words, where they start a line at the lists' indent (the
  // charts quote some of them too): the first item's, found once.
  const starts = (words) => paper.flatMap(({ words: all, darkest }) => all
    .filter((_, k) => words.every((text, j) => all[k + j]?.text === text))
    .map((w) => ({ ...w, darkest })));
  const [first] = starts(items[0].slice(0, 3));
  for (const item of items) {
    const found = starts(item.slice(0, 3)).filter((w) => Math.abs(w.x0 - first.x0) < 1);
    const name = `« ${item.slice(0, 3).join(' ')}… »`;
    assert.equal(found.length, 1, `${name} found once on paper, ${path}`);
    const bullet = found[0].darkest(first.x0 - 18, found[0].y0, first.x0 - 2, found[0].y1);
    assert.ok(bullet < 160, `${name}: no bullet printed before it (darkest grey ${bullet})`);
  }
}

/**
 * The pages of the PDF file at `path`, read by poppler: each page's words
 * with their boxes, in points (`pdftotext -bbox`), and `darkest(x0, y0, x1,
 * y1)`, the darkest grey (0 black, 255 white) printed in that box
 * (`pdftoppm`, one pixel per point).
 */
function pdfPages(path) {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return xml.split('<page ').slice(1).map((page, i) => {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text: unescape(text) }));
    let picture = null;
    const darkest = (x0, y0, x1, y1) => {
      // Rendered once, at the first look: a binary PGM, « P5 », width,
      // height, maximum, then a byte a pixel.
      if (!picture) {
        const grey = execFileSync('pdftoppm', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-r', '72', '-gray', path]);
        const [header, width, height] = grey.toString('latin1', 0, 32).match(/^P5\s+(\d+)\s+(\d+)\s+\d+\s/).map((v, k) => (k ? +v : v.length));
        picture = { grey, header, width, height };
      }
      const { grey, header, width, height } = picture;
      let dark = 255;
      for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, Math.ceil(y1)); y++) {
        for (let x = Math.max(0, Math.floor(x0)); x < Math.min(width, Math.ceil(x1)); x++) dark = Math.min(dark, grey[header + y * width + x]);
      }
      return dark;
    };
    return { words, darkest };
  });
}

/**
 * The pictures a PDF of Chromium's draws, each as [its width / height as
 * drawn on the page, its own width / height, its width on the page in CSS
 * px, its own width in pixels]: a picture drawn at another ratio than its
 * own is stretched. (Chromium's PDFs put each picture in an image XObject,
 * drawn by its page's content in the unit square of the matrix then in
 * force, which `q`, `Q` and `cm` lines save, restore and multiply.)
 */
function drawnPictures(pdf) {
  const text = pdf.toString('latin1');
  const streams = new Map();
  for (const m of text.matchAll(/(\d+) 0 obj\s*<<([^]*?)>>\s*stream\r?\n/g)) {
    const size = m[2].match(/\/Subtype\s*\/Image[^]*?\/Width (\d+)\s*\/Height (\d+)/);
    const start = m.index + m[0].length;
    streams.set(m[1], { size: size && [size[1] / size[2], Number(size[1])], body: text.slice(start, text.indexOf('endstream', start)) });
  }
  const objectOf = new Map([...text.matchAll(/\/(X\d+) (\d+) 0 R/g)].map((m) => [m[1], m[2]]));
  const pictures = [];
  for (const { size, body } of streams.values()) {
    if (size) continue;
    let content;
    try {
      content = inflateSync(Buffer.from(body, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    let ctm = [1, 0, 0, 1, 0, 0];
    const saved = [];
    for (const line of content.split('\n')) {
      if (line === 'q') saved.push(ctm);
      else if (line === 'Q') ctm = saved.pop();
      else if (line.endsWith(' cm')) {
        const [a, b, c, d, e, f] = line.split(' ').slice(0, 6).map(Number);
        const [A, B, C, D, E, F] = ctm;
        ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
      } else if (line.endsWith(' Do')) {
        const own = streams.get(objectOf.get(line.slice(1, -3)))?.size;
        const [width, height] = [Math.hypot(ctm[0], ctm[1]), Math.hypot(ctm[2], ctm[3])];
        if (own) pictures.push([width / height, own[0], (width * 4) / 3, own[1]]);
      }
    }
  }
  return pictures;
}

test('printed from a phone or a tablet, the charts keep their shape and their size', async () => {
  // Drawn for the phone's 4:5 or square boxes as printing began, the charts
  // were then shown in the paper's 16:9 boxes: circles printed as ovals,
  // then, shown whole, a tablet's square charts at half their size.
  for (const viewport of [{ width: 390, height: 900 }, { width: 800, height: 900 }]) {
    const { context, page, errors } = await site.open({ viewport });
    for (const id of CHART_IDS) await waitForChart(page, id);
    const pictures = drawnPictures(await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }));
    const at = `${viewport.width} px: ${JSON.stringify(pictures)}`;
    assert.ok(pictures.length >= 3, `the charts are found in the PDF, ${at}`);
    assert.ok(pictures.some(([, own]) => own < 1.1), `a tall or square chart is among them, ${at}`);
    for (const [drawn, own, width, pixels] of pictures) {
      assert.ok(Math.abs(drawn / own - 1) < 0.02, `a ${own.toFixed(2)} picture printed at ${drawn.toFixed(2)}, ${at}`);
      // Drawn at 2 device px per CSS px for paper: its labels are printed
      // at least 80 % of the size the reader saw them at.
      assert.ok(width / (pixels / 2) >= 0.8, `a picture ${pixels / 2} px wide on screen printed ${width.toFixed(0)} px wide, ${at}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('print from a dark screen: light paper, charts and text in the light colours, dark again after', async () => {
  const viewport = { width: 800, height: 900 };
  /**
   * The page (or, when `framed`, an iframe of it in a host page) at `path`:
   * its charts as pictures, and the colour of its text.
   */
  const open = async (scheme, path, framed) => {
    const { context, page, errors } = await site.open({ viewport, colorScheme: scheme });
    let where = page;
    if (framed) {
      await page.setContent(`<link rel="icon" href="data:,"><iframe src="${site.url}${path}" width="760" height="800"></iframe>`);
      where = page.frames()[1];
    } else {
      await page.goto(`${site.url}${path}`);
    }
    await where.waitForFunction(() => [...document.querySelectorAll('.pme-figure__stage canvas')]
      .filter((c) => c.checkVisibility()).every((c) => c.hasAttribute('data-drawn')));
    await page.waitForTimeout(1500); // entrances end
    const seen = () => where.evaluate(() => ({
      charts: [...document.querySelectorAll('.pme-figure__stage canvas')]
        .filter((c) => c.checkVisibility()).map((c) => c.toDataURL()),
      text: getComputedStyle(document.querySelector('.pme-figure__title')).color,
    }));
    return { context, page, where, errors, seen };
  };
  const lightness = (css) => css.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b) / 3;
  // The reader's system in dark; a publisher's dark, transparent embed in a
  // frame (its body carries the theme there).
  for (const [scheme, path, light, framed] of [
    ['dark', '', '?theme=light', false],
    ['light', '?embed=temps&theme=dark&bg=transparent', '?embed=temps&theme=light&bg=transparent', true],
  ]) {
    const label = `${path || 'page'}${framed ? ', framed' : ''}`;
    /** Each chart at its end, as drawn on a screen of `scheme` at `query`. */
    const finished = async (scheme, query, printing) => {
      const reference = await open(scheme, `${query}&anim=0`.replace(/^&/, '?'), framed);
      // Paper gets its finer drawing as printing begins.
      if (printing) await reference.where.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const { charts } = await reference.seen();
      await reference.context.close();
      return charts;
    };
    const paper = await finished('light', light, true);
    const dark = await finished(scheme, path);
    /** Whether two lists of pictures are the same (no 100 KB diff on failure). */
    const same = (a, b) => a.length === b.length && a.every((c, i) => c === b[i]);
    const { context, page, where, errors, seen } = await open(scheme, path, framed);
    const screen = await seen();
    assert.equal(screen.charts.length, paper.length, label);
    assert.ok(lightness(screen.text) > 150, `${label}: light text on a dark screen (${screen.text})`);
    assert.ok(screen.charts.every((c, i) => c !== paper[i]), `${label}: dark charts on screen`);
    // As Chromium prints: beforeprint first, then print media.
    await where.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const begun = await seen();
    await page.emulateMedia({ media: 'print' });
    // Print media's layout resizes the stages, and Yew renders them: a draw
    // then brought back the screen's palette at 1× (Chromium's own printing,
    // synchronous, leaves it no time; an emulation or another browser may).
    await page.waitForTimeout(500);
    const printed = await seen();
    for (const [when, seenThen] of [['as printing begins', begun], ['in print', printed]]) {
      assert.ok(same(seenThen.charts, paper), `${label} ${when}: the charts of the light theme, at their end`);
      assert.ok(lightness(seenThen.text) < 60, `${label} ${when}: dark text (${seenThen.text})`);
    }
    await page.emulateMedia({ media: 'screen' });
    await where.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForTimeout(300);
    // Back to the screen's colours; the charts stay at their end.
    const after = await seen();
    assert.equal(after.text, screen.text, `${label}: the screen's text colour again`);
    assert.ok(same(after.charts, dark), `${label}: the screen's charts again, at their end`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
