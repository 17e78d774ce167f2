// "Remember my name and email on this device": a reader who ticked the box when they last
// commented has their name and email in the pw_commenter cookie (set by the site, kept only on
// their device). This fills them into a fresh comment form and ticks the box again, so the page
// itself stays the same for every reader. A form that came back with text in it is left alone.
(function () {
  'use strict';
  var box = document.getElementById('comment-remember');
  var name = document.getElementById('comment-name');
  var email = document.getElementById('comment-email');
  if (!box || !name || !email || !window.URLSearchParams || name.value || email.value) {
    return;
  }
  var value = null;
  document.cookie.split(';').forEach(function (part) {
    // on a site served over HTTPS the cookie carries the __Host- prefix
    var pair = part.trim().replace(/^__Host-/, '');
    if (pair.indexOf('pw_commenter=') === 0) {
      value = pair.substring('pw_commenter='.length);
    }
  });
  if (!value) {
    return;
  }
  var saved;
  try {
    saved = new URLSearchParams(value);
  } catch (e) {
    return;
  }
  if (!saved.get('n') && !saved.get('e')) {
    return;
  }
  name.value = saved.get('n') || '';
  email.value = saved.get('e') || '';
  box.checked = true;
}());
