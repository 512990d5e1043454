// Search-as-you-type for every search box with data-suggest-url: title suggestions in a listbox,
// following the ARIA combobox pattern. Without this file the boxes are ordinary search forms.
"use strict";

(function () {
    var MIN_LENGTH = 2;
    var DELAY_MS = 150;
    var instances = 0;

    function enhance(input) {
        var form = input.form;
        if (!form || !window.fetch) {
            return;
        }
        instances += 1;
        var listId = "search-suggestions-" + instances;
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var options = [];
        var active = -1;
        var timer = null;
        var controller = null;

        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.dataset.suggestLabel || "Suggestions");
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("aria-expanded", "false");
        input.insertAdjacentElement("afterend", list);
        form.appendChild(status);

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            options.forEach(function (option, position) {
                option.setAttribute("aria-selected", position === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({block: "nearest"});
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function choose(index) {
            var option = options[index];
            if (option) {
                window.location.assign(option.dataset.url);
            }
        }

        function announce(count) {
            var template = count ? input.dataset.suggestSome : input.dataset.suggestNone;
            status.textContent = (template || "").replace("{count}", String(count));
        }

        function render(suggestions) {
            list.textContent = "";
            options = suggestions.map(function (suggestion, position) {
                var option = document.createElement("li");
                var title = document.createElement("span");
                var type = document.createElement("span");
                option.id = listId + "-" + position;
                option.className = "search-suggestions__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = suggestion.url;
                title.textContent = suggestion.title;
                type.className = "search-suggestions__type";
                type.textContent = suggestion.type;
                option.appendChild(title);
                option.appendChild(type);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault(); // keep focus in the input
                    choose(position);
                });
                list.appendChild(option);
                return option;
            });
            active = -1;
            list.hidden = options.length === 0;
            input.setAttribute("aria-expanded", options.length ? "true" : "false");
            announce(options.length);
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) {
                close();
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = new AbortController();
            var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
            fetch(url, {signal: controller.signal, headers: {Accept: "application/json"}})
                .then(function (response) {
                    return response.ok ? response.json() : {suggestions: []};
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(data.suggestions || []);
                    }
                })
                .catch(function () {
                    // Aborted or offline: the form still works without suggestions.
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden && options.length > 0;
            if (event.key === "ArrowDown") {
                event.preventDefault();
                if (!open) {
                    fetchSuggestions();
                    return;
                }
                highlight(active + 1 >= options.length ? 0 : active + 1);
            } else if (event.key === "ArrowUp") {
                if (open) {
                    event.preventDefault();
                    highlight(active <= 0 ? options.length - 1 : active - 1);
                }
            } else if (event.key === "Enter") {
                if (open && active >= 0) {
                    event.preventDefault();
                    choose(active);
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                }
            } else if (event.key === "Tab") {
                close();
            }
        });

        input.addEventListener("blur", close);
    }

    function init() {
        document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
