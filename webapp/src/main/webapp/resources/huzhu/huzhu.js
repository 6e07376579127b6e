/*
 * The pages' own scripts, loaded from the server (the Content-Security-Policy runs no inline script but PrimeFaces'
 * nonce'd ones, so nothing here is wired by an on... attribute): the menu button of the narrow header, the column
 * names that phones show beside each value when a table becomes one card per row (huzhu.css, max-width 640px), the
 * boxes that tick a whole list, and the CSP nonce on forms that an AJAX update brings.
 */
(function () {
    "use strict";

    /** Gives every body cell of the page's tables the name of its column, unless it has one. */
    function labelCells(root) {
        (root || document).querySelectorAll("table.hz-table").forEach(function (table) {
            var heads = [];
            table.querySelectorAll(":scope > thead > tr > th").forEach(function (th) {
                var span = th.colSpan || 1;
                for (var i = 0; i < span; i++) {
                    heads.push(th.textContent.trim());
                }
            });
            if (heads.length === 0) {
                return;
            }
            table.querySelectorAll(":scope > tbody > tr").forEach(function (row) {
                var column = 0;
                Array.prototype.forEach.call(row.children, function (cell) {
                    if (!cell.hasAttribute("data-label")) {
                        cell.setAttribute("data-label", heads[column] || "");
                    }
                    column += cell.colSpan || 1;
                });
            });
        });
    }

    /** Opens or closes the narrow header's navigation (the button with data-hz-menu). */
    function toggleMenu(button) {
        var header = button.closest("header");
        var open = header.classList.toggle("hz-open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }

    /**
     * PrimeFaces' date buttons carry the text "ui-button" under an aria-label ("Choose Date"), so what a screen reader
     * says and what speech input hears differ (WCAG 2.5.3): the button's text becomes its label. Its messages put
     * role="alert" on the list item, which then no longer counts as one: the role moves to the message box.
     */
    function repairWidgets(root) {
        (root || document).querySelectorAll(".ui-datepicker-trigger").forEach(function (button) {
            var text = button.querySelector(".ui-button-text");
            var label = button.getAttribute("aria-label");
            if (text && label && text.textContent !== label) {
                text.textContent = label;
            }
        });
        (root || document).querySelectorAll(".ui-messages ul > li[role]").forEach(function (item) {
            var box = item.parentNode.parentNode;
            box.setAttribute("role", item.getAttribute("role"));
            item.removeAttribute("role");
            item.removeAttribute("aria-atomic");
        });
    }

    window.huzhu = { labelCells: labelCells, toggleMenu: toggleMenu, repairWidgets: repairWidgets };

    document.addEventListener("click", function (event) {
        var button = event.target && event.target.closest && event.target.closest("[data-hz-menu]");
        if (button) {
            toggleMenu(button);
        }
        /* a button with data-hz-print prints the page (the print style sheet keeps only its content) */
        if (event.target && event.target.closest && event.target.closest("[data-hz-print]")) {
            window.print();
        }
    });

    /* A box with data-hz-select-all="<suffix>" ticks or clears every box whose id ends with that suffix. */
    document.addEventListener("change", function (event) {
        var all = event.target;
        var suffix = all && all.getAttribute && all.getAttribute("data-hz-select-all");
        if (suffix) {
            document.querySelectorAll("input[type=\"checkbox\"]").forEach(function (box) {
                if (box !== all && box.id && box.id.endsWith(suffix)) {
                    box.checked = all.checked;
                }
            });
        }
    });

    /* PrimeFaces builds some widgets (the date buttons) after the document is ready, and AJAX updates bring new ones */
    if (window.MutationObserver) {
        new MutationObserver(function () {
            repairWidgets(document);
        }).observe(document.documentElement, { childList: true, subtree: true });
    }

    document.addEventListener("DOMContentLoaded", function () {
        labelCells(document);
        repairWidgets(document);
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", function () {
                /* parts of pages that PrimeFaces replaces (polls, previews) get their column names */
                labelCells(document);
                repairWidgets(document);
                /*
                 * PrimeFaces' CSP mode gives every form of the page a hidden input with the page's nonce when the page
                 * loads, and refuses a postback without it. A form that an AJAX update brings (the progress polls of
                 * the earning and report pages) has none: give it one after every update.
                 */
                if (window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE) {
                    PrimeFaces.csp.init(PrimeFaces.csp.NONCE_VALUE);
                }
            });
        }
    });
}());
