// The article editor, enhanced: the slug follows the title until the editor types one, and
// Preview shows the rendered body without leaving the page. Without this script both still work
// through the form.
(function () {
  'use strict';
  var form = document.getElementById('article-form');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }

  var title = form.querySelector('#title');
  var slug = form.querySelector('#slug');
  if (title && slug) {
    var slugFollowsTitle = slug.value === '' || slug.value === slugOf(title.value);
    slug.addEventListener('input', function () { slugFollowsTitle = slug.value === ''; });
    title.addEventListener('input', function () {
      if (slugFollowsTitle) {
        slug.value = slugOf(title.value);
      }
    });
  }

  function slugOf(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  }

  var previewButton = form.querySelector('button[name="action"][value="preview"]');
  if (!previewButton) {
    return;
  }
  previewButton.addEventListener('click', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    data.delete('imageFile');
    previewButton.disabled = true;
    fetch(form.getAttribute('data-preview-url'), { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('Preview failed: ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var current = document.getElementById('preview');
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#preview');
        if (current && fresh) {
          current.replaceWith(fresh);
          fresh.focus();
        }
      })
      .catch(function () {
        // the ordinary form submission still previews, with a page load
        form.requestSubmit ? form.requestSubmit(previewButton) : form.submit();
      })
      .finally(function () {
        previewButton.disabled = false;
      });
  });
})();
