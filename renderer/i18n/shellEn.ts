/** English messages of the shell's own screens: skip link, shortcuts, colour scheme. */
export const shellEn = {
  skipToContent: 'Skip to content',
  shortcutsButton: 'Keyboard shortcuts',
};

/** The keyboard shortcuts screen (renderer/ui/shortcuts.ts lists them). */
export const shortcutsEn = {
  title: 'Keyboard shortcuts',
  intro:
    'Every action can be reached with Tab and Enter; these keys make the frequent ones quicker.',
  keys: 'Keys',
  action: 'Action',
  or: 'or',
  scopes: {
    global: 'Anywhere',
    form: 'In a form or sheet',
    dialog: 'In a dialog or drawer',
    field: 'In a field being edited',
    list: 'In a list',
    board: 'On the pipeline board',
    grid: 'In the buying committee grid',
    map: 'On the account map',
  },
  items: {
    search: 'Search everything and run commands',
    undo: 'Undo the last change',
    redo: 'Redo',
    save: 'Save the open form or sheet',
    print: 'Print or save as PDF',
    shortcuts: 'Show this list of shortcuts',
    closeDialog: 'Close the dialog or drawer (asks first if something was typed)',
    saveField: 'Save the field',
    cancelField: 'Go back to the saved value',
    clearSearch: 'Clear the search box',
    listMove: 'Go to the previous or next row',
    listJump: 'Go a page up or down, to the first or last row',
    listOpen: 'Open the row',
    boardMove: 'Move the focused deal to the next or previous stage',
    boardMenu: 'Go to a deal’s “Move to…” button and open it to pick any stage',
    gridMove: 'Go to the next cell',
    gridEdit: 'Edit the cell (or start typing)',
    gridNext: 'Save and go to the cell to the right or left',
    gridClear: 'Clear the cell',
    gridOpen: 'Open the person',
    addMember: 'Add a person to the committee',
    mapMove: 'Go to the next card that way',
    mapNudge: 'Move the card 10 px (saved when you stop, as one step to undo)',
    mapNudgeFar: 'Move the card 50 px',
    mapEdit: 'Edit the person on the card',
    mapRemove: 'Remove the person from the map',
    mapLineEnd: 'End the influence line on this card',
    mapLineCancel: 'Give up the line being drawn',
    mapLineOpen: 'Open the focused influence line',
  },
  platformKeys: {
    mod: 'Ctrl',
    shift: 'Shift',
    alt: 'Alt',
    enter: 'Enter',
    escape: 'Esc',
    delete: 'Delete',
    backspace: 'Backspace',
    arrows: 'Arrow keys',
    space: 'Space',
    pageUpDown: 'Page Up / Page Down',
    homeEnd: 'Home / End',
    tab: 'Tab',
  },
};

/** The colour scheme setting. */
export const appearanceEn = {
  title: 'Appearance',
  hint: 'Light or dark colours on screen; System follows your computer’s setting. Printed sheets and PDFs are always light.',
  scheme: { system: 'System', light: 'Light', dark: 'Dark' },
  saved: 'Appearance saved',
};
