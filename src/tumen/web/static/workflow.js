// Upload progress: ask the server for the job's stage every 700 ms; show it; reload once it is finished
// (the server then renders the link to the new document, or the reason it failed). Text only, never HTML.
(function () {
  "use strict";
  var job = document.querySelector("section.job[data-status-url]");
  if (!job) { return; }
  var url = job.getAttribute("data-status-url");
  var shown = job.querySelector(".stage");
  var items = job.querySelectorAll("ol.stages li");
  function show(stage) {
    job.setAttribute("data-stage", stage);
    if (shown) { shown.textContent = stage; }
    var reached = -1;
    for (var i = 0; i < items.length; i++) {
      if (items[i].textContent.trim() === stage) { reached = i; }
    }
    for (var j = 0; j < items.length; j++) {
      items[j].classList.toggle("current", j === reached);
      items[j].classList.toggle("passed", j < reached || stage === "done");
    }
  }
  function poll() {
    fetch(url, {headers: {"Accept": "application/json"}, cache: "no-store"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { setTimeout(poll, 2000); return; }
        show(String(data.stage));
        if (data.finished) { window.location.reload(); } else { setTimeout(poll, 700); }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 300);
})();
