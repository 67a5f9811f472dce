// Starts « PME et Réseaux Sociaux ». Trunk writes an empty tag in place of
// its own loader (Trunk.toml, pattern_script) with the hashed files' paths
// in data-js and data-wasm; the build puts this script inside it
// (scripts/inline-head.mjs), and the site's Content-Security-Policy allows
// it by its hash. It runs in <head>, before the first paint, to apply an embed's display
// options at once: an embed is the prerendered page, which the stylesheet
// shows in part from these attributes. The app parses every parameter
// again, strictly, to know which of its parts to start.
(() => {
  'use strict';
  const script = document.currentScript;
  const root = document.documentElement;
  // The stylesheet shows the page's plain version (no canvases, no buttons,
  // every data table) unless this mark is on: without scripting, or if this
  // loader is blocked, no chart would come.
  root.classList.add('pme-live');
  const query = [...new URLSearchParams(location.search)];
  // A parameter's value as the app reads it (src/embed/config.rs): its
  // first occurrence, trimmed (Rust's White_Space), and empty if longer than
  // 64 bytes; others ignored. Were the two to disagree, a hostile link could
  // make this script hide the article that the app then renders.
  // Trimmed one character at a time: a regular expression anchored at the
  // end backtracks over every run of spaces, and a link holding 100 000 of
  // them would freeze the page before its first paint.
  const space = /[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
  const trim = (text) => {
    let start = 0;
    let end = text.length;
    while (start < end && space.test(text[start])) start++;
    while (end > start && space.test(text[end - 1])) end--;
    return text.slice(start, end);
  };
  const bytes = new TextEncoder();
  const param = (name) => {
    for (const [key, raw] of query) {
      if (key !== name) continue;
      const value = trim(raw);
      return bytes.encode(value).length <= 64 ? value : '';
    }
    return null;
  };
  const embed = param('embed');
  // Any id but the six the page knows is « inconnu »: nothing of the URL is
  // kept, not even in an attribute or the height message below.
  const chart = /^(amis|cercles|actualite|temps|mobiles)$/.test(embed);
  if (embed !== null) {
    root.dataset.embed = chart || embed === 'article' ? embed : 'inconnu';
    // An embed of one chart is named after it, and one of an unknown id after
    // its message: in the tab and the history, and for a screen reader when
    // the host's iframe has no title.
    if (embed !== 'article') {
      document.addEventListener('DOMContentLoaded', () => {
        const name = document.querySelector(chart ? `#${embed}-titre` : '.pme-embed-error h1')?.textContent;
        if (name) document.title = `${name} — ${document.title}`;
        // The credit under a chart leads to that chart in the article.
        const credit = document.querySelector('.pme-credit a');
        if (chart && credit) credit.hash = embed;
      }, { once: true });
    }
  }
  // A page that lands on a place: a link into it (#temps), or a reload or
  // Back, which return to where the reader was. The whole page is laid out
  // from the start (see « First paint » in the stylesheet), so that the
  // browser scrolls to the real place, not to one reckoned from estimated
  // heights (a reload 4 500 px down on a phone landed 400 px above).
  const arrival = performance.getEntriesByType('navigation')[0]?.type;
  if (location.hash.length > 1 || arrival === 'reload' || arrival === 'back_forward') root.dataset.landing = '';
  const framed = parent !== window;
  if (framed) root.dataset.framed = ''; // see « A transparent embed » in the stylesheet
  const theme = param('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (param('bg') === 'transparent') root.dataset.bg = 'transparent';
  if (param('controls') === '0') root.dataset.controls = '0';
  if (param('anim') === '0') root.dataset.anim = '0';
  const accent = param('accent');
  if (accent && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) {
    root.style.setProperty('--pme-accent', accent);
    root.dataset.accent = ''; // its tints follow (assets/styles.css)
  }

  // Paper is light, whatever the screen's theme: the stylesheet prints in
  // the light scheme, and the charts, redrawn as printing begins, read
  // their colours while this mark is on (print media may not apply yet).
  addEventListener('beforeprint', () => { root.dataset.printing = ''; });
  addEventListener('afterprint', () => { delete root.dataset.printing; });
  // Escape closes a chart's tooltip wherever the keyboard's focus is, one
  // the pointer opened too (WCAG 1.4.13): the app drops it as when the
  // pointer leaves the chart (src/components/chart_stage.rs).
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      for (const stage of document.querySelectorAll('.pme-figure__stage')) stage.dispatchEvent(new PointerEvent('pointerleave'));
    }
  });

  // In a frame, an embed posts its height to the host page, whose embed.js
  // sizes the iframe it came from: once parsed and whenever it changes,
  // charts or not (a height is not secret, so to any origin). Once parsed
  // at once: an observer's first call waits for the frame to be drawn,
  // which a browser pauses while a frame on another origin is off screen.
  // The body's height follows the content; the root's never goes below
  // the frame's.
  if (embed !== null && framed && typeof ResizeObserver === 'function') {
    const post = () => parent.postMessage(
      { type: 'pme-infographie:resize', embed: root.dataset.embed, height: document.body.scrollHeight }, '*');
    document.addEventListener('DOMContentLoaded', () => {
      post();
      new ResizeObserver(post).observe(document.body);
    }, { once: true });
    // A host script that came after that post asks again (embed.js), and
    // says each height it sets. With no word from it 3 s after the load,
    // nothing sizes the frame (some CMSs strip scripts): it keeps its
    // code's height, and scrolls (« Embeds » in the stylesheet).
    let sized = false;
    addEventListener('message', (event) => {
      const type = event.source === parent && event.data?.type;
      if (type === 'pme-infographie:measure' && document.body) post();
      if (type === 'pme-infographie:sized') {
        sized = true;
        delete root.dataset.scrolls;
      }
    });
    addEventListener('load', () => setTimeout(() => { if (!sized) root.dataset.scrolls = ''; }, 3000));
  }

  // « Intégrer »'s preview of a chart is an embed of this page, which posts
  // its height (above): the frame takes it, as embed.js sizes a publisher's,
  // so that the whole chart shows at any width.
  addEventListener('message', (event) => {
    const height = Math.ceil(event.data?.height);
    if (event.origin !== location.origin || event.data?.type !== 'pme-infographie:resize' || !(height > 0 && height < 1e5)) return;
    for (const frame of document.querySelectorAll('.pme-dialog__preview[height]')) {
      if (frame.contentWindow === event.source) {
        frame.height = height;
        event.source.postMessage({ type: 'pme-infographie:sized' }, location.origin);
      }
    }
  });

  // Puts the page in its failed state: CSS hides the canvases, so each
  // figure's plain-text statement shows, and one polite notice (text only)
  // goes before the app. The article stays as it is. It is told what
  // happened, said of one chart (a chart embed: no article to speak of)
  // and of several.
  const showFailure = ([one, several]) => {
    // The figures take their plain heights, which differ from the ones
    // reckoned for them (see « First paint » in the stylesheet), and the
    // notice goes above: the block at the top of the screen stays there.
    const seen = [...document.querySelectorAll('figure, p')].find((block) => block.getBoundingClientRect().bottom > 0);
    const top = seen?.getBoundingClientRect().top;
    root.classList.replace('pme-live', 'pme-failed');
    // A chart the app had started is no longer a stop for the keys.
    for (const stage of document.querySelectorAll('.pme-figure__stage')) stage.inert = true;
    const mount = document.getElementById('pme-app');
    // An unknown embed shows its own message, and no article to speak of.
    if (!mount || document.getElementById('pme-failure') || root.dataset.embed === 'inconnu') return;
    const notice = document.createElement('p');
    notice.id = 'pme-failure';
    notice.className = 'pme-failure';
    notice.role = 'status';
    notice.textContent = chart
      ? `Le graphique interactif ${one}. Son chiffre et ses données restent affichés ci-dessous.`
      : `Les graphiques interactifs ${several}. L’article reste entièrement lisible, et chaque chiffre est rappelé dans son encadré.`;
    mount.before(notice);
    // At the top of the page, the notice shows: nothing above to keep still.
    if (seen && scrollY) scrollBy(0, seen.getBoundingClientRect().top - top);
  };
  const fail = (error) => {
    // A browser without WebAssembly is not an error of the page: say so quietly.
    const report = error instanceof Unsupported ? console.warn : console.error;
    report('pme-infographie : les graphiques n’ont pas pu démarrer.', error?.message ?? error);
    showFailure(['n’a pas pu se charger', 'n’ont pas pu se charger']);
  };
  // A panic of the running app ends in a Wasm trap (release builds abort at
  // once: scripts/setup.sh), thrown out of whichever callback it happened in;
  // the browser reports it, and the app must not be trusted after it.
  const Trap = globalThis.WebAssembly?.RuntimeError;
  const crashed = (error) => {
    if (Trap && error instanceof Trap) {
      showFailure(['a rencontré un problème et est désactivé', 'ont rencontré un problème et sont désactivés']);
    }
  };
  addEventListener('error', (event) => crashed(event.error));
  addEventListener('unhandledrejection', (event) => crashed(event.reason));
  class Unsupported extends Error {}
  const start = async () => {
    if (typeof WebAssembly !== 'object' || WebAssembly === null) {
      throw new Unsupported('ce navigateur n’exécute pas WebAssembly');
    }
    const { default: init } = await import(new URL(script.dataset.js, document.baseURI));
    await init({ module_or_path: new URL(script.dataset.wasm, document.baseURI) });
  };
  // Until its island starts, a chart is the server's HTML, which the app
  // renders anew (src/boot.rs). What the reader did to it meanwhile is done
  // again to the new one, not lost to a slow download: each button pressed
  // (once, however often: nothing seemed to happen), and each choice made,
  // set as the reader left it. Only what the reader used: the island starts
  // from the address (?relais=2), which the server's HTML does not show,
  // and the browser may have restored that HTML's choices on « Back ».
  // (A click on a chosen option changes nothing, but says it is wanted.)
  const used = new WeakSet();
  for (const type of ['click', 'input']) {
    addEventListener(type, ({ target }) => {
      const control = target.closest?.('button, input');
      if (control) used.add(control);
    });
  }
  // The element that last took the focus: a server's control stays the
  // last one until the app's own refocus (src/boot.rs) gives its twin focus.
  let lastFocused = null;
  addEventListener('focusin', ({ target }) => { lastFocused = target; }, true);
  // A pointer pressed in an island holds its start (src/boot.rs): rendered
  // anew under a drag, the server's slider would take the drag with it.
  // Pointer events, not :active, which a touch drag does not set. Only the
  // primary button of the first pointer, released by its own id; and on
  // what may come instead of its release (a context menu, a drag of the
  // page's text, the window left, a move with no button down), so that no
  // island waits for a release that never comes.
  const release = (id) => {
    for (const island of document.querySelectorAll('[data-pressed]')) {
      if (id === undefined || island.dataset.pressed === String(id)) island.removeAttribute('data-pressed');
    }
  };
  addEventListener('pointerdown', (e) => {
    if (e.isPrimary && e.button === 0) e.target.closest?.('[data-island]')?.setAttribute('data-pressed', e.pointerId);
  }, true);
  for (const type of ['pointerup', 'pointercancel']) addEventListener(type, (e) => release(e.pointerId), true);
  addEventListener('pointermove', (e) => e.buttons || release(e.pointerId), true);
  // (The window's blur only: an element's, which a press itself causes,
  // reaches no listener on the window but a capturing one.)
  for (const type of ['contextmenu', 'dragstart', 'blur']) addEventListener(type, () => release());
  /** Minutes in the app's words: « 24 min », « 2 h », « 4 h 30 min ». */
  const duration = (minutes) => {
    const total = Math.round(minutes);
    const hours = total / 60 | 0;
    return hours ? hours + '\xa0h' + (total % 60 ? '\xa0' + total % 60 + '\xa0min' : '') : total + '\xa0min';
  };
  const replay = () => {
    for (const island of document.querySelectorAll('[data-island]')) {
      const early = [...island.querySelectorAll('button, input')];
      // Until its island starts, a slider's words follow it, as the app
      // writes them (format_duration, src/data/format_fr.rs; the value text
      // and its derived minutes, src/charts/temps/): dragged early, it
      // shows and says the hours chosen, not the first ones.
      for (const slider of early) {
        if (slider.type === 'range') {
          slider.oninput = () => {
            const words = duration(slider.value * 60);
            slider.nextSibling.textContent = words;
            slider.ariaValueText = `${words} en ligne, dont ${duration(slider.value * 60 * slider.dataset.share / 100)} sur les réseaux sociaux`;
          };
        }
      }
      new MutationObserver((_, observer) => {
        const live = island.querySelectorAll('button, input');
        if (early[0]?.isConnected || live.length < early.length) return;
        observer.disconnect();
        // The control the reader was on, in the new island: whether the
        // app's refocus has come yet (its twin has the focus) or not.
        const was = early.indexOf(lastFocused);
        const focused = was < 0 ? document.activeElement : live[was];
        early.forEach((old, i) => {
          const twin = live[i];
          if (!used.has(old)) return;
          // One dialog at a time: « Intégrer » pressed in two charts opens
          // the first.
          if (old.localName === 'button') {
            if (!(old.ariaHasPopup && document.querySelector('dialog[open]'))) twin.click();
          } else if (old.checked !== twin.checked) {
            // A radio is chosen, not unchosen: its group's checked one sets it.
            if (old.checked || old.type === 'checkbox') twin.click();
          } else if (old.value !== twin.value) {
            twin.value = old.value; // a slider
            twin.dispatchEvent(new Event('input', { bubbles: true }));
          }
        });
        // A replayed « Segmenter » disables the relays: if the reader's
        // control is one, the focus goes to the next control that can take
        // it, in the chart. Watched, not waited for: the app renders the
        // change when its scheduler comes to it, which, yielding to the
        // browser on a busy machine, may be tasks later, before or after
        // its refocus. Only this island's: the next may start meanwhile.
        // (4: the control follows it.)
        new MutationObserver((_, watcher) => {
          const on = [lastFocused, focused].find((c) => island.contains(c));
          if (!on?.matches(':disabled')) return;
          watcher.disconnect();
          [...island.querySelectorAll('button, input')]
            .find((c) => on.compareDocumentPosition(c) & 4 && !c.matches(':disabled'))?.focus();
        }).observe(island, { subtree: true, attributeFilter: ['disabled'] });
      }).observe(island, { childList: true });
    }
  };
  const run = () => {
    replay();
    start().catch(fail);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
})();
