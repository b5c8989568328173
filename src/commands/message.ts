/** The dialog the ribbon command opens: shows one message passed in the address, as text only. */
const text = new URL(window.location.href).searchParams.get('text') ?? '';
const target = document.getElementById('message');
if (target) target.textContent = text;
const close = document.getElementById('close');
if (close && typeof Office !== 'undefined') {
  void Office.onReady(() => close.addEventListener('click', () => Office.context.ui.messageParent('close')));
}
export {};
