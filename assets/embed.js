// « PME et Réseaux Sociaux » host script: keeps each embedded iframe exactly
// as tall as its content. Add once per page, after the iframes or anywhere,
// from the infographic's site or as a copy on the publisher's own.
// It only acts on messages of its own type sent by one of this page's
// iframes showing an embed (an address with `embed=`), from that address's
// origin, and only sets that iframe's height: any other window or frame, an
// ad's for instance, cannot resize anything.
(() => {
  'use strict';
  if (window.pmeInfographieHost) return;
  window.pmeInfographieHost = true;
  // The origin of the embed an iframe shows, or null for any other frame.
  const embedOrigin = (frame) => {
    try {
      const url = new URL(frame.src, location.href);
      return url.searchParams.has('embed') ? url.origin : null;
    } catch {
      return null;
    }
  };
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'pme-infographie:resize' || !event.source) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (embedOrigin(frame) === event.origin) {
        // A host's `box-sizing: border-box` puts the frame's padding and
        // border inside its height: they are added, or the embed's foot is cut.
        const box = getComputedStyle(frame);
        const edges = box.boxSizing === 'border-box'
          ? ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, edge) => sum + parseFloat(box[edge]), 0)
          : 0;
        frame.style.height = `${Math.ceil(height + edges)}px`;
        // Sized: the embed needs no scrollbar of its own (its boot.js).
        event.source.postMessage({ type: 'pme-infographie:sized' }, event.origin);
      }
      return;
    }
  });
  // An embed posts its height as it loads and as it changes. It is asked
  // again: by the frames that did so before this script ran (one added late
  // by a tag or consent manager, say), and whenever a frame's width changes;
  // a frame off screen may not see that itself, as the browser pauses its
  // rendering. The observer's first call, as it starts watching a frame,
  // is the first request; frames added later are found as they load. To
  // any origin: a frame still blank, or sandboxed, has another, and the
  // request says nothing.
  const widths = new WeakMap();
  const measure = (frame) => frame.contentWindow?.postMessage({ type: 'pme-infographie:measure' }, '*');
  const resized = typeof ResizeObserver === 'function' && new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      if (widths.get(target) === contentRect.width) continue;
      widths.set(target, contentRect.width);
      measure(target);
    }
  });
  const watch = (frame) => {
    if (embedOrigin(frame) === null) return;
    if (resized) resized.observe(frame);
    else measure(frame);
  };
  document.querySelectorAll('iframe').forEach(watch);
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLIFrameElement) watch(event.target);
  }, true);
})();
