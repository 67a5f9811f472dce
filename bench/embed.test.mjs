// The publisher's page and the byte count of bench/embed.mjs (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesByOrigin, peerEmbedCode, publisherPage } from './embed.mjs';

test('the publisher’s page holds the embed code once, after its heading and first paragraph, with text after it', () => {
  const code = '<iframe src="http://127.0.0.1:1/?embed=amis#amis" title="T"></iframe>\n<script src="http://127.0.0.1:1/embed.js" async></script>';
  const page = publisherPage(code);
  assert.equal(page.split(code).length, 2, 'the code appears exactly once, unchanged');
  const [before, after] = page.split(code);
  assert.match(before, /<h1>[^<]+<\/h1>\s*<p>[^<]+<\/p>\s*$/, 'a heading and a paragraph come first');
  assert.ok((after.match(/<p>/g) ?? []).length >= 3, 'paragraphs follow, to show any shift');
  assert.match(page, /^<!doctype html>\n<html lang="fr">/);
  assert.match(page, /<meta name="viewport"/, 'laid out at the phone’s width, as the peer and our page are');
});

test('the peer’s embed code frames its one-chart page for the chart asked, escaped', () => {
  const code = peerEmbedCode('http://127.0.0.1:9/', 'temps');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:9\/embed\.html\?chart=temps" /);
  assert.match(code, /loading="lazy"/, 'lazy as ours is');
  assert.match(peerEmbedCode('http://x/', 'a&b"'), /chart=a%26b%22"/);
});

test('bytes are summed by origin, and data: URLs and missing sizes count nothing', () => {
  const bytes = bytesByOrigin([
    { url: 'http://127.0.0.1:1/page.html', wire: 600 },
    { url: 'http://127.0.0.1:2/?embed=amis', wire: 11000 },
    { url: 'http://127.0.0.1:2/app.wasm', wire: 85000 },
    { url: 'http://127.0.0.1:2/embed.js' },
    { url: 'data:,', wire: 0 },
  ]);
  assert.deepEqual(bytes, {
    'http://127.0.0.1:1': { requests: 1, wire: 600 },
    'http://127.0.0.1:2': { requests: 3, wire: 96000 },
  });
});
