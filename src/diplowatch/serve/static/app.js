// Small progressive enhancements; every page works without JavaScript.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Whole table rows open their event.
  for (const row of document.querySelectorAll("tr[data-href]")) {
    row.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      window.location.href = row.dataset.href;
    });
  }
  // Filter forms: leave empty fields out of the URL.
  for (const form of document.querySelectorAll("form.filters")) {
    form.addEventListener("submit", () => {
      for (const input of form.querySelectorAll("input[name], select[name]")) {
        if (!input.value) input.disabled = true;
      }
    });
  }
  window.addEventListener("pageshow", () => {
    for (const input of document.querySelectorAll("form.filters [disabled]")) input.disabled = false;
  });
  // Bring the evidence sentence we came for into view.
  const focus = document.querySelector(".doc-text mark.ev-focus");
  if (focus) focus.scrollIntoView({ block: "center" });
});
