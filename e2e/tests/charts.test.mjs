// The five charts: drawn, explorable by pointer and keyboard, their data
// tables true to the data file, their controls live, reduced motion honoured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  apart, canvasIsOnTop, CHART_IDS, documentBox, focusedMarkBox, numberAndTitleLeft, paintedPixels, useSite, waitForChart,
  waitForFirstDraw,
} from './support.mjs';

const STATS = JSON.parse(readFileSync(new URL('../../assets/data/stats.json', import.meta.url), 'utf8')).stats;
const stat = (id) => STATS.find((s) => s.id === id);
/** French grouping as the page writes it (thin no-break spaces). */
const grouped = (n) => new Intl.NumberFormat('fr-FR').format(n);

const site = useSite();
const open = site.open;

const tooltip = (page, id) => page.locator(`#${id} .pme-tooltip`);
const liveRegion = (page, id) => page.locator(`#${id} .pme-stage > [aria-live="polite"]`);

test('every chart draws, and the drawing is what the reader sees', async () => {
  const { context, page, errors } = await open();
  for (const id of CHART_IDS) {
    await waitForChart(page, id);
    const painted = await paintedPixels(page, `#${id} canvas`);
    assert.ok(painted > 3000, `${id}: ${painted} pixels drawn`);
    assert.ok(await canvasIsOnTop(page, `#${id} canvas`), `${id}: canvas visible`);
    const label = await page.getAttribute(`#${id} canvas`, 'aria-label');
    assert.ok(label && label.length > 40, `${id}: a sentence as text alternative`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering a person shows that person, informed or not, in a tooltip', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'actualite');
  const box = await page.locator('#actualite canvas').boundingBox();
  // Sweep the pointer over the pictogram; note who answers where. Each
  // point is reached from outside the chart: a tooltip stays over the
  // blank space between marks.
  const seen = [];
  for (let y = 0.1; y < 0.98; y += 0.06) {
    for (let x = 0.2; x < 0.98; x += 0.03) {
      await page.mouse.move(box.x - 40, box.y - 40);
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
      if (!(await tooltip(page, 'actualite').isVisible())) continue;
      const text = await tooltip(page, 'actualite').innerText();
      // A pointer gliding over the marks is not read out, mark after mark.
      assert.equal(await liveRegion(page, 'actualite').textContent(), '', `hovering announces nothing: ${text}`);
      const match = text.match(/^Personne (\d+) sur 100\u00a0: (.*)$/);
      assert.ok(match, text);
      seen.push({ x, y, person: Number(match[1]), informed: match[2].startsWith('s’informe sur les réseaux sociaux, comme 30 sur 100 (30\u00a0%)') });
      if (!match[2].startsWith('s’informe')) assert.match(match[2], /^ne s’informe pas sur les réseaux sociaux, comme 70 sur 100 \(calcul\u00a0: 100\u00a0−\u00a030\)$/);
    }
  }
  assert.ok(seen.some((s) => s.informed) && seen.some((s) => !s.informed), 'both kinds of people');
  for (const s of seen) assert.equal(s.informed, s.person <= 30, `person ${s.person}`);
  // Reading order: along a row the numbers grow to the right, and down the rows.
  for (const a of seen) {
    for (const b of seen) {
      if (a.y === b.y && b.x > a.x) assert.ok(b.person >= a.person, `${a.person} then ${b.person} in a row`);
      if (b.y > a.y + 0.1 && Math.abs(a.x - b.x) < 0.01) assert.ok(b.person > a.person, `${a.person} above ${b.person}`);
    }
  }
  await page.mouse.move(box.x - 40, box.y - 40);
  await page.waitForTimeout(100);
  assert.equal(await tooltip(page, 'actualite').isVisible(), false, 'leaving hides it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pointer\'s tooltip can be reached, read over and closed with Escape, focus anywhere (WCAG 1.4.13)', async () => {
  // It went as the pointer crossed the blank space towards it, let the
  // pointer through to the marks under it, which took its place, and Escape
  // closed it only where the chart had the keyboard's focus.
  const { context, page, errors } = await open();
  for (const id of ['mobiles', 'actualite']) {
    await waitForChart(page, id);
    const box = await page.locator(`#${id} canvas`).boundingBox();
    // A mark of the grid's middle rows, whose tooltip goes above it, over
    // the rows above; then one of its top row, whose tooltip goes below it.
    let at = null;
    for (const [from, to, above] of [[0.45, 0.45, true], [0.02, 0.3, false]]) {
      let text = '';
      for (let y = from; y <= to && !text; y += 0.02) {
        for (let x = 0.3; x < 0.9 && !text; x += 0.02) {
          at = { x: box.x + box.width * x, y: box.y + box.height * y };
          await page.mouse.move(0, 0);
          await page.mouse.move(at.x, at.y);
          if (await tooltip(page, id).isVisible()) text = await tooltip(page, id).innerText();
        }
      }
      assert.ok(text, `${id}: a tooltip`);
      const tip = await tooltip(page, id).boundingBox();
      assert.ok(above ? tip.y + tip.height < at.y : tip.y > at.y, `${id}: the tooltip is ${above ? 'above' : 'below'} its mark`);
      // Straight to it, across the blank space between, then over it,
      // slowly, as a reader does to read or magnify it.
      const x = Math.min(Math.max(at.x, tip.x + 4), tip.x + tip.width - 4);
      const edge = above ? tip.y + tip.height - 2 : tip.y + 2;
      for (const [px, py] of [[x, edge], [tip.x + 4, tip.y + 4], [tip.x + tip.width - 4, tip.y + tip.height / 2]]) {
        await page.mouse.move(px, py, { steps: 8 });
        assert.equal(await tooltip(page, id).innerText(), text, `${id}: the pointer on its way to the tooltip ${above ? 'above' : 'below'}, and over it, keeps it`);
      }
    }
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'no focus: only the pointer is there');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    assert.equal(await tooltip(page, id).isVisible(), false, `${id}: Escape closes it`);
    // The pointer, moved again, opens tooltips again.
    await page.mouse.move(at.x, at.y, { steps: 3 });
    assert.equal(await tooltip(page, id).isVisible(), true, `${id}: the pointer opens tooltips again`);
    await page.mouse.move(0, 0);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard walks the marks, the tooltip and live region follow, Escape closes', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'temps');
  const stage = page.locator('#temps .pme-figure__stage');
  await stage.focus();
  await page.waitForTimeout(100);
  const first = await tooltip(page, 'temps').innerText();
  assert.match(first, /Réseaux sociaux\u00a0: 20\u00a0% du temps passé sur Internet en 2011/);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.match(await tooltip(page, 'temps').innerText(), /80\u00a0% \(calcul\u00a0: 100\u00a0−\u00a020\)/);
  assert.equal(await liveRegion(page, 'temps').innerText(), await tooltip(page, 'temps').innerText());
  // Said once: the tooltip, its twin for the eye, is hidden from assistive technology.
  const spoken = await page.locator('#temps .pme-stage').ariaSnapshot();
  assert.equal(spoken.split('80 % (calcul').length, 2, spoken);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.match(await tooltip(page, 'temps').innerText(), /Pour 2\u00a0h en ligne par jour\u00a0: 24\u00a0min/);
  // Space chooses nothing here, and leaves the page where it is: it
  // scrolled the chart out of sight.
  const scrolled = () => page.evaluate(() => scrollY);
  const at = await scrolled();
  await page.keyboard.press(' ');
  await page.waitForTimeout(300);
  assert.equal(await scrolled(), at, 'Space keeps the chart in sight');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
  assert.equal(await tooltip(page, 'temps').isVisible(), false);
  const ring = await stage.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(ring, 'none', 'a visible focus ring');
  // The keys speak; once the pointer takes over, the live region falls silent.
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.notEqual(await liveRegion(page, 'temps').textContent(), '', 'the keys speak');
  const box = await page.locator('#temps canvas').boundingBox();
  // The keys' tooltip stays over blank space: sweep to another mark.
  const keyed = await tooltip(page, 'temps').innerText();
  for (let x = 0.05; x < 1; x += 0.05) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height / 2);
    await page.waitForTimeout(50);
    if (await tooltip(page, 'temps').innerText() !== keyed) break;
  }
  assert.notEqual(await tooltip(page, 'temps').innerText(), keyed, 'the pointer found another mark');
  assert.equal(await liveRegion(page, 'temps').textContent(), '', 'the pointer does not');
  // The keys take over from there: the region says the mark they reach, and
  // never first the one the pointer left (old news, read out ahead of it).
  const left = await tooltip(page, 'temps').innerText();
  await liveRegion(page, 'temps').evaluate((region) => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(region.textContent))
      .observe(region, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(150);
  const said = await page.evaluate(() => window.__said.filter((text) => text !== ''));
  const reached = await tooltip(page, 'temps').innerText();
  assert.notEqual(reached, left);
  assert.deepEqual(said, [reached], `said ${JSON.stringify(said)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a keyboard tooltip covers none of its mark: the top row\'s, temps\'s slices', async () => {
  // A top row's mark has no room above: its tooltip goes below it. temps's
  // red slice starts at the donut's top: its tooltip goes above the donut,
  // or on a phone (the headline above) below the slice's foot.
  const cases = [
    [1280, 'actualite', ['ArrowRight', 'ArrowRight', 'ArrowRight']],
    [1280, 'mobiles', ['ArrowRight', 'ArrowRight', 'ArrowRight']],
    [1280, 'temps', ['Home']],
    [375, 'temps', ['Home']],
    [375, 'temps', ['Home', 'ArrowRight']],
  ];
  for (const [width, id, keys] of cases) {
    const { context, page, errors } = await open({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    await waitForChart(page, id);
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const stage = page.locator(`#${id} .pme-figure__stage`);
    await stage.focus();
    for (const key of keys) await page.keyboard.press(key);
    await page.waitForTimeout(150);
    const tip = await documentBox(tooltip(page, id));
    const mark = await focusedMarkBox(page, id);
    assert.ok(mark, `${id}: the focused mark is highlighted`);
    assert.ok(apart(tip, mark), `${id} at ${width} px, ${keys}: the tooltip ${JSON.stringify(tip)} covers its mark ${JSON.stringify(mark)}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('temps: a slice\'s tooltip covers neither its slice nor the bar under the donut', async () => {
  // The rest of the time's slice reaches the donut's foot: its tooltip
  // went below it, over the bar and its line. From 920 px the article's
  // column gives a low 16:9 stage, the donut its whole height above the
  // bar: with room neither above nor below the slice, the tooltip goes
  // left of it, under the headline.
  for (const width of [375, 768, 1000]) {
    const { context, page, errors } = await open({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    await waitForChart(page, 'temps');
    await page.locator('#temps').scrollIntoViewIfNeeded();
    const stage = page.locator('#temps .pme-figure__stage');
    await stage.focus();
    await page.keyboard.press('End');
    await page.waitForTimeout(150);
    const bar = await focusedMarkBox(page, 'temps');
    for (const keys of [['Home'], ['Home', 'ArrowRight']]) {
      await stage.focus();
      for (const key of keys) await page.keyboard.press(key);
      await page.waitForTimeout(150);
      const tip = await documentBox(tooltip(page, 'temps'));
      const slice = await focusedMarkBox(page, 'temps');
      const label = `at ${width} px, ${keys}: the tooltip ${JSON.stringify(tip)}`;
      assert.ok(apart(tip, slice), `${label} covers its slice ${JSON.stringify(slice)}`);
      assert.ok(apart(tip, bar), `${label} covers the bar ${JSON.stringify(bar)}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a ring\'s tooltip keeps clear of its top: the rings\' labels, the chosen segment', async () => {
  // cercles's labels sit at the top of each ring, amis's chosen segment at
  // the top of its circle: a ring's tooltip went above the ring, over the
  // label of the ring round it, or inside it at its top, over them. « Vous »
  // (Home), at the rings' centre, had its tooltip over the Pair's label.
  // With no room beside it, a ring's tooltip went inside it, at its foot:
  // on a phone, amis's 2nd and 3rd circles' covered « Vous » and the rings
  // within. It covers none of its ring, hole included. On a wide stage the
  // outermost ring's goes left of it, under the headline.
  const cases = [
    ['cercles', ['Home'], ''], ['cercles', ['Home', 'ArrowRight'], ''], ['cercles', ['Home', 'ArrowRight', 'ArrowRight'], ''], ['cercles', ['End'], ''],
    ['amis', ['Home', 'ArrowRight'], '?segmenter=1'], ['amis', ['Home', 'ArrowRight', 'ArrowRight'], '?relais=3'], ['amis', ['End'], '?relais=3'],
  ];
  for (const width of [1280, 375]) {
    for (const [id, keys, path] of cases) {
      const { context, page, errors } = await open({ viewport: { width, height: 800 }, reducedMotion: 'reduce' }, { path });
      await waitForChart(page, id);
      await page.locator(`#${id} .pme-figure__stage`).focus();
      for (const key of keys) await page.keyboard.press(key);
      await page.waitForTimeout(150);
      const box = await documentBox(tooltip(page, id));
      const tip = box.top;
      const ring = await focusedMarkBox(page, id);
      const centre = (ring.top + ring.bottom) / 2;
      if (keys.length === 1 && keys[0] === 'Home') {
        assert.ok(tip >= ring.bottom, `« Vous » at ${width} px: the tooltip starts at ${tip}, above its disc's foot ${ring.bottom}`);
      } else {
        assert.ok(ring.bottom - ring.top > 100, `${id}, ${keys}: a ring is focused, ${JSON.stringify(ring)}`);
        // The outermost ring's may go left of it, clear of every ring.
        const left = box.right <= ring.left;
        assert.ok(tip >= centre || left, `${id} at ${width} px, ${keys}: the tooltip starts at ${tip}, above the ring's centre ${centre}`);
        assert.ok(apart(box, ring), `${id}${path} at ${width} px, ${keys}: the tooltip ${JSON.stringify(box)} covers its ring ${JSON.stringify(ring)}`);
        if (keys.at(-1) === 'End' && width === 1280) {
          // The rings fill the stage's height: below the outermost, its
          // tooltip ran past the stage, over the chart's note.
          const stage = await documentBox(page.locator(`#${id} .pme-figure__stage`));
          assert.ok(left && box.bottom <= stage.bottom && box.left >= stage.left, `${id}${path} at ${width} px: the outermost ring's tooltip ${JSON.stringify(box)} leaves the stage ${JSON.stringify(stage)}`);
        }
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('on a phone, a keyboard tooltip in the top row covers neither its mark nor the headline', async () => {
  const { context, page, errors } = await open({ viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
  for (const id of ['actualite', 'mobiles']) {
    await waitForChart(page, id);
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id} .pme-figure__stage`).focus();
    await page.keyboard.press('Home');
    await page.waitForTimeout(150);
    const tip = await documentBox(tooltip(page, id));
    // The first mark (read with its highlight, then without: Escape), and
    // the headline: everything painted above that mark.
    const mark = await focusedMarkBox(page, id);
    assert.ok(mark, `${id}: the first mark is highlighted`);
    const head = await page.locator(`#${id} canvas`).evaluate((c, markTop) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      const r = c.getBoundingClientRect();
      const [x0, y0, scale] = [r.x + scrollX, r.y + scrollY, c.width / r.width];
      const rows = Math.round((markTop - y0) * scale);
      const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      for (let i = 0; i < rows * c.width * 4; i += 4) {
        if (data[i] === data[0] && data[i + 1] === data[1] && data[i + 2] === data[2]) continue;
        const [x, y] = [(i / 4) % c.width, Math.floor(i / 4 / c.width)];
        [box.left, box.right] = [Math.min(box.left, x), Math.max(box.right, x)];
        [box.top, box.bottom] = [Math.min(box.top, y), Math.max(box.bottom, y)];
      }
      return { left: x0 + box.left / scale, right: x0 + box.right / scale, top: y0 + box.top / scale, bottom: y0 + box.bottom / scale };
    }, mark.top);
    assert.ok(head.right > head.left, `${id}: a headline above the first mark`);
    assert.ok(apart(tip, head), `${id}: the tooltip ${JSON.stringify(tip)} covers the headline ${JSON.stringify(head)}`);
    assert.ok(tip.top >= mark.top, `${id}: the tooltip goes below its mark`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a click on a chart\'s blank space opens no tooltip; the keyboard then starts on the first mark', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'amis');
  const box = await page.locator('#amis canvas').boundingBox();
  // The stage's top right corner: beside the network, above the controls.
  await page.mouse.click(box.x + box.width - 6, box.y + 6);
  await page.waitForTimeout(150);
  const focused = await page.evaluate(() => document.activeElement?.classList.contains('pme-figure__stage'));
  assert.ok(focused, 'the click focuses the stage');
  assert.equal(await tooltip(page, 'amis').isVisible(), false, 'but opens no tooltip');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.match(await tooltip(page, 'amis').innerText(), /^Vous\u00a0: /);
  // Reached with Tab, the stage starts on its first mark at once.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(100);
  assert.match(await tooltip(page, 'amis').innerText(), /^Vous\u00a0: /);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a touch screen, a tap shows its mark at once; a tap elsewhere or a swipe shows none', async () => {
  // A lifting finger leaves the stage before its tap focuses it: the
  // first tap on a chart once showed its tooltip only for that instant.
  const { context, page, errors } = await open({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  const shown = (id) => tooltip(page, id).evaluate((t) => (t.hidden ? null : t.textContent));
  const cdp = await context.newCDPSession(page);
  for (const [id, pattern] of [['actualite', /^Personne \d+ sur 100\u00a0: /], ['mobiles', /^Téléphone \d+ sur 19\u00a0: /]]) {
    await waitForChart(page, id);
    const box = await page.locator(`#${id} canvas`).boundingBox();
    const [x, y] = [box.x + box.width * 0.3, box.y + box.height * 0.6];
    // A swipe that starts on a mark scrolls the page and leaves no tooltip.
    const scrolled = await page.evaluate(() => scrollY);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 20 * i }] });
      await page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    assert.ok(await page.evaluate(() => scrollY) > scrolled + 100, `${id}: the swipe scrolls the page`);
    assert.equal(await shown(id), null, `${id}: a swipe opens no tooltip`);
    // The first tap on the chart shows the mark under the finger, and keeps it.
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const at = await page.locator(`#${id} canvas`).boundingBox();
    await page.touchscreen.tap(at.x + at.width * 0.3, at.y + at.height * 0.6);
    await page.waitForTimeout(300);
    assert.match(await shown(id) ?? 'none', pattern, `${id}: the first tap`);
    // A tap outside the chart closes it.
    await page.touchscreen.tap(4, at.y - 20);
    await page.waitForTimeout(300);
    assert.equal(await shown(id), null, `${id}: a tap elsewhere closes it`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('each chart is named by its title, offers Enter only where it chooses, and says what a control changed', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'amis');
  for (const id of CHART_IDS) {
    const title = await page.locator(`#${id}-titre`).innerText();
    const stage = page.getByRole('group', { name: title, exact: true }).and(page.locator(`#${id} .pme-figure__stage`));
    assert.equal(await stage.count(), 1, `${id} is named « ${title} », nothing more`);
    // How to explore it is its description, a sentence of its own.
    const help = await stage.evaluate((el) => el.getAttribute('aria-describedby').split(' ')
      .map((ref) => document.getElementById(ref).textContent).join(' '));
    assert.match(help, /^Graphique explorable\u00a0: flèches pour parcourir les valeurs, .*Échap pour fermer\.$/, `${id}: ${help}`);
    assert.equal(help.includes('Entrée pour choisir'), id === 'cercles', `${id}: ${help}`);
  }
  // The text alternative says what the article says, no more (it read
  // « à la fois actives », a claim of the chart's own).
  assert.match(await page.getAttribute('#mobiles canvas', 'aria-label'),
    /^Fin 2011, les internautes actifs sur les réseaux sociaux, aussi les plus mobiles, représentent 19\u00a0millions de personnes\u00a0; /);
  const explain = page.locator('#amis .pme-figure__explain');
  await page.locator('#amis').getByLabel('3 fois').check();
  await page.waitForTimeout(100);
  assert.match(await explain.innerText(), /^Transmis 3\u00a0fois de proche en proche, .*jusqu’à 1\u202f728\u202f000\u00a0personnes rien qu’au 3e\u00a0cercle, si chacun a 120\u00a0amis/);
  // The bands hold 240 and 720 dots, not 14 400 and 1 728 000: it says so.
  assert.match(await explain.innerText(), /Dessin non à l’échelle\u00a0: un point vaut environ 60\u00a0personnes au 2e\u00a0cercle, et 2\u202f400 au 3e\u00a0cercle\.$/);
  assert.equal(await explain.getAttribute('aria-live'), 'polite');
  await page.locator('#amis').getByLabel('Segmenter la diffusion').check();
  await page.waitForTimeout(100);
  assert.match(await explain.innerText(), /^Diffusion segmentée/);
  // The drawn circle's size is no figure of the article's: it says so.
  assert.match(await explain.innerText(), /n’est qu’une illustration\u00a0: l’article n’en donne pas la taille\.$/);
  assert.ok(await page.locator('#amis').getByLabel('3 fois').isDisabled(), 'the relays are cut: no choosing them');
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Voir les données » shows tables that match the data file', async () => {
  const { context, page } = await open();
  // Opens the chart's table (once: a second press would close it) and reads it.
  const table = async (id) => {
    const toggle = `#${id} .pme-tools button[aria-controls$="-donnees"]`;
    if (await page.getAttribute(toggle, 'aria-expanded') === 'false') await page.click(toggle);
    const shown = page.locator(`#${id} table`);
    await shown.waitFor({ state: 'visible', timeout: 5000 }); // fails unless it shows
    return shown.innerText();
  };
  assert.match(await table('amis'), new RegExp(`${grouped(stat('amis').value)}\\s+Chiffre de l’article`));
  assert.ok((await table('amis')).includes(grouped(120 * 120)), 'derived 14 400 row');
  assert.ok((await table('actualite')).includes(`${stat('actualite').value}\u00a0%`));
  assert.ok((await table('temps')).includes(`${stat('temps').value}\u00a0%`));
  // In words, as the article has it: « 19 millions ».
  assert.ok((await table('mobiles')).includes(`${stat('mobiles').value / 1e6}\u00a0millions`));
  const cercles = await table('cercles');
  assert.ok(cercles.includes(`${stat('pair').value}\u00a0personne`) && cercles.includes('120\u00a0amis'));
  // Its details are sentences, each ended.
  const details = await page.$$eval('#cercles tbody td:last-child', (cells) => cells.map((c) => c.textContent));
  assert.equal(details.length, 3);
  for (const detail of details) assert.match(detail, /\.$/, detail);
  // Each row's name on one line, where the card has room.
  const names = await page.$$eval('table th[scope=row]', (cells) => cells.map((c) => {
    const range = document.createRange();
    range.selectNodeContents(c);
    return [c.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
  }));
  assert.ok(names.length >= 10, `${names.length} row names`);
  for (const [name, lines] of names) assert.equal(lines, 1, `« ${name} » on ${lines} lines`);
  assert.equal(await page.getAttribute('#mobiles .pme-tools button[aria-controls$="-donnees"]', 'aria-expanded'), 'true');
  await page.click('#mobiles .pme-tools button[aria-controls$="-donnees"]');
  assert.equal(await page.locator('#mobiles table').isVisible(), false);
  await context.close();
});

test('« Voir les données » turns into « Masquer les données » in place: no button of its row moves', async () => {
  for (const width of [375, 1280]) {
    const { context, page } = await open({ viewport: { width, height: 900 } });
    await waitForChart(page, 'temps');
    const toggle = page.locator('#temps .pme-tools button[aria-controls$="-donnees"]');
    // Each button of the row, where it is, and the toggle as read and as seen.
    const row = () => page.$$eval('#temps .pme-tools > *', (all) => all.map((el) => {
      const box = el.getBoundingClientRect();
      return [Math.round(box.left), Math.round(box.top), Math.round(box.width)];
    }));
    const before = await row();
    assert.equal(await toggle.innerText(), 'Voir les données');
    assert.equal(await page.getByRole('button', { name: 'Voir les données', exact: true }).count(), 5);
    await toggle.click();
    await page.locator('#temps table').waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await toggle.innerText(), 'Masquer les données');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getByRole('button', { name: 'Masquer les données', exact: true }).count(), 1);
    assert.deepEqual(await row(), before, `${width} px: the row as it was`);
    await context.close();
  }
});

test('a chart\'s tools wrap as a set: on a phone the data\'s toggle has a row, the other three share the next', async () => {
  for (const width of [320, 390, 430, 560, 1280]) {
    const { context, page } = await open({ viewport: { width, height: 900 } });
    await waitForChart(page, 'temps');
    const rows = await page.$$eval('#temps .pme-tools > *', (all) => {
      const lines = new Map();
      for (const el of all.filter((e) => e.getClientRects().length)) {
        const box = el.getBoundingClientRect();
        const top = Math.round(box.top);
        lines.set(top, [...(lines.get(top) ?? []), { name: el.innerText.split('\n').pop().trim(), left: box.left, right: box.right }]);
      }
      return [...lines.values()];
    });
    const names = rows.map((row) => row.map((b) => b.name));
    if (width >= 1280) {
      assert.deepEqual(names, [['Voir les données', 'PNG', 'CSV', 'Intégrer']], `${width} px: one row`);
    } else {
      assert.deepEqual(names, [['Voir les données'], ['PNG', 'CSV', 'Intégrer']], `${width} px: two rows`);
      // Both rows span the same width: no button stands alone at one end.
      const [[toggle], exports] = rows;
      assert.ok(Math.abs(exports[0].left - toggle.left) < 1, `${width} px: rows start together`);
      assert.ok(Math.abs(exports[2].right - toggle.right) < 1, `${width} px: rows end together`);
    }
    await context.close();
  }
});

test('reduced motion shows each chart in its final state at once', async () => {
  const final = async (options, wait, then) => {
    const { context, page } = await open(options);
    // Drawn once (off-screen, still): the app has rendered its island in
    // place of the prerendered figure, which could be swapped under the scroll.
    await waitForFirstDraw(page, 'mobiles');
    await page.locator('#mobiles').scrollIntoViewIfNeeded();
    await page.waitForTimeout(wait);
    if (then) {
      await then(page);
      await page.waitForTimeout(150);
    }
    const url = await page.$eval('#mobiles canvas', (c) => c.toDataURL());
    await context.close();
    return url;
  };
  const reduced = await final({ reducedMotion: 'reduce' }, 150);
  const animated = await final({}, 2000);
  const early = await final({}, 150);
  assert.equal(reduced, animated, 'reduced motion draws the end state immediately');
  assert.notEqual(early, animated, 'without it, the entrance is still running at 150 ms');
  // Turned on during an entrance, it ends the entrance at the next frame.
  const switched = await final({}, 150, (page) => page.emulateMedia({ reducedMotion: 'reduce' }));
  assert.equal(switched, animated, 'reduced motion turned on mid-entrance shows the end state');
});

test('a chart more than twice as tall as the screen still plays its entrance', async () => {
  // A phone on its side in a split screen: the stage is kept as tall as
  // the window, but not under 300 px (assets/styles.css), so in a 140 px
  // window half of it never fits on screen at once.
  const viewport = { width: 600, height: 140 };
  const settled = async (path) => {
    const { context, page, errors } = await open({ viewport }, { path });
    await waitForFirstDraw(page, 'mobiles');
    const stage = page.locator('#mobiles .pme-figure__stage');
    assert.ok((await stage.boundingBox()).height > 2 * viewport.height, 'the premise: a stage over twice the screen');
    await stage.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(2500);
    const url = await page.$eval('#mobiles canvas', (c) => c.toDataURL());
    assert.deepEqual(errors, []);
    await context.close();
    return url;
  };
  assert.equal(await settled(''), await settled('?anim=0'), 'the entrance ran to its end');
});

test('a chart is redrawn sharp when only the pixel ratio changes', async () => {
  // A window moved to a denser screen, or a page zoomed while the figure
  // keeps its CSS size: nothing is resized, yet the backing store must follow.
  // Chromium's emulation (CDP) changes the ratio without telling the page's
  // media query listeners, so the page is given its ratio here, and told of
  // the change as the browser tells it: a `change` on its resolution query.
  const { context, page, errors } = await open({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 }, {
    beforeGoto: (p) => p.addInitScript(() => {
      let ratio = 1;
      Object.defineProperty(window, 'devicePixelRatio', { get: () => ratio, configurable: true });
      const matchMedia = window.matchMedia.bind(window);
      const watched = [];
      window.matchMedia = (query) => {
        const list = matchMedia(query);
        if (query.includes('resolution')) watched.push(list);
        return list;
      };
      window.__changeRatio = (next) => {
        ratio = next;
        for (const list of watched.splice(0)) list.dispatchEvent(new MediaQueryListEvent('change', { media: list.media, matches: false }));
      };
    }),
  });
  await waitForChart(page, 'mobiles');
  const backing = () => page.$eval('#mobiles canvas', (c) => ({ css: c.clientWidth, px: c.width }));
  const before = await backing();
  assert.equal(before.px, before.css, 'at ratio 1');
  await page.evaluate(() => window.__changeRatio(2));
  await page.waitForTimeout(300);
  const after = await backing();
  assert.equal(after.css, before.css, 'the CSS size did not change');
  assert.equal(after.px, 2 * after.css, 'the backing store follows the ratio');
  // And the next change too: the page listens again at the new ratio.
  await page.evaluate(() => window.__changeRatio(1.5));
  await page.waitForTimeout(300);
  assert.equal((await backing()).px, Math.round(1.5 * after.css));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tooltip near the stage\'s right edge moves left at its full width, not squeezed', async () => {
  const { context, page, errors } = await open({ viewport: { width: 1280, height: 900 } });
  await waitForChart(page, 'actualite');
  const stage = page.locator('#actualite .pme-figure__stage');
  await stage.focus();
  const shown = async (key) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
    return tooltip(page, 'actualite').boundingBox();
  };
  const first = await shown('Home'); // person 1, left of the grid
  const last = await shown('End'); // person 100, at the right edge
  const box = await stage.boundingBox();
  assert.ok(last.x >= box.x - 0.5 && last.x + last.width <= box.x + box.width + 0.5, 'inside the stage');
  assert.ok(Math.abs(last.width - first.width) <= 1, `as wide as elsewhere: ${last.width} against ${first.width}`);
  // Its own words, set at the stage's left edge, take as many lines.
  const free = await tooltip(page, 'actualite').evaluate((tip) => {
    const copy = tip.cloneNode(true);
    copy.style.left = '0px';
    tip.after(copy);
    const { height } = copy.getBoundingClientRect();
    copy.remove();
    return height;
  });
  assert.ok(last.height <= free + 1, `no taller: ${last.height} against ${free}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the pictograms, up and down move a row', async () => {
  const { context, page, errors } = await open({ viewport: { width: 1280, height: 900 } });
  await waitForChart(page, 'actualite');
  await page.locator('#actualite .pme-figure__stage').focus();
  const person = async (key) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(80);
    return Number((await tooltip(page, 'actualite').innerText()).match(/Personne (\d+) sur 100/)[1]);
  };
  assert.equal(await person('Home'), 1);
  assert.equal(await person('ArrowRight'), 2);
  const below = await person('ArrowDown');
  assert.ok(below > 5 && (below - 2) % 5 === 0, `a row down from person 2 is person ${below}`);
  assert.equal(await person('ArrowUp'), 2);
  assert.equal(await person('ArrowUp'), 2, 'the top row stops');
  assert.equal(await person('End'), 100);
  assert.equal(await person('ArrowDown'), 100, 'the bottom row stops');
  assert.deepEqual(errors, []);
  await context.close();
});

// A tablet in portrait once had a 16:9 stage, where the 100 people spanned
// half the card: smaller charts than on the phone 40 px narrower. Its stage
// is square, a phone's 4:5: there the grid, below the headline, is as wide
// as it is tall, 3/4 of the card.
for (const [device, viewport, share] of [
  ['narrow phone', { width: 320, height: 640 }, 0.8],
  ['tablet in portrait', { width: 640, height: 900 }, 0.75],
  ['tablet of 768 px in portrait', { width: 768, height: 1024 }, 0.75],
]) {
  test(`on a ${device}, the pictogram of 100 people and the round charts take the card's width`, async () => {
    const { context, page, errors } = await open({ viewport, reducedMotion: 'reduce' });
    // The columns of painted pixels in a band of rows (fractions of the
    // height): the extent of what is drawn there.
    const spanOf = (id, from, to) => page.$eval(`#${id} canvas`, (canvas, [from, to]) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let [left, right] = [canvas.width, 0];
      for (let y = Math.floor(canvas.height * from); y < canvas.height * to; y += 1) {
        for (let x = 0; x < canvas.width; x += 1) {
          const i = 4 * (y * canvas.width + x);
          if (data.slice(i, i + 4).some((v, k) => v !== data[k])) [left, right] = [Math.min(left, x), Math.max(right, x)];
        }
      }
      return [right - left, canvas.width];
    }, [from, to]);
    for (const id of ['actualite', 'amis', 'cercles', 'temps']) {
      await waitForFirstDraw(page, id);
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      if (id === 'temps') {
        // Between the headline and the day bar (which spans the card): the
        // donut, 90 of 296 px across in a square stage.
        const [span, width] = await spanOf(id, 0.3, 0.6);
        assert.ok(span >= 0.45 * width, `temps: the donut spans ${span} of ${width} device px`);
      } else {
        // Below the headline: the chart.
        const [span, width] = await spanOf(id, 0.5, 1);
        assert.ok(span >= share * width, `${id}: the chart spans ${span} of ${width} device px`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const width of [375, 1280]) {
  test(`at ${width} px each chart's number starts at its title's left edge`, async () => {
    const { context, page, errors } = await open({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    for (const id of CHART_IDS) {
      await waitForFirstDraw(page, id);
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      const { number, title } = await numberAndTitleLeft(page, id);
      assert.ok(Math.abs(number - title) <= 4, `${id}: the number starts at ${number} px, the title at ${title} px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('in a chart embed on a phone, the number starts at its title\'s left edge too', async () => {
  // The embed's card meets the frame's edges; its stage bled 6 px less
  // than the page's, and the chart was drawn 6 px right of the text.
  const { context, page, errors } = await open({ viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
  for (const id of CHART_IDS) {
    await page.goto(`${site.url}?embed=${id}`);
    await waitForFirstDraw(page, id);
    await page.waitForTimeout(200);
    const { number, title } = await numberAndTitleLeft(page, id);
    assert.ok(Math.abs(number - title) <= 4, `${id}: the number starts at ${number} px, the title at ${title} px`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a focused chart\'s ring clears the buttons and the sentence below it, animated or not', async () => {
  for (const options of [{}, { reducedMotion: 'reduce' }]) {
    const { context, page, errors } = await open(options);
    for (const id of CHART_IDS) {
      await waitForFirstDraw(page, id);
      const stage = page.locator(`#${id} .pme-figure__stage`);
      await stage.focus();
      const gap = await stage.evaluate((el) => {
        const style = getComputedStyle(el);
        const ring = el.getBoundingClientRect().bottom + parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
        const below = [...el.closest('figure').querySelectorAll('.pme-stage__bar button, .pme-tools button, .pme-figure__explain')]
          .filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect().top);
        return Math.min(...below) - ring;
      });
      assert.ok(gap >= 2, `${id} ${JSON.stringify(options)}: ${gap} px between the ring and what is below it`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a chart reached by Tab scrolls in with its whole focus ring', async () => {
  const { context, page, errors } = await open({ viewport: { width: 375, height: 667 } });
  await waitForFirstDraw(page, 'amis');
  await page.evaluate(() => scrollTo(0, 0));
  await page.focus('#amis .pme-controls input');
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.matches('.pme-figure__stage'))); i += 1) {
    await page.keyboard.press('Tab');
  }
  const [top, bottom, height] = await page.$eval('#amis .pme-figure__stage', (el) => {
    const r = el.getBoundingClientRect();
    const ring = parseFloat(getComputedStyle(el).outlineOffset) + parseFloat(getComputedStyle(el).outlineWidth);
    return [r.top - ring, r.bottom + ring, innerHeight];
  });
  assert.ok(top >= 0 && bottom <= height, `the ring spans ${top}–${bottom} px of a ${height} px screen`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a set of choices wraps as one: on a phone its name on a line of its own, never one option alone', async () => {
  const { context, page, errors } = await open({ viewport: { width: 375, height: 800 } });
  await waitForFirstDraw(page, 'amis');
  const rows = await page.$$eval('#amis .pme-choices', ([set]) => {
    const legend = set.querySelector('legend').getBoundingClientRect();
    const tops = [...set.querySelectorAll('.pme-choice')].map((c) => c.getBoundingClientRect().top);
    return { legend: legend.bottom, first: Math.min(...tops) };
  });
  assert.ok(rows.first >= rows.legend, `the options start below the name: ${JSON.stringify(rows)}`);
  // At every width, the options are all beside the name or all below it:
  // from 490 to 570 px « 3 fois » and « Facebook, Twitter… » went alone to
  // the next line.
  await waitForFirstDraw(page, 'cercles');
  const split = [];
  for (let width = 300; width <= 1280; width += 10) {
    await page.setViewportSize({ width, height: 800 });
    for (const set of await page.$$eval('.pme-choices', (sets) => sets.map((s) => {
      const legend = s.querySelector('legend').getBoundingClientRect();
      const tops = [...s.querySelectorAll('.pme-choice')].map((c) => c.getBoundingClientRect().top);
      return { id: s.closest('figure').id, beside: tops.filter((t) => t < legend.bottom).length, of: tops.length };
    }))) {
      if (set.beside > 0 && set.beside < set.of) split.push(`${set.id} at ${width} px: ${set.beside} of ${set.of} beside its name`);
    }
  }
  assert.deepEqual(split, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing an option moves neither the options nor the chart', async () => {
  // The chosen option was set in bold: wider, it pushed the next ones, and
  // at 568 px « Facebook, Twitter… » went to a new row from under the pointer.
  // The explanation of the choice, 2 to 6 lines long on a phone, stood
  // above the chart and moved it by 20 to 65 px.
  for (const width of [320, 375, 468, 568, 1280]) {
    const { context, page, errors } = await open({ viewport: { width, height: 900 } });
    for (const id of ['amis', 'cercles']) {
      await waitForFirstDraw(page, id);
      // Boxes in the figure: a click scrolls the page.
      const boxes = () => page.$$eval(`#${id} :is(.pme-choice, .pme-switch, canvas)`, (all) => all.map((c) => {
        const [r, f] = [c.getBoundingClientRect(), c.closest('figure').getBoundingClientRect()];
        return [r.x - f.x, r.y - f.y, r.width].map(Math.round).join(',');
      }));
      const first = await boxes();
      const explained = new Set();
      const check = async (what) => {
        assert.deepEqual(await boxes(), first, `${id} at ${width} px, ${what}`);
        explained.add(await page.locator(`#${id} .pme-figure__explain`).innerText());
      };
      const options = page.locator(`#${id} .pme-choice`);
      for (let i = (await options.count()) - 1; i >= 0; i -= 1) {
        await options.nth(i).click();
        await check(`option ${i} chosen`);
      }
      const segment = page.locator(`#${id} .pme-switch`);
      for (let i = 0; i < (await segment.count()) * 2; i += 1) {
        await segment.click();
        await check(`segmentation switched ${i ? 'off' : 'on'}`);
      }
      assert.ok(explained.size >= 3, `${id}: each choice is explained in its own words`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the hours slider keeps its value beside it or, on a phone, beside its name above the whole row', async () => {
  // From 480 to 560 px the value wrapped alone under the name; beside the
  // value, the slider was 144 px long on a 320 px phone.
  const { context, page, errors } = await open();
  let wrapped = 0;
  for (let width = 320; width <= 1280; width += 40) {
    await page.setViewportSize({ width, height: 800 });
    await waitForFirstDraw(page, 'temps');
    const [name, slider, value] = await page.$$eval('#temps .pme-range > *', (all) => all.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, middle: (r.top + r.bottom) / 2 };
    }));
    if (width <= 480) {
      assert.ok(value.middle > name.top && value.middle < name.bottom && value.left > name.right,
        `${width} px: the value beside the name`);
      // A name on two lines has its value on its first line: it sat
      // beside the gap between them.
      if (name.bottom - name.top > 1.5 * (value.bottom - value.top)) {
        wrapped += 1;
        assert.ok(Math.abs(value.top - name.top) <= 4, `${width} px: the value (top ${value.top}) beside the name's first line (top ${name.top})`);
      }
      assert.ok(slider.top >= Math.max(name.bottom, value.bottom), `${width} px: the slider below both`);
      // Chromium gives a range input 2 px of margin at each end.
      assert.ok(Math.abs(slider.left - name.left) <= 3 && Math.abs(slider.right - value.right) <= 3,
        `${width} px: the slider as wide as the row (${slider.left}–${slider.right}, row ${name.left}–${value.right})`);
      continue;
    }
    assert.ok(Math.abs(value.middle - slider.middle) < 6 && value.left > slider.right, `${width} px: the value beside the slider`);
    assert.ok(slider.middle > name.middle + 10 || (Math.abs(slider.middle - name.middle) < 6 && slider.left > name.right),
      `${width} px: the name before the slider, on its row or above it`);
  }
  assert.ok(wrapped > 0, 'the name wraps at 320 px: the case is checked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a keyboard ring goes round the whole option, clear of the options beside it', async () => {
  // Round the radio alone, it touched the option's text (« 2 fois »).
  for (const width of [320, 1280]) {
    const { context, page, errors } = await open({ viewport: { width, height: 900 } });
    await waitForFirstDraw(page, 'amis');
    await page.focus('#amis .pme-choice input:checked');
    await page.keyboard.press('ArrowRight');
    const seen = await page.$eval('#amis .pme-choice:has(input:focus)', (pill) => {
      const style = getComputedStyle(pill);
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const box = pill.getBoundingClientRect();
      const ring = { left: box.left - out, right: box.right + out, top: box.top - out, bottom: box.bottom + out };
      const overlaps = [...pill.parentElement.querySelectorAll('.pme-choice')].filter((other) => {
        if (other === pill) return false;
        const r = other.getBoundingClientRect();
        return r.left < ring.right && r.right > ring.left && r.top < ring.bottom && r.bottom > ring.top;
      }).length;
      return { ring: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2, own: getComputedStyle(pill.querySelector('input')).outlineStyle, overlaps };
    });
    assert.deepEqual(seen, { ring: true, own: 'none', overlaps: 0 }, `${width} px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('radio buttons and checkboxes sit level with their labels', async () => {
  const { context, page, errors } = await open();
  await waitForFirstDraw(page, 'cercles');
  const offsets = await page.$$eval('.pme-choice input, .pme-switch input', (inputs) => inputs.map((input) => {
    const box = input.getBoundingClientRect();
    const label = input.closest('label').getBoundingClientRect();
    return [input.type, (box.top + box.bottom) / 2 - (label.top + label.bottom) / 2];
  }));
  assert.ok(offsets.length >= 6, `${offsets.length} controls`);
  for (const [type, offset] of offsets) assert.ok(Math.abs(offset) <= 0.5, `a ${type} ${offset} px off its label's middle`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Rejouer » is offered only where charts animate', async () => {
  for (const [options, path, shown] of [[{}, '', true], [{ reducedMotion: 'reduce' }, '', false], [{}, '?anim=0', false]]) {
    const { context, page, errors } = await open(options, { path });
    await waitForFirstDraw(page, 'mobiles');
    const replay = page.locator('#mobiles button:has-text("Rejouer")');
    assert.equal(await replay.isVisible(), shown, `${JSON.stringify(options)} ${path}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('« Rejouer » keeps the focus when motion is turned off, and goes once it leaves', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'mobiles');
  const replay = page.locator('#mobiles button:has-text("Rejouer")');
  await replay.focus();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#mobiles .pme-stage__bar button')), true, 'the focus stays on « Rejouer »');
  assert.equal(await replay.isVisible(), true, 'shown while focused');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#mobiles .pme-figure__stage')), true, 'back on the chart');
  assert.equal(await replay.isVisible(), false, 'gone once the focus leaves');
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Rejouer » restarts the entrance animation', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'mobiles');
  const done = await page.$eval('#mobiles canvas', (c) => c.toDataURL());
  await page.click('#mobiles .pme-stage__bar button');
  // Settled no more once the replay's first frame is drawn.
  await page.waitForSelector('#mobiles canvas:not([data-settled])', { state: 'attached', timeout: 1000 });
  await page.waitForTimeout(120);
  assert.notEqual(await page.$eval('#mobiles canvas', (c) => c.toDataURL()), done);
  await waitForChart(page, 'mobiles');
  assert.equal(await page.$eval('#mobiles canvas', (c) => c.toDataURL()), done);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chart\'s value that cannot be used leaves the address; the page\'s other parameters stay', async () => {
  const { context, page, errors } = await open({ reducedMotion: 'reduce' },
    { path: '?utm_source=lettre&relais=9&segmenter=oui&heures=abc&cercle=zz#cercles' });
  for (const id of ['amis', 'cercles', 'temps']) await waitForFirstDraw(page, id);
  await page.waitForFunction(() => location.search === '?utm_source=lettre', null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(new URL(page.url()).search, '?utm_source=lettre', 'only what the charts did not own is left');
  assert.equal(new URL(page.url()).hash, '#cercles');
  // Each chart shows its default, as the address now says.
  assert.equal(await page.$eval('#amis input[name="amis-relais"]:checked', (i) => i.value), '1');
  assert.equal(await page.$eval('#amis .pme-switch input', (i) => i.checked), false);
  // A valid value is kept as it was given, and an address that already
  // says what the charts show is not written again.
  const kept = await open({ reducedMotion: 'reduce' }, {
    path: '?relais=3&heures=4.5#temps',
    beforeGoto: (p) => p.addInitScript(() => {
      const replace = history.replaceState.bind(history);
      window.replaced = 0;
      history.replaceState = (...args) => { window.replaced += 1; return replace(...args); };
    }),
  });
  for (const id of ['amis', 'temps']) await waitForFirstDraw(kept.page, id);
  assert.equal(new URL(kept.page.url()).search, '?relais=3&heures=4.5');
  assert.equal(await kept.page.evaluate(() => window.replaced), 0, 'the address was rewritten as it was');
  await kept.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('back and forward within the page: the charts show what the address says', async () => {
  const { context, page, errors } = await open({ reducedMotion: 'reduce' }, { path: '?relais=2#temps' });
  await waitForFirstDraw(page, 'amis');
  const relays = () => page.$eval('#amis input[name="amis-relais"]:checked', (i) => i.value);
  assert.equal(await relays(), '2');
  // A jump within the page is an entry of the history; a choice is not.
  await page.evaluate(() => { location.hash = '#mobiles'; });
  await page.locator('#amis').scrollIntoViewIfNeeded();
  await page.locator('#amis label:has-text("1 fois")').click();
  await page.waitForFunction(() => !location.search.includes('relais'));
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#temps');
  await waitForFirstDraw(page, 'amis');
  await page.waitForFunction(() => document.querySelector('#amis input[value="2"]')?.checked, null, { timeout: 10000 });
  assert.equal(new URL(page.url()).search, '?relais=2');
  assert.equal(await relays(), '2');
  assert.match(await page.locator('#amis .pme-figure__explain').innerText(), /^Transmis 2\u00a0fois/);
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#mobiles');
  await waitForFirstDraw(page, 'amis');
  await page.waitForFunction(() => document.querySelector('#amis input[value="1"]')?.checked, null, { timeout: 10000 });
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the amis relays show the derived upper bounds; segmenting cuts them', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'amis');
  await page.click('#amis label:has-text("3 fois")');
  // The paragraph under the chart is its text alternative; the canvas
  // only names itself, or a screen reader would read the finding twice.
  const finding = () => page.locator('#amis .pme-figure__explain').innerText();
  const named = () => page.getAttribute('#amis canvas', 'aria-label');
  // 120³ is the third circle's bound; the first two circles add theirs.
  assert.match(await finding(), /1\u202f728\u202f000\u00a0personnes rien qu’au 3e\u00a0cercle.*120\u00a0×\u00a0120\u00a0×\u00a0120/);
  assert.doesNotMatch(await named(), /\d/, 'the canvas repeats no figure of the paragraph');
  await page.click('#amis label:has-text("Segmenter la diffusion")');
  assert.match(await finding(), /seul un cercle que vous choisissez/);
  assert.doesNotMatch(await named(), /\d|segment/i);
  // The relays are cut: no count of them is shown chosen, and the
  // reader's count comes back with the relays.
  const relays = page.locator('#amis input[name="amis-relais"]');
  assert.deepEqual(await relays.evaluateAll((inputs) => inputs.map((i) => [i.checked, i.matches(':disabled')])), [[false, true], [false, true], [false, true]]);
  await page.click('#amis label:has-text("Segmenter la diffusion")');
  assert.deepEqual(await relays.evaluateAll((inputs) => inputs.map((i) => [i.checked, i.matches(':disabled')])), [[false, false], [false, false], [true, false]]);
  assert.match(await finding(), /^Transmis 3\u00a0fois/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the temps slider derives minutes from the reader’s hours', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'temps');
  await page.locator('#temps input[type=range]').fill('6');
  assert.equal(await page.locator('#temps output').innerText(), '6\u00a0h');
  // Said by the slider alone: its value text, not a second, live, « 6 h ».
  assert.equal(await page.locator('#temps').getByRole('slider', { name: 'Vos heures en ligne par jour', exact: true }).count(), 1);
  assert.equal(await page.locator('#temps').getByRole('status').count(), 0, 'no live <output>');
  assert.match(await page.getAttribute('#temps canvas', 'aria-label'), /6\u00a0h en ligne par jour en donneraient 1\u00a0h\u00a012\u00a0min \(calcul\u00a0: 20\u00a0%\u00a0×\u00a06\u00a0h\)\.$/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const width of [375, 768, 1280]) {
  test(`at ${width} px the temps slider's value sits beside the slider or above its end, and the slider keeps its length`, async () => {
    const { context, page, errors } = await open({ viewport: { width, height: 900 } });
    await waitForChart(page, 'temps');
    const slider = await page.locator('#temps input[type=range]').boundingBox();
    const value = await page.locator('#temps output').boundingBox();
    const middle = value.y + value.height / 2;
    if (width < 480) {
      assert.ok(value.y + value.height <= slider.y, 'the value is not above the slider');
      assert.ok(Math.abs(value.x + value.width - (slider.x + slider.width)) <= 3, 'the value does not end where the slider ends');
    } else {
      assert.ok(middle > slider.y && middle < slider.y + slider.height,
        `the value (y ${value.y}–${value.y + value.height}) is not on the slider's line (y ${slider.y}–${slider.y + slider.height})`);
      assert.ok(value.x >= slider.x + slider.width, 'the value is not after the slider');
    }
    // The value's text changes length (« 2 h », « 11 h 30 min »); the track
    // must not, or the thumb slides away from the pointer while dragging.
    const lengths = [];
    for (const hours of ['2', '2.5', '11.5', '0.5']) {
      await page.locator('#temps input[type=range]').fill(hours);
      lengths.push((await page.locator('#temps input[type=range]').boundingBox()).width);
    }
    assert.deepEqual(lengths.map((w) => Math.round(w)), lengths.map(() => Math.round(slider.width)), 'track length per value');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('selecting a circle by keyboard explains which network serves it', async () => {
  const { context, page, errors } = await open();
  await waitForChart(page, 'cercles');
  await page.locator('#cercles .pme-figure__stage').focus();
  await page.keyboard.press('ArrowRight'); // Family leaf
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  assert.match(await page.locator('#cercles .pme-figure__explain').innerText(), /Family leaf.*aucun nombre/);
  assert.equal(await page.isChecked('#cercles input[value="Family leaf"]'), true);
  // Drawn in the accent, the chosen circle is said to be chosen, and only it.
  assert.match(await liveRegion(page, 'cercles').innerText(), /^Family leaf\u00a0: .* — cercle choisi$/);
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(100);
  assert.match(await liveRegion(page, 'cercles').innerText(), /^Pair\u00a0: un lien privilégié avec 1\u00a0personne seulement$/);
  // Coming back to the chart, or after Escape, the keys start on the chosen circle.
  await page.locator('#cercles .pme-figure__stage').blur();
  await page.locator('#cercles .pme-figure__stage').focus();
  await page.waitForTimeout(100);
  assert.match(await liveRegion(page, 'cercles').innerText(), /^Family leaf\u00a0: .* — cercle choisi$/);
  // « Vous » comes first, as in amis, and is no circle to choose.
  await page.keyboard.press('Home');
  await page.waitForTimeout(100);
  assert.match(await liveRegion(page, 'cercles').innerText(), /^Vous\u00a0: au centre de vos cercles/);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  assert.equal(await page.isChecked('#cercles input[value="Family leaf"]'), true, 'Enter on « Vous » chooses nothing');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.match(await liveRegion(page, 'cercles').innerText(), /^Family leaf\u00a0: .* — cercle choisi$/);
  assert.deepEqual(errors, []);
  await context.close();
});
