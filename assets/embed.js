// « PME et Réseaux Sociaux » host script: keeps each embedded iframe exactly
// as tall as its content. Add once per page, after the iframes or anywhere.
// It only acts on messages of its own type sent by one of this page's
// iframes showing the infographic (from the origin this script comes from,
// and whose address is on that origin), and only sets that iframe's height:
// any other window or frame, an ad's for instance, cannot resize anything.
(() => {
  'use strict';
  if (window.pmeInfographieHost) return;
  window.pmeInfographieHost = true;
  const script = document.currentScript;
  const home = script && script.src ? new URL(script.src, location.href).origin : null;
  // The origin of the page an iframe shows, or null for an unreadable src.
  const shows = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  };
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'pme-infographie:resize') return;
    if (!event.source || (home !== null && event.origin !== home)) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (shows(frame) === event.origin) {
        frame.style.height = `${Math.ceil(height)}px`;
        // Sized: the embed needs no scrollbar of its own (its boot.js).
        event.source.postMessage({ type: 'pme-infographie:sized' }, event.origin);
      }
      return;
    }
  });
  // An embed posts its height as it loads: the frames that did so before
  // this script ran (one added late by a tag or consent manager, say) are
  // asked for it again. Only frames showing this script's origin are asked,
  // to any origin: a frame still blank, or sandboxed, has another, and the
  // request says nothing.
  if (home === null) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (shows(frame) === home) frame.contentWindow?.postMessage({ type: 'pme-infographie:measure' }, '*');
  }
})();
