// The resume upload form: refuse a file over the size limit before sending it, with the same message the server
// would give, and point the file input at the message for screen readers.
const form = document.getElementById('upload-form');
if (form) {
  const input = form.querySelector('input[type=file]');
  const error = document.getElementById('upload-error');
  const maxBytes = Number(form.dataset.maxBytes);
  const maxMegabytes = form.dataset.maxMegabytes;

  const show = (message) => {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'file-hint upload-error');
  };

  form.addEventListener('submit', (event) => {
    const file = input.files[0];
    if (file && maxBytes && file.size > maxBytes) {
      event.preventDefault();
      show(`The file is larger than ${maxMegabytes} MB. Upload a smaller file: a resume of a few pages is usually well under 1 MB.`);
      input.focus();
    }
  });
}
