/* global window */
/*
 * Runs before the pane's bundle (taskpane.html loads it at the end of <body>, the bundle is
 * deferred). The pane is ES2022 with React and Fluent UI v9: Excel 2016 and 2019, which may show
 * add-ins in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML), and Safari before 16.4
 * cannot run it and would show a blank pane. Where what the bundle needs is missing, or the bundle
 * fails to parse before the pane is drawn, this takes #root away and shows the page's
 * #unsupported-host notice (what to use instead) with this page's address filled in.
 *
 * ES5 only (IE11 must parse it; tests/taskpane/host-check.test.ts checks) and no inline script
 * (the page's CSP forbids it). Everything is read through `window`, so a test can take it away.
 */
(function (w) {
  'use strict';

  /** What the bundle calls that engines without ES2022 lack (checked against the built bundle). */
  function supported() {
    var O = w.Object;
    var A = w.Array;
    return (
      typeof w.Promise === 'function' &&
      typeof w.Symbol === 'function' &&
      typeof w.WeakRef === 'function' &&
      typeof w.structuredClone === 'function' &&
      typeof O.hasOwn === 'function' &&
      typeof O.fromEntries === 'function' &&
      typeof A.prototype.at === 'function' &&
      typeof A.prototype.findLast === 'function' &&
      typeof A.prototype.flatMap === 'function'
    );
  }

  function showNotice() {
    var doc = w.document;
    var notice = doc.getElementById('unsupported-host');
    var root = doc.getElementById('root');
    if (notice === null || notice.style.display === 'block') return;
    if (root !== null && root.parentNode !== null) root.parentNode.removeChild(root);
    var address = w.location.href.split('?')[0].split('#')[0];
    var slots = notice.getElementsByTagName('code');
    for (var i = 0; i < slots.length; i++) slots[i].textContent = address;
    notice.style.display = 'block';
  }

  if (!supported()) {
    showNotice();
    return;
  }

  // Syntax newer than this engine (a class static block in Safari 16.3) fails the whole bundle
  // with a SyntaxError before anything is drawn: the loading line is still there.
  w.addEventListener('error', function (event) {
    var stillLoading = w.document.getElementById('boot') !== null;
    if (stillLoading && event.error instanceof w.SyntaxError) showNotice();
  });
})(window);
