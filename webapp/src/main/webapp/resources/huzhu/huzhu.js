/* Huzhu pages: the menu button of the narrow header, and the column names that phones show beside each value
   when a table becomes one card per row (huzhu.css, max-width 640px). Loaded from the server; nothing inline. */
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

    function toggleMenu(button) {
        var header = button.closest("header");
        var open = header.classList.toggle("hz-open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }

    window.huzhu = { labelCells: labelCells, toggleMenu: toggleMenu };
    /* the menu button (data-hz-menu): no inline handler, so a Content-Security-Policy without inline scripts lets it work */
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("[data-hz-menu]");
        if (button) {
            toggleMenu(button);
        }
    });
    document.addEventListener("DOMContentLoaded", function () {
        labelCells(document);
    });
    /* parts of pages that PrimeFaces replaces (polls, previews) */
    document.addEventListener("DOMContentLoaded", function () {
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", function () {
                labelCells(document);
            });
        }
    });
}());
