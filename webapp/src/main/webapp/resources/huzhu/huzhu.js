/*
 * The pages' own scripts, loaded from the server (the Content-Security-Policy runs no inline script but PrimeFaces'
 * nonce'd ones). A box with data-hz-select-all="<suffix>" ticks or clears every box whose id ends with that suffix.
 */
document.addEventListener('change', function (event) {
    var all = event.target;
    var suffix = all && all.getAttribute && all.getAttribute('data-hz-select-all');
    if (suffix) {
        document.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
            if (box !== all && box.id && box.id.endsWith(suffix)) {
                box.checked = all.checked;
            }
        });
    }
});

/*
 * PrimeFaces' CSP mode gives every form of the page a hidden input with the page's nonce when the page loads, and refuses
 * a postback without it. A form that an AJAX update brings (the progress polls of the earning and report pages) has
 * none: give it one after every update.
 */
document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            if (window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE) {
                PrimeFaces.csp.init(PrimeFaces.csp.NONCE_VALUE);
            }
        });
    }
});
