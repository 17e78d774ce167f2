// Search suggestions: as a reader types in a search box, up to six articles are offered in a list
// under it (the ARIA 1.2 combobox pattern). Down and Up arrows move through them, Enter opens the
// chosen article, Escape closes the list; how many there are is announced. Without JavaScript, or
// if a request fails, the search form works exactly as before.
(function () {
  'use strict';
  if (!window.fetch || !window.URLSearchParams || !document.querySelector) {
    return;
  }

  var DELAY = 150;

  function format(pattern, count) {
    return pattern.replace('{0}', String(count));
  }

  function enhance(form) {
    var input = form.querySelector('input[name="q"]');
    var url = form.getAttribute('data-suggestions');
    if (!input || !url || !input.id) {
      return;
    }
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', form.getAttribute('data-suggestions-label'));
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.classList.add('search-suggest');
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('autocomplete', 'off');

    var timer = null;
    var asked = '';
    var active = -1;
    var options = [];

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(index) {
      active = index;
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      if (index < 0) {
        input.removeAttribute('aria-activedescendant');
      }
      else {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function show(suggestions) {
      list.textContent = '';
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement('li');
        option.id = listId + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-url', suggestion.url);
        option.textContent = suggestion.title;
        option.addEventListener('mousedown', function (event) {
          // keep the focus in the box until the click opens the article
          event.preventDefault();
        });
        option.addEventListener('click', function () {
          window.location.assign(suggestion.url);
        });
        list.appendChild(option);
        return option;
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (options.length === 0) {
        close();
        status.textContent = '';
        return;
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = options.length === 1 ? form.getAttribute('data-suggestions-one')
        : format(form.getAttribute('data-suggestions-count'), options.length);
    }

    function ask() {
      var query = input.value.trim();
      if (query.length < 2) {
        asked = query;
        show([]);
        return;
      }
      if (query === asked) {
        return;
      }
      asked = query;
      fetch(url + '?' + new URLSearchParams({ q: query }).toString(), {
        credentials: 'omit',
        headers: { 'Accept': 'application/json' }
      })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (suggestions) {
          // an answer to an older question is dropped
          if (asked === query && input.value.trim() === query && document.activeElement === input) {
            show(Array.isArray(suggestions) ? suggestions : []);
          }
        })
        .catch(function () {
          close();
        });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && options.length > 0;
      if (event.key === 'ArrowDown' || event.key === 'Down') {
        if (!open && options.length > 0) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        if (options.length > 0) {
          event.preventDefault();
          choose(active < options.length - 1 ? active + 1 : 0);
        }
      }
      else if ((event.key === 'ArrowUp' || event.key === 'Up') && open) {
        event.preventDefault();
        choose(active > 0 ? active - 1 : options.length - 1);
      }
      else if ((event.key === 'Escape' || event.key === 'Esc') && open) {
        event.preventDefault();
        close();
      }
      else if (event.key === 'Enter' && open && active >= 0) {
        // the chosen article rather than a search
        event.preventDefault();
        window.location.assign(options[active].getAttribute('data-url'));
      }
    });

    input.addEventListener('blur', function () {
      window.setTimeout(close, 100);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-suggestions]'), enhance);
})();
