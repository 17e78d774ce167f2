// Page feedback: with JavaScript, "Yes", "No" and a problem report are sent without leaving the
// page. The server answers exactly as it does for a plain form post (a redirect to the article
// with the thank-you), so the script takes the feedback block from that page and puts it in
// place of this one, then moves focus to the thank-you. A report with mistakes, or one over the
// hourly limit, is sent again as a normal form post, so the reader gets the page that explains it
// with their text kept; nothing was stored the first time. Without JavaScript the forms post and
// the page comes back at the feedback block.
(function () {
  'use strict';
  if (!window.fetch || !window.FormData || !window.URLSearchParams || !window.DOMParser) {
    return;
  }

  function send(form, submitter) {
    if (form.getAttribute('data-sending') === 'true') {
      return;
    }
    var body = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) {
      body.append(submitter.name, submitter.value);
    }
    form.setAttribute('data-sending', 'true');
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html' },
      body: body
    }).then(function (response) {
      if (!response.ok || !response.redirected) {
        throw new Error('Sent back: ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, 'text/html');
      var fresh = page.getElementById('page-feedback');
      var current = document.getElementById('page-feedback');
      if (!fresh || !current) {
        throw new Error('No feedback block in the answer');
      }
      var block = document.importNode(fresh, true);
      // this script is running already; its copy in the new block must not start again
      Array.prototype.forEach.call(block.querySelectorAll('script'), function (script) {
        script.parentNode.removeChild(script);
      });
      current.parentNode.replaceChild(block, current);
      var notice = block.querySelector('.notice');
      if (notice) {
        notice.setAttribute('tabindex', '-1');
        notice.focus();
      }
    }).catch(function () {
      form.removeAttribute('data-sending');
      // the plain form post gives the reader the page that explains what happened
      if (submitter && submitter.name) {
        var kept = document.createElement('input');
        kept.type = 'hidden';
        kept.name = submitter.name;
        kept.value = submitter.value;
        form.appendChild(kept);
      }
      HTMLFormElement.prototype.submit.call(form);
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.closest || !form.closest('#page-feedback')) {
      return;
    }
    // a browser that does not say which button was pressed sends the form itself
    if (!('submitter' in event)) {
      return;
    }
    event.preventDefault();
    send(form, event.submitter);
  });
}());
