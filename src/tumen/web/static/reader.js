// The reader: bring the marked evidence passage into view (also when the link had no #evidence fragment).
document.addEventListener("DOMContentLoaded", function () {
  var mark = document.getElementById("evidence");
  if (mark) {
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
});
