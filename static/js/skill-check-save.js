// "Save to my profile" under a skill check: on submit, add the marks kept in this browser
// (see skill-check.js) to the form as hidden fields. Nothing is sent until the candidate submits.
"use strict";

(function () {
    const root = document.querySelector("[data-skill-check]");
    const form = document.querySelector("[data-skill-check-save]");
    if (!root || !form) {
        return;
    }
    form.addEventListener("submit", function () {
        let marks = {};
        try {
            const saved = JSON.parse(window.localStorage.getItem(root.dataset.storageKey));
            marks = (saved && saved.marks) || {};
        } catch (error) {
            // Nothing stored: the server answers that nothing was marked.
        }
        form.querySelectorAll("input[data-mark-field]").forEach(function (input) {
            input.remove();
        });
        Object.keys(marks).forEach(function (question) {
            if (marks[question] !== "knew" && marks[question] !== "review") {
                return;
            }
            const input = document.createElement("input");
            input.type = "hidden";
            input.name = marks[question];
            input.value = question;
            input.dataset.markField = "";
            form.appendChild(input);
        });
    });
})();
