(function () {
  'use strict';
  // A support box just shown to someone who may be in crisis takes the keyboard focus where the
  // page landed, so a screen reader reads it first.
  var support = document.querySelector('.crisis-box[role="alert"]');
  if (support) {
    support.focus({ preventScroll: true });
  }
}());

// Comments: with JavaScript, "Reply" moves the comment form under the comment being answered
// instead of opening the reply page. Without it, the reply page works the same way.
(function () {
  'use strict';
  var form = document.getElementById('comment-form');
  var home = document.getElementById('comment-form-home');
  if (!form || !home) {
    return;
  }
  var parentField = document.getElementById('comment-parent');
  var heading = document.getElementById('comment-form-heading');
  var cancel = document.getElementById('comment-cancel-reply');
  var body = document.getElementById('comment-body');
  var lastReplyLink = null;

  function replyTo(link) {
    var comment = link.closest('.comment');
    var box = comment && comment.querySelector('.comment-box');
    if (!box) {
      return;
    }
    box.insertAdjacentElement('afterend', form);
    // the comment's id and writer, as the page already shows them
    parentField.value = comment.id.replace('comment-', '');
    heading.textContent = heading.getAttribute('data-reply-text')
      .replace('{name}', box.querySelector('.comment-author').textContent);
    cancel.hidden = false;
    lastReplyLink = link;
    body.focus();
  }

  function cancelReply() {
    home.appendChild(form);
    parentField.value = '';
    heading.textContent = heading.getAttribute('data-default-text');
    cancel.hidden = true;
    if (lastReplyLink) {
      lastReplyLink.focus();
      lastReplyLink = null;
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.reply-link');
    if (link) {
      event.preventDefault();
      replyTo(link);
    }
  });
  cancel.addEventListener('click', cancelReply);
}());
