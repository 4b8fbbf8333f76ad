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
