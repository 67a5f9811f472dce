// Starts « PME et Réseaux Sociaux » without any inline script, so the page
// passes a strict Content-Security-Policy (script-src 'self').
// Trunk writes this tag in place of its inline loader (Trunk.toml,
// pattern_script) with the hashed file names in data-js and data-wasm.
// It runs in <head>, before the first paint, to apply an embed's display
// options at once; the app itself parses every parameter again, strictly.
(() => {
  'use strict';
  const script = document.currentScript;
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  const embed = query.get('embed');
  if (embed !== null) root.dataset.embed = /^[a-z]{1,20}$/.test(embed) ? embed : 'inconnu';
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (query.get('bg') === 'transparent') root.dataset.bg = 'transparent';
  const accent = query.get('accent');
  if (accent && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) root.style.setProperty('--pme-accent', accent);

  const fail = (error) => {
    console.error('pme-infographie : les graphiques n’ont pas pu démarrer.', error);
    root.classList.add('pme-failed');
    const mount = document.getElementById('pme-app');
    if (!mount || document.getElementById('pme-failure')) return;
    const notice = document.createElement('p');
    notice.id = 'pme-failure';
    notice.className = 'pme-failure';
    notice.setAttribute('role', 'status');
    notice.textContent = 'Les graphiques interactifs n’ont pas pu se charger. '
      + 'L’article reste entièrement lisible, et chaque chiffre est rappelé dans son encadré.';
    mount.before(notice);
  };
  const start = async () => {
    if (typeof WebAssembly !== 'object') throw new Error('WebAssembly indisponible');
    const { default: init } = await import(new URL(script.dataset.js, script.src));
    await init({ module_or_path: new URL(script.dataset.wasm, script.src) });
  };
  const run = () => start().catch(fail);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
})();
