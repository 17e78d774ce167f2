/* Moderation queue: keyboard shortcuts, and filling the reply box from a standard response.
   Everything here also works without JavaScript: the buttons, and a "Use this response" button. */
(function () {
  'use strict';

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  var items = Array.prototype.slice.call(document.querySelectorAll('.queue-item[id]'));
  var help = document.getElementById('shortcuts');

  function currentIndex() {
    var active = document.activeElement;
    for (var i = 0; i < items.length; i++) {
      if (items[i] === active || items[i].contains(active)) { return i; }
    }
    var hash = window.location.hash.slice(1);
    for (var j = 0; j < items.length; j++) {
      if (items[j].id === hash) { return j; }
    }
    return -1;
  }

  function focusItem(index) {
    if (index < 0 || index >= items.length) { return; }
    items[index].focus();
    items[index].scrollIntoView({ block: 'start' });
  }

  if (items.length > 0 && document.querySelector('.queue')) {
    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
      var key = event.key;
      if (key === '?') {
        if (help) {
          help.open = !help.open;
          if (help.open) { help.querySelector('summary').focus(); }
        }
        event.preventDefault();
        return;
      }
      var index = currentIndex();
      if (key === 'j') { focusItem(index + 1); event.preventDefault(); return; }
      if (key === 'k') { focusItem(Math.max(0, index - 1)); event.preventDefault(); return; }
      if ((key === 'p' || key === 'r' || key === 's') && index >= 0) {
        var button = items[index].querySelector('button[data-shortcut="' + key + '"]');
        if (button) { event.preventDefault(); button.click(); }
      }
    });
    var start = currentIndex();
    if (start >= 0) { items[start].focus(); }
  }

  // The reply page: picking a response fills the reply box; the text stays editable.
  var picker = document.getElementById('response');
  var box = document.getElementById('body');
  var used = document.getElementById('response-used');
  if (picker && box) {
    picker.addEventListener('change', function () {
      var option = picker.options[picker.selectedIndex];
      var text = option.getAttribute('data-text');
      if (text !== null) {
        box.value = text;
        if (used) { used.value = option.value; }
        box.focus();
      } else if (used) {
        used.value = '';
      }
    });
  }
})();
