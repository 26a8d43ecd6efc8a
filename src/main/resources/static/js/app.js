// Shared page behaviour. htmx requests carry the CSRF token that Spring Security expects on every
// state-changing request made with the session cookie.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  if (token && header) {
    event.detail.headers[header] = token;
  }
});
