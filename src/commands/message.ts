/**
 * The dialog the ribbon command opens: shows one message passed in the address, as text only.
 * Its button asks the command to close it (`messageParent`, the Dialog API's way back), which also
 * lets the command complete; the dialog's own X reaches the command as event 12006.
 */
import { DIALOG_CLOSE_MESSAGE } from './function-command';

const text = new URL(window.location.href).searchParams.get('text') ?? '';
const target = document.getElementById('message');
if (target) target.textContent = text;
const close = document.getElementById('close');
if (close && typeof Office !== 'undefined') {
  void Office.onReady(() => close.addEventListener('click', () => Office.context.ui.messageParent(DIALOG_CLOSE_MESSAGE)));
}
