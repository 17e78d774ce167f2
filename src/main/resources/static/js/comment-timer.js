// The comment form's minimum fill time. Pages are the same for every reader (and cached), so
// the form carries no start time of its own. When the reader first starts on the form, this asks
// the site for a start time signed by the server; a comment sent back sooner than a person
// could write one is quietly marked as spam. Without JavaScript the field stays empty and the
// comment relies on the other checks (hidden field, duplicate and hourly limits, moderation).
(function () {
  'use strict';
  var form = document.getElementById('comment-form');
  var started = document.getElementById('comment-started');
  if (!form || !started || !window.fetch) {
    return;
  }
  var asked = false;
  function start() {
    if (asked || started.value) {
      return;
    }
    asked = true;
    fetch(started.getAttribute('data-timer-url'), { credentials: 'omit', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (answer && answer.started && !started.value) {
          started.value = answer.started;
        }
      })
      .catch(function () { asked = false; });
  }
  form.addEventListener('focusin', start);
  form.addEventListener('input', start);
}());
