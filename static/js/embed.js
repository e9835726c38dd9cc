// Videos load from their host only after the reader presses "play": until then
// the page makes no request to the third party.
document.querySelectorAll("[data-embed]").forEach(function (embed) {
  var button = embed.querySelector("[data-embed-load]");
  var player = embed.querySelector("template[data-embed-player]");
  if (!button || !player) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var frame = player.content.cloneNode(true);
    embed.querySelector(".embed__notice").replaceWith(frame);
    embed.querySelector("iframe").focus();
  });
});
