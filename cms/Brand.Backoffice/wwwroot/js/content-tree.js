// Drag-and-drop sorting of the content tree's shown page, when JavaScript runs. Each row carries a hidden
// "order" field: after a drop the form is posted as is, so the server receives the page's new order (the
// same form the up/down buttons post without JavaScript).
(function () {
  'use strict';
  var list = document.querySelector('ol[data-sortable="true"]');
  if (!list || !window.Sortable) {
    return;
  }

  var form = list.closest('form');
  window.Sortable.create(list, {
    animation: 150,
    draggable: '.bo-tree__item',
    filter: 'a, button',
    preventOnFilter: false,
    onEnd: function (event) {
      if (event.oldIndex !== event.newIndex) {
        form.requestSubmit();
      }
    },
  });
  list.classList.add('bo-tree--draggable');
})();
