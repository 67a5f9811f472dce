// « PME et Réseaux Sociaux » host script: keeps each embedded iframe exactly
// as tall as its content. Add once per page, after the iframes or anywhere.
// It only acts on messages of its own type coming from an iframe of this
// page, and only sets that iframe's height.
(() => {
  'use strict';
  if (window.pmeInfographieHost) return;
  window.pmeInfographieHost = true;
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'pme-infographie:resize') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });
})();
