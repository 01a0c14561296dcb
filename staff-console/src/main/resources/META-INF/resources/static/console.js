// htmx settings of the console: swap the answers of 4xx too (the server renders problems in place), and
// move keyboard focus to the first field in error or notice after a swap, so screen-reader users hear it.
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail.target;
  var first = target.querySelector('[aria-invalid="true"], .notice.error, .notice.ok');
  if (first) {
    if (!first.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA)$/.test(first.tagName)) {
      first.setAttribute('tabindex', '-1');
    }
    first.focus();
  }
});

// Uploads show how far they are; then the server reads the document (an indeterminate wait).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-progress');
  if (bar && event.detail.lengthComputable) {
    var percent = Math.round(event.detail.loaded * 100 / event.detail.total);
    bar.value = percent;
    var text = document.getElementById('import-progress-text');
    if (text) {
      text.textContent = percent < 100 ? 'Đang tải lên… ' + percent + '%' : 'Đã tải lên; đang đọc văn bản…';
    }
  }
});

// An expired session answers 499 to htmx requests: reload the page, which signs in again.
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 499 || event.detail.xhr.status === 401) {
    event.detail.shouldSwap = false;
    window.location.reload();
  }
});
