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
