// Accessibility: axe-core (pinned in package.json) finds no violation on the
// article and on every embed, in light and dark, nor with a dialog open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, CHART_IDS, useSite, waitForChart } from './support.mjs';

const site = useSite();

for (const colorScheme of ['light', 'dark']) {
  test(`the article has no axe violation (${colorScheme})`, async () => {
    const { context, page } = await site.open({ colorScheme });
    await waitForChart(page, 'amis');
    assert.deepEqual(await violations(page), []);
    await page.click('#amis .pme-tools button:has-text("Intégrer")');
    await page.waitForTimeout(500);
    assert.deepEqual(await violations(page), [], 'with the « Intégrer » dialog open');
    await context.close();
  });

  test(`every embed has no axe violation (${colorScheme})`, async () => {
    for (const embed of [...CHART_IDS, 'article', 'inconnu']) {
      const { context, page } = await site.open({ colorScheme }, { path: `?embed=${embed}` });
      if (CHART_IDS.includes(embed)) await waitForChart(page, embed);
      else await page.waitForTimeout(800);
      assert.deepEqual(await violations(page), [], `embed=${embed}`);
      await context.close();
    }
  });
}

/** The headings as assistive technology gets them, in order: `[level, name]`. */
function outline(page) {
  return page.getByRole('heading').evaluateAll((headings) =>
    headings.map((h) => [Number(h.tagName.slice(1)), h.textContent.trim()]));
}

/** The first level that skips one (h2 → h4), or none. */
function skipped(headings) {
  return headings.find(([level], i) => level > (i === 0 ? 1 : headings[i - 1][0] + 1));
}

test('each chart title is a heading, and no outline skips a level, on the page or in an embed', async () => {
  const { context, page } = await site.open();
  await waitForChart(page, 'amis');
  const headings = await outline(page);
  assert.equal(headings[0][0], 1, 'the article title comes first');
  assert.equal(skipped(headings), undefined, JSON.stringify(headings));
  const titles = {};
  for (const id of CHART_IDS) {
    titles[id] = (await page.locator(`#${id}-titre`).textContent()).trim();
    assert.ok(headings.some(([, name]) => name === titles[id]), `${id}'s title is in ${JSON.stringify(headings)}`);
  }
  for (const id of CHART_IDS) {
    await page.goto(`${site.url}?embed=${id}`);
    await waitForChart(page, id);
    const embedded = await outline(page);
    assert.equal(embedded[0][0], 1, `embed=${id}: the article's title leads`);
    assert.equal(skipped(embedded), undefined, `embed=${id}: ${JSON.stringify(embedded)}`);
    assert.equal(embedded.at(-1)[1], titles[id], `embed=${id} ends on its own title: ${JSON.stringify(embedded)}`);
  }
  await context.close();
});

/**
 * Every button in the accessibility tree as a screen reader says it on
 * arrival: its name, after the names of the named groups round it.
 */
async function buttonsInContext(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const said = (node) => (node.ignored ? '' : node.name?.value ?? '');
  return nodes.filter((node) => !node.ignored && node.role?.value === 'button').map((button) => {
    const groups = [];
    for (let up = byId.get(button.parentId); up; up = byId.get(up.parentId)) {
      if (up.role?.value === 'group' && said(up)) groups.unshift(said(up));
    }
    return { name: said(button), context: groups.join(' › ') };
  });
}

test('buttons that share a name are told apart by the named group round each', async () => {
  const { context, page } = await site.open();
  for (const id of CHART_IDS) await waitForChart(page, id);
  const buttons = await buttonsInContext(page);
  const said = buttons.map(({ name, context }) => `${context} › ${name}`);
  // Five charts, each with « Rejouer », the table's button, PNG, CSV and « Intégrer ».
  const shared = buttons.filter(({ name }) => buttons.filter((b) => b.name === name).length > 1);
  assert.ok(shared.length >= 5 * CHART_IDS.length, JSON.stringify(said, null, 1));
  assert.equal(new Set(said).size, said.length, `told apart: ${JSON.stringify(said, null, 1)}`);
  for (const id of CHART_IDS) {
    const title = (await page.locator(`#${id}-titre`).textContent()).trim();
    const replay = buttons.filter(({ name, context }) => name === 'Rejouer' && context.includes(title));
    assert.equal(replay.length, 1, `${id}'s « Rejouer » is said with its title: ${JSON.stringify(said, null, 1)}`);
    const png = buttons.filter(({ name, context }) => /PNG$/.test(name) && context.includes(`Données et partage\u00a0: ${title}`));
    assert.equal(png.length, 1, `${id}'s PNG is said with « Données et partage » and its title`);
  }
  await context.close();
});
