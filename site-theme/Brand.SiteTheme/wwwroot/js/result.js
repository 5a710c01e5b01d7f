// The self-diagnostic result page: "Print" and "Copy the link" buttons (hidden without JavaScript, where the
// browser's own print and copy remain), and focus on the contact form's error summary after a refused post.
(function () {
  'use strict';

  var print = document.querySelector('[data-print]');
  if (print && typeof window.print === 'function') {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  var copy = document.querySelector('[data-copy]');
  var field = copy ? document.getElementById(copy.getAttribute('data-copy')) : null;
  var status = document.getElementById('resultat-url-statut');
  if (copy && field && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = copy.getAttribute('data-copied');
        }
      }, function () {
        // Refused (permissions): select the text so that the visitor can copy it by hand.
        field.focus();
        field.select();
      });
    });
  }

  // The link's text is selected whole on focus: one gesture to copy it by hand.
  if (field) {
    field.addEventListener('focus', function () { field.select(); });
  }

  var errors = document.getElementById('contact-erreurs');
  if (errors) {
    errors.focus();
  }
})();
