// Ratings: with JavaScript a vote is sent without reloading the page. "Please wait..." shows
// while it is on its way, then the new summary, the reader's own rating and a thank-you, in the
// form's live region so screen readers announce them. Arrow keys choose a star; Enter or Space on a star votes.
// Without JavaScript the same form posts and the page comes back with a confirmation.
(function () {
  'use strict';
  if (!window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }

  // what the page says while and after sending, given once for all the forms on the page
  var texts = document.getElementById('rating-texts');
  function phrase(name) {
    return texts ? texts.getAttribute('data-' + name) : '';
  }

  function say(form, text, problem) {
    var status = form.querySelector('.rating-status');
    var line = status.querySelector('.rating-message');
    if (!line) {
      line = document.createElement('p');
      line.className = 'rating-message';
      status.appendChild(line);
    }
    line.textContent = text;
    line.classList.toggle('rating-problem', !!problem);
  }

  // "You rated this 4 out of 5.", as the page says it after a reload
  function showOwn(form, value) {
    var text = phrase('own');
    if (!text || !value) {
      return;
    }
    var line = form.querySelector('.rating-own');
    if (!line) {
      line = document.createElement('p');
      line.className = 'rating-own';
      form.querySelector('.rating-summary').insertAdjacentElement('afterend', line);
    }
    line.textContent = text.replace('{0}', value);
  }

  function send(form) {
    if (form.getAttribute('data-sending') === 'true') {
      return;
    }
    if (!form.querySelector('input[name="value"]:checked')) {
      say(form, phrase('choose'), true);
      form.querySelector('input[name="value"]').focus();
      return;
    }
    var chosen = form.querySelector('input[name="value"]:checked').value;
    var button = form.querySelector('button[type="submit"]');
    form.setAttribute('data-sending', 'true');
    // aria-disabled rather than disabled, so a focused button keeps the focus
    button.setAttribute('aria-disabled', 'true');
    say(form, phrase('wait'), false);
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: new URLSearchParams(new FormData(form))
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') === -1) {
        throw new Error('Unexpected answer: ' + response.status);
      }
      return response.json().then(function (answer) {
        if (answer.summary) {
          form.querySelector('.rating-summary').textContent = answer.summary;
        }
        if (response.ok) {
          showOwn(form, chosen);
        }
        say(form, answer.message || phrase('failed'), !response.ok);
      });
    }).catch(function () {
      say(form, phrase('failed'), true);
    }).then(function () {
      form.removeAttribute('data-sending');
      button.removeAttribute('aria-disabled');
    });
  }

  document.querySelectorAll('form.rating').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send(form);
    });
    form.addEventListener('keydown', function (event) {
      var star = event.target;
      if (star.name !== 'value' || star.type !== 'radio') {
        return;
      }
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault();
        star.checked = true;
        send(form);
      }
    });
  });
}());
