// "Keluar cepat": leave for a neutral page and replace this one in the browser's history, so the
// Back button does not bring the report form, receipt or case back on screen.
document.querySelectorAll("[data-quick-exit]").forEach(function (link) {
  link.addEventListener("click", function (event) {
    event.preventDefault();
    window.location.replace(link.href);
  });
});
