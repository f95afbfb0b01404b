// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';

  // "Copy link" copies instead of navigating.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-copy]');
    if (!a || !navigator.clipboard) return;
    e.preventDefault();
    navigator.clipboard.writeText(a.getAttribute('data-copy')).then(function () {
      var old = a.textContent;
      a.textContent = 'Link copied';
      setTimeout(function () { a.textContent = old; }, 2000);
    });
  });

  function debounce(fn, ms) {
    var t;
    return function () {
      var args = arguments;
      clearTimeout(t);
      t = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  function el(tag, text, attrs) {
    var n = document.createElement(tag);
    if (text) n.textContent = text;
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    return n;
  }

  // While a patient writes: red-flag triage and "these look like yours".
  var body = document.querySelector('textarea[data-triage]');
  if (body) {
    var title = document.getElementById('f-title');
    var live = document.getElementById('triage-live');
    var look = document.getElementById('lookalike');
    var text = function () { return (title ? title.value + '\n' : '') + body.value; };
    var check = debounce(function () {
      fetch('/api/triage', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: text() }) })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (res) {
          if (!res || !live) return;
          live.textContent = '';
          if (!res.emergency) return;
          var box = el('div', '', { class: 'urgent', role: 'alert' });
          var strong = el('strong', res.guidance.title);
          var head = el('p');
          head.appendChild(strong);
          box.appendChild(head);
          res.guidance.paragraphs.forEach(function (p) { box.appendChild(el('p', p)); });
          var ul = el('ul');
          res.numbers.forEach(function (n) {
            var li = el('li', n.label + ': ');
            li.appendChild(el('a', n.number, { href: 'tel:' + n.number }));
            ul.appendChild(li);
          });
          box.appendChild(ul);
          live.appendChild(box);
        })
        .catch(function () {});
      fetch('/api/look-alike?text=' + encodeURIComponent(text().slice(0, 2000)))
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (res) {
          if (!res || !look) return;
          look.textContent = '';
          if (!res.results.length) return;
          look.appendChild(el('h2', 'These answered questions look like yours'));
          var ul = el('ul');
          res.results.forEach(function (q) {
            var li = el('li');
            li.appendChild(el('a', q.title, { href: q.url, target: '_blank', rel: 'noopener' }));
            ul.appendChild(li);
          });
          look.appendChild(ul);
        })
        .catch(function () {});
    }, 600);
    body.addEventListener('input', check);
    if (title) title.addEventListener('input', check);
  }

  // Live preview of a doctor's answer (the Preview button works without script).
  var answer = document.querySelector('textarea[data-preview]');
  if (answer) {
    var target = document.getElementById(answer.getAttribute('data-preview'));
    var render = debounce(function () {
      target.textContent = '';
      answer.value.split(/\n\s*\n/).forEach(function (p) {
        if (p.trim()) target.appendChild(el('p', p.trim()));
      });
    }, 200);
    answer.addEventListener('input', render);
  }
})();
