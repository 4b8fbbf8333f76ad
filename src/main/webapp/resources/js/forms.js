// A file too large for its form is refused as soon as it is chosen, rather than after a long upload.
document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'file' || !input.dataset.maxBytes) {
        return;
    }
    var file = input.files[0];
    input.setCustomValidity(file && file.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : '');
    input.reportValidity();
});

// A button that destroys something asks first: a slip of the keyboard must not lose an entry.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
        event.preventDefault();
    }
});

// "1 caractère de trop", "3 caractères de trop": the bundle's words for one and for several.
function counted(one, several, count) {
    return count === 1 ? one : several.replace('{0}', count);
}

// A field with a length limit shows how much room is left from the moment one enters it, and as one types. Nothing
// is ever cut: past the limit the field is marked invalid and the server explains, keeping the whole text on the page.
// A list typed one item per line (objectives) counts the line being written and the lines, each against its limit.
function showRoomLeft(event) {
    var field = event.target;
    if (!field.dataset || !(field.dataset.maxLength || field.dataset.maxLineLength)) {
        return;
    }
    var counter = document.getElementById(field.id + '-count');
    if (!counter) {
        counter = document.createElement('span');
        counter.id = field.id + '-count';
        counter.className = 'hint counter';
        counter.setAttribute('aria-live', 'polite');
        field.insertAdjacentElement('afterend', counter);
        var described = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', (described ? described + ' ' : '') + counter.id);
    }
    var texts = document.body.dataset;
    var over;
    if (field.dataset.maxLineLength) {
        var maxLine = Number(field.dataset.maxLineLength);
        var maxLines = Number(field.dataset.maxLines);
        var lines = field.value.split('\n');
        var here = field.value.slice(0, field.selectionStart).split('\n').length;
        var items = lines.filter(function (line) { return line.trim() !== ''; }).length;
        over = Math.max.apply(null, lines.map(function (line) { return line.length - maxLine; }));
        counter.textContent = texts.lineRoom.replace('{0}', here).replace('{1}', lines[here - 1].length)
            .replace('{2}', maxLine).replace('{3}', items).replace('{4}', maxLines)
            + (over > 0 ? ' — ' + counted(texts.tooLongOne, texts.tooLong, over) : '')
            + (items > maxLines ? ' — ' + counted(texts.tooManyLinesOne, texts.tooManyLines, items - maxLines) : '');
        over = Math.max(over, items - maxLines);
    } else {
        var max = Number(field.dataset.maxLength);
        over = field.value.length - max;
        counter.textContent = field.value.length + ' / ' + max
            + (over > 0 ? ' — ' + counted(texts.tooLongOne, texts.tooLong, over) : '');
    }
    counter.classList.toggle('over', over > 0);
    // Marked invalid while too long; a mark the server set (a required field left empty) stays until it answers again.
    if (over > 0) {
        field.dataset.overLimit = 'true';
        field.setAttribute('aria-invalid', 'true');
    } else if (field.dataset.overLimit) {
        delete field.dataset.overLimit;
        field.setAttribute('aria-invalid', 'false');
    }
}
document.addEventListener('focusin', showRoomLeft);
document.addEventListener('input', showRoomLeft);
// The line being written changes with the caret, moved by a key or by a click.
document.addEventListener('keyup', function (event) {
    var key = event.key || '';
    if (key.startsWith('Arrow') || key === 'Home' || key === 'End' || key.startsWith('Page')) {
        showRoomLeft(event);
    }
});
document.addEventListener('click', showRoomLeft);

// A checkbox that narrows a table to its rows of one class, in the page itself: nothing typed in the table is lost.
// The choice outlives the page's own reload after a save (for the tab's life), as a reader expects of a filter.
// When no row is left, the element named by data-none says why, rather than a table of headers alone.
function narrowRows(box) {
    var shown = 0;
    document.querySelectorAll('#' + CSS.escape(box.dataset.table) + ' tbody tr').forEach(function (row) {
        row.hidden = box.checked && !row.classList.contains(box.dataset.onlyRows);
        shown += row.hidden ? 0 : 1;
    });
    var none = box.dataset.none && document.getElementById(box.dataset.none);
    if (none) {
        none.hidden = !box.checked || shown > 0;
    }
}
function narrowingKey(box) {
    return 'only-rows:' + location.pathname + ':' + box.id;
}
document.addEventListener('change', function (event) {
    var box = event.target;
    if (!box.dataset || !box.dataset.onlyRows) {
        return;
    }
    sessionStorage.setItem(narrowingKey(box), box.checked ? 'on' : 'off');
    narrowRows(box);
});
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-only-rows]').forEach(function (box) {
        if (sessionStorage.getItem(narrowingKey(box)) === 'on') {
            box.checked = true;
            narrowRows(box);
        }
    });
});

// In a form marked data-enter-submits="false", Enter in a one-line field sends nothing: the form's first button
// may be a step nobody should take by slip of a key (an edition's next phase). Parts of the form with their own
// default button (p:defaultCommand) handle Enter before it gets here.
document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || event.defaultPrevented || field.tagName !== 'INPUT' || !field.form
            || field.form.dataset.enterSubmits !== 'false') {
        return;
    }
    if (['text', 'number', 'email', 'search', 'date', 'datetime-local', 'url', 'tel'].indexOf(field.type) >= 0) {
        event.preventDefault();
    }
});

// PrimeFaces draws a progress bar for each file it sends, without a name: each gets its file's, so that a screen
// reader says what is progressing.
new MutationObserver(function () {
    document.querySelectorAll('.ui-fileupload-row [role=progressbar]:not([aria-label])').forEach(function (bar) {
        var row = bar.closest('.ui-fileupload-row');
        var name = row && row.querySelector('.ui-fileupload-filename');
        bar.setAttribute('aria-label', name ? name.textContent : 'Envoi');
    });
}).observe(document.documentElement, { childList: true, subtree: true });

// Each error shown beside a field is read with the field (aria-describedby), after a post and after an Ajax update.
var errorsNamed = 0;
function tieErrorsToFields() {
    document.querySelectorAll('.field-error').forEach(function (error) {
        var holder = error.closest('.field, fieldset');
        var field = holder && (holder.querySelector('[aria-invalid="true"]') || (holder.tagName === 'FIELDSET' ? holder : null));
        if (!field) {
            return;
        }
        if (!error.id) {
            error.id = 'field-error-' + (++errorsNamed);
        }
        var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (described.indexOf(error.id) < 0) {
            described.push(error.id);
            field.setAttribute('aria-describedby', described.join(' '));
        }
    });
}

// The page's own messages, in the page's language, rather than the browser's bubbles (which speak the browser's
// language and stop at the first field): the server checks everything and says it beside each field. After a
// refused post, the focus goes to the list of what to correct, or else to the first field to correct.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form').forEach(function (form) {
        form.noValidate = true;
    });
    tieErrorsToFields();
    var pressed = lastPressed();
    // Else a field the page asks to be in (the form of the entry chosen for editing, far below the list).
    var first = document.getElementById('problems') || document.querySelector('main [aria-invalid="true"]')
        || document.querySelector('[data-focus="true"]') || returnedFocus(pressed);
    if (first) {
        focusWhenShown(first);
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', tieErrorsToFields);
    }
});

// A keyboard user who pressed a button that reloads the page goes on from there, not from the top of the header: from
// the page's messages, which say what the action did; else from the same button, unless it belongs to a row of a
// list (after the reload, the same place in a list may hold another entry).
var RETURN_FOCUS = 'trophees.returnFocus';
var RETURN_WITHIN_MS = 10000;

document.addEventListener('submit', function (event) {
    var submitter = event.submitter || document.activeElement;
    if (submitter && submitter.id) {
        try {
            sessionStorage.setItem(RETURN_FOCUS, JSON.stringify({ page: location.pathname, id: submitter.id,
                at: Date.now() }));
        } catch (e) {
            // Private browsing without storage: focus starts at the top, as before.
        }
    }
});

/** The button pressed on this page just before it was loaded again, if any; read once, whatever the page does. */
function lastPressed() {
    try {
        var stored = JSON.parse(sessionStorage.getItem(RETURN_FOCUS) || 'null');
        sessionStorage.removeItem(RETURN_FOCUS);
        return stored && stored.page === location.pathname && Date.now() - stored.at < RETURN_WITHIN_MS ? stored : null;
    } catch (e) {
        return null;
    }
}

function returnedFocus(pressed) {
    if (!pressed) {
        return null;
    }
    var messages = document.getElementById('messages');
    if (messages && messages.querySelector('.message')) {
        messages.tabIndex = -1;
        return messages;
    }
    var button = document.getElementById(pressed.id);
    var inARow = /:\d+:/.test(pressed.id);
    return button && !inARow && !button.disabled && button.offsetParent !== null ? button : null;
}

// A field inside a widget that is still starting (a PrimeFaces table keeps itself invisible for a moment) cannot take
// the focus yet: it is offered again for up to two seconds, until the user presses a key or points somewhere.
var userMoved = false;
document.addEventListener('keydown', function () { userMoved = true; }, true);
document.addEventListener('pointerdown', function () { userMoved = true; }, true);

function focusWhenShown(target) {
    var tries = 40;
    (function offer() {
        target.focus();
        if (document.activeElement !== target && document.activeElement === document.body && !userMoved
                && --tries > 0) {
            setTimeout(offer, 50);
        }
    })();
}

// A link of the list of what to correct puts the focus in its field, even when the target is the field's group or a
// widget wrapping the real control (the departments' menu).
document.addEventListener('click', function (event) {
    var link = event.target.closest('#problems a[href^="#"]');
    var target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) {
        return;
    }
    var field = target.matches('input, select, textarea') ? target
        : Array.prototype.find.call(target.querySelectorAll('input:not([type="hidden"]), select, textarea'),
            function (control) {
                return control.getClientRects().length > 0;
            }) || target;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
});

// PrimeFaces' file button, pressed from the keyboard, blurs itself: the keyboard user would start again from the top
// of the page. Here the key opens the file chooser and the focus stays on the button.
document.addEventListener('keydown', function (event) {
    var button = event.target.closest && event.target.closest('.ui-fileupload-choose');
    if (!button || (event.key !== 'Enter' && event.key !== ' ')) {
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    button.querySelector('input[type="file"]').click();
}, true);
