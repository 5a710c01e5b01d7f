// "Use my position" in the directory's filter form: fills the hidden lat/lon fields from the browser's
// geolocation and submits the form, nearest first. Without JavaScript or geolocation the button stays
// hidden: the town-or-postcode field does the same job. A refusal is said in words, beside the button.
const block = document.getElementById('annuaire-position-bloc');
const form = document.getElementById('filtres-annuaire');

if (block && form && 'geolocation' in navigator) {
  const button = document.getElementById('annuaire-position');
  const message = document.getElementById('annuaire-position-message');
  const field = (name) => form.elements.namedItem(name);
  let pending = false;

  block.hidden = false;
  // A place typed by hand replaces a position taken earlier.
  field('near').addEventListener('input', () => {
    field('lat').value = '';
    field('lon').value = '';
  });

  const say = (text, isError) => {
    message.textContent = text;
    message.classList.toggle('fr-message--error', isError);
  };

  const sortByDistance = () => {
    const sort = document.getElementById('annuaire-tri');
    if (sort) {
      if (![...sort.options].some((o) => o.value === 'distance')) {
        sort.add(new Option('', 'distance'));
      }
      sort.value = 'distance';
    } else {
      const hidden = Object.assign(document.createElement('input'), { type: 'hidden', name: 'sort', value: 'distance' });
      form.append(hidden);
    }
  };

  button.addEventListener('click', () => {
    if (pending) {
      return;
    }
    pending = true;
    button.setAttribute('aria-disabled', 'true');
    say(block.dataset.pending, false);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        field('lat').value = position.coords.latitude.toFixed(4);
        field('lon').value = position.coords.longitude.toFixed(4);
        field('near').value = '';
        sortByDistance();
        form.requestSubmit ? form.requestSubmit() : form.submit();
      },
      (error) => {
        pending = false;
        button.removeAttribute('aria-disabled');
        say(error.code === error.PERMISSION_DENIED ? block.dataset.denied : block.dataset.unavailable, true);
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  });
}
