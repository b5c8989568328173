/**
 * The function file (manifest FunctionFile). Ribbon buttons of type ExecuteFunction will call
 * functions registered here with `Office.actions.associate`; none exist yet.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}

export {};
