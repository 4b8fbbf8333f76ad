// The dossier saves itself: every 30 seconds and whenever a field is left, if anything changed. Nothing typed is
// ever lost without a warning: leaving with unsaved changes asks first; a dropped connection keeps the text on the
// page and saves again until it gets through; a save held back (somebody saved meanwhile) waits for the candidate.
// A save goes straight to the service (candidat/enregistrement/{id}); one with something to explain goes through
// the page's Faces save, which draws the explanation. A button pressed while a save travels waits for its answer.
// A session that ended (the page left open for hours) keeps the text on the page, says how to sign in again
// without leaving it, and saves as soon as the candidate has: the form's buttons, which would lead to the login,
// wait meanwhile. The page is then drawn again, whole, for the new session: its buttons work again.
var TropheesDossier = (function () {
    var form;
    // Changes are counted: a save covers those made before it was sent, not those typed while it travels.
    var typed = 0, sent = 0, stored = 0;
    var saving = false, leaving = false, waiting = false, signedOut = false, resumed = false, retry = null;
    var held = null;
    // After a save through the page that got no answer, the next goes straight to the service: it tells a dropped
    // connection from an ended session, which the page's own request cannot.
    var direct = false;

    function unsaved() {
        return typed > stored;
    }

    function show(text, state) {
        var status = document.getElementById('save-status');
        if (status) {
            status.textContent = text;
            status.dataset.state = state;
        }
    }

    function changed() {
        typed++;
        waiting = false;
        if (!saving) {
            show(form.dataset.unsaved, 'unsaved');
        }
    }

    // Before any request that saves the form: the page's own, or the candidate's choice to overwrite.
    function sending() {
        saving = true;
        sent = typed;
    }

    function save() {
        if (!unsaved() || saving || waiting || leaving) {
            return;
        }
        sending();
        if (!signedOut) {
            show(form.dataset.saving, 'saving'); // said once: a screen reader must not hear it every few seconds
        }
        if (explaining() && !signedOut && !direct) {
            window.autosaveDossier();
            return;
        }
        direct = false;
        var fields = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (typeof value === 'string') {
                fields.append(name, value);
            }
        });
        // Straight to the service: a clean save is answered there; anything else is saved again through the page,
        // which explains it. A redirect (the session ended) is followed by the page's own request too.
        fetch(form.dataset.autosaveTo, {
            method: 'POST', body: fields, credentials: 'same-origin', redirect: 'manual',
            headers: { 'X-Trophees-Autosave': '1' }
        }).then(function (response) {
            // Unavailable for now (starting, the database away, a proxy): like a dropped connection. Any other
            // answer that is not the save's own is for the page's Faces save to deal with.
            if (response.status === 502 || response.status === 503 || response.status === 504) {
                return null;
            }
            // Sent to the login: the session ended. The page's own save would follow it there.
            if (response.type === 'opaqueredirect') {
                return { outcome: 'signedOut' };
            }
            return response.ok ? response.json().catch(function () {
                return { outcome: 'explain' };
            }) : { outcome: 'explain' };
        }).then(function (answer) {
            var wasSignedOut = signedOut;
            signedOut = answer !== null && answer.outcome === 'signedOut';
            resumed = resumed || (wasSignedOut && !signedOut && answer !== null);
            if (signedOut) {
                askToSignIn();
            } else if (answer && answer.outcome === 'saved') {
                document.getElementById('version').value = answer.version;
                showProgress(answer.progress || {});
                show(form.dataset.savedAt.replace('{0}', answer.savedAt), 'saved');
                answered({ outcome: 'saved' });
            } else if (answer) {
                window.autosaveDossier();
            } else {
                answered(null);
            }
        }, function () {
            answered(null);
        });
    }

    // Nothing is sent until the candidate has signed in again, in another tab: then the next try gets through.
    function askToSignIn() {
        saving = false;
        held = null;
        var status = document.getElementById('save-status');
        if (!status || status.dataset.state !== 'signed-out') {
            show(form.dataset.signedOut, 'signed-out');
        }
        clearTimeout(retry);
        retry = setTimeout(save, 5000);
    }

    // Each section's bar, from what the save found filled in.
    function showProgress(progress) {
        Object.keys(progress).forEach(function (section) {
            var bar = document.getElementById('progress-' + section);
            if (bar) {
                bar.value = progress[section];
                bar.textContent = progress[section] + '/' + bar.max;
                document.getElementById('done-' + section).textContent = bar.textContent;
                document.getElementById('section-progress-' + section).classList
                    .toggle('complete', progress[section] >= bar.max);
            }
        });
    }

    // What the page shows of a save held back or refused is redrawn only by a save through the page.
    function explaining() {
        var region = document.getElementById('problems-region');
        return region !== null && region.children.length > 0;
    }

    // The server's answer, or nothing when the request failed (the connection dropped).
    function answered(args) {
        saving = false;
        // The button pressed while the save travelled goes once the server answered, with the version that save
        // made; with no connection, the page stays as it is and says so.
        var button = held;
        held = null;
        if (!args || !args.outcome) {
            show(form.dataset.offline, 'offline');
            direct = true;
            clearTimeout(retry);
            retry = setTimeout(save, 5000);
            return;
        }
        if (args.outcome === 'saved') {
            stored = sent;
            waiting = false;
            if (unsaved()) {
                show(form.dataset.unsaved, 'unsaved');
            } else if (resumed) {
                // Everything is stored; the page's form belonged to the ended session.
                leaving = true;
                window.location.reload();
                return;
            }
        } else {
            // Held back or refused: what the server drew says why; the next change tries again.
            waiting = true;
            if (args.outcome === 'refused') {
                show(form.dataset.refused, 'refused');
            }
        }
        if (button) {
            if (form.requestSubmit) {
                form.requestSubmit(button);
            } else {
                button.click();
            }
        }
    }

    function start() {
        form = document.getElementById('dossier');
        if (!form || form.dataset.autosave !== 'true') {
            return;
        }
        // Through jQuery, to hear the changes PrimeFaces' widgets announce with it. A file chosen is no text to
        // save: it is sent on its own at once.
        window.jQuery(form).on('input change', function (event) {
            if (event.target.type !== 'file') {
                changed();
            }
        });
        // The departments' menu draws its list outside the form, and ticks with a click or a key, not a change.
        window.jQuery(document).on('click keyup', '.ui-selectcheckboxmenu-panel', changed);
        form.addEventListener('focusout', function () {
            setTimeout(save, 300);
        });
        form.addEventListener('submit', function (event) {
            if (signedOut || resumed) {
                event.preventDefault();
                document.getElementById('save-status').focus();
                save();
                return;
            }
            // What was typed is stored before the button's request goes, whatever becomes of that request (a page
            // kept open so long that the server forgot it, say).
            if (!saving && unsaved() && !explaining()) {
                save();
            }
            if (saving) {
                event.preventDefault();
                held = event.submitter || form.querySelector('#save');
                return;
            }
            leaving = true;
        });
        setInterval(save, 30000);
        window.addEventListener('online', save);
        // Back from the tab where the candidate signed in again: try at once.
        window.addEventListener('focus', function () {
            if (signedOut) {
                save();
            }
        });
        window.addEventListener('beforeunload', function (event) {
            if ((unsaved() || saving) && !leaving) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    }

    // A step added, removed or moved draws the list again, and the button pressed is gone with it: the focus goes
    // to the title of the step concerned (the one now in that place), or to the list when none is left. The list
    // changed: it is saved like any change.
    function focusStep(index) {
        changed();
        var titles = document.querySelectorAll('#step-rows input[id$=":title"]');
        var target = titles.length ? titles[Math.min(index, titles.length - 1)] : document.getElementById('steps');
        if (target) {
            target.focus();
        }
    }

    document.addEventListener('DOMContentLoaded', start);
    return { answered: answered, sending: sending, focusStep: focusStep };
})();
