// The comparison page: five small Chart.js charts with Chart.js's default
// animations, as a typical page would make them. Two additions mirror what
// the infographic does, so both pages are measured the same way:
//  - each canvas gets `data-drawn` after its first draw (a plugin);
//  - a chart replays its entrance the first time half of it is on screen
//    (unless it was already on screen when created), and on « Rejouer ».
/* global Chart */
(() => {
  'use strict';
  const ORANGE = '#d9480f';
  const GREY = '#c9c4bb';

  const drawnMarker = {
    id: 'benchDrawn',
    afterDraw(chart) {
      if (!chart.canvas.hasAttribute('data-drawn')) chart.canvas.setAttribute('data-drawn', '');
    },
  };

  const bar = (labels, data, label, options = {}) => ({
    type: 'bar',
    data: { labels, datasets: [{ label, data, backgroundColor: [ORANGE, GREY] }] },
    options: { plugins: { legend: { display: false } }, ...options },
  });
  const doughnut = (share, labels) => ({
    type: 'doughnut',
    data: { labels, datasets: [{ data: [share, 100 - share], backgroundColor: [ORANGE, GREY] }] },
    options: { plugins: { legend: { position: 'bottom' } } },
  });

  const CHARTS = {
    amis: bar(['Amis en moyenne'], [120], 'Amis'),
    cercles: bar(['Pair', 'Amis en moyenne'], [1, 120], 'Personnes', { indexAxis: 'y' }),
    actualite: doughnut(30, ['S’informent sur les réseaux sociaux', 'Autres']),
    temps: doughnut(20, ['Réseaux sociaux', 'Reste du temps en ligne']),
    mobiles: bar(['Fin 2011'], [19], 'Millions de personnes'),
  };

  window.__peerAnimationComplete = {};
  const charts = new Map();
  for (const [id, config] of Object.entries(CHARTS)) {
    const figure = document.getElementById(id);
    if (!figure) continue; // embed.html holds one chart
    const canvas = figure.querySelector('canvas');
    config.plugins = [drawnMarker];
    config.options.maintainAspectRatio = false;
    config.options.animation = {
      onComplete: () => { window.__peerAnimationComplete[id] ??= performance.now(); },
    };
    const chart = new Chart(canvas, config);
    charts.set(canvas, { chart, created: performance.now(), entered: false });
    figure.querySelector('.pme-stage__bar button').addEventListener('click', () => {
      chart.reset();
      chart.update();
    });
  }

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const state = charts.get(entry.target);
      if (state.entered || entry.intersectionRatio < 0.5) continue;
      state.entered = true;
      // On screen from the start: the creation animation is its entrance.
      if (performance.now() - state.created > 100) {
        state.chart.reset();
        state.chart.update();
      }
    }
  }, { threshold: [0, 0.5] });
  for (const canvas of charts.keys()) observer.observe(canvas);
})();
