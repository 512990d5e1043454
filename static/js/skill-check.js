// Skill check: mark each question "knew it" or "review" and see which topics to review.
// Progressive enhancement of a plain list of questions with their answers in <details>.
// State lives only in this browser's localStorage, one entry per skill check page; nothing is
// sent to the server.
"use strict";

(function () {
    const root = document.querySelector("[data-skill-check]");
    if (!root) {
        return;
    }
    const storageKey = root.dataset.storageKey;
    const questions = Array.from(root.querySelectorAll("[data-question]"));
    const summary = root.querySelector("[data-summary]");
    const progress = root.querySelector("[data-progress]");
    const reviewList = root.querySelector("[data-review-list]");
    const reviewEmpty = root.querySelector("[data-review-empty]");
    const resetButton = root.querySelector("[data-reset]");
    if (!questions.length || !summary) {
        return;
    }

    function emptyState() {
        return { revealed: {}, marks: {} };
    }

    function load() {
        try {
            const saved = JSON.parse(window.localStorage.getItem(storageKey));
            if (saved && typeof saved === "object") {
                return { revealed: saved.revealed || {}, marks: saved.marks || {} };
            }
        } catch (error) {
            // Storage disabled or unreadable: start afresh, the page still works.
        }
        return emptyState();
    }

    function save() {
        try {
            window.localStorage.setItem(storageKey, JSON.stringify(state));
        } catch (error) {
            // Storage full or disabled: marks last until the page is left.
        }
    }

    function format(template, values) {
        return template.replace(/%\((\w+)\)s/g, function (match, name) {
            return name in values ? String(values[name]) : match;
        });
    }

    let state = load();

    function topicsOf(question) {
        const topics = Array.from(question.querySelectorAll("[data-topic]")).map(function (el) {
            return { slug: el.dataset.topic, name: el.textContent.trim() };
        });
        return topics.length ? topics : [{ slug: "", name: reviewList.dataset.otherTopic }];
    }

    function renderQuestion(question) {
        const slug = question.dataset.question;
        const revealed = Boolean(state.revealed[slug]);
        const mark = state.marks[slug];
        question.querySelector("[data-answer]").open = revealed;
        question.querySelector("[data-marks]").hidden = !revealed && !mark;
        question.querySelectorAll("[data-mark]").forEach(function (button) {
            button.setAttribute("aria-pressed", String(button.dataset.mark === mark));
        });
        question.classList.toggle("is-known", mark === "knew");
        question.classList.toggle("is-review", mark === "review");
    }

    function renderSummary(message) {
        const marks = questions.map(function (q) {
            return state.marks[q.dataset.question];
        });
        const counts = {
            total: questions.length,
            marked: marks.filter(Boolean).length,
            knew: marks.filter(function (m) { return m === "knew"; }).length,
            review: marks.filter(function (m) { return m === "review"; }).length,
        };
        let text = format(progress.dataset.template, counts);
        if (counts.marked === counts.total) {
            text += " " + progress.dataset.done;
        }
        progress.textContent = message ? message + " " + text : text;

        // Topics to review, in the order they first appear, each with links to its questions.
        const byTopic = new Map();
        questions.forEach(function (question) {
            if (state.marks[question.dataset.question] !== "review") {
                return;
            }
            topicsOf(question).forEach(function (topic) {
                if (!byTopic.has(topic.slug)) {
                    byTopic.set(topic.slug, { name: topic.name, questions: [] });
                }
                byTopic.get(topic.slug).questions.push(question);
            });
        });
        reviewList.replaceChildren();
        byTopic.forEach(function (topic) {
            const item = document.createElement("li");
            const name = document.createElement("span");
            name.className = "skill-check__review-topic";
            name.textContent = topic.name;
            const links = document.createElement("ul");
            topic.questions.forEach(function (question) {
                const link = document.createElement("a");
                link.href = "#" + question.id;
                link.textContent = question.querySelector("[data-question-title]").textContent.trim();
                const linkItem = document.createElement("li");
                linkItem.appendChild(link);
                links.appendChild(linkItem);
            });
            item.append(name, links);
            reviewList.appendChild(item);
        });
        reviewList.hidden = byTopic.size === 0;
        reviewEmpty.hidden = byTopic.size > 0;
    }

    function render(message) {
        questions.forEach(renderQuestion);
        renderSummary(message);
    }

    questions.forEach(function (question) {
        const slug = question.dataset.question;
        const details = question.querySelector("[data-answer]");
        details.addEventListener("toggle", function () {
            if (details.open && !state.revealed[slug]) {
                state.revealed[slug] = true;
                save();
                question.querySelector("[data-marks]").hidden = false;
            }
        });
        question.querySelectorAll("[data-mark]").forEach(function (button) {
            button.addEventListener("click", function () {
                const mark = button.dataset.mark;
                // Pressing the pressed button again takes the mark back.
                if (state.marks[slug] === mark) {
                    delete state.marks[slug];
                } else {
                    state.marks[slug] = mark;
                }
                state.revealed[slug] = true;
                save();
                renderQuestion(question);
                renderSummary();
            });
        });
    });

    resetButton.addEventListener("click", function () {
        state = emptyState();
        try {
            window.localStorage.removeItem(storageKey);
        } catch (error) {
            // Nothing stored, nothing to clear.
        }
        render(progress.dataset.cleared);
        questions[0].querySelector("summary").focus();
    });

    summary.hidden = false;
    render();
})();
