// The body editor: TipTap (ProseMirror) with tables, vendored in wwwroot/lib/tiptap. Loaded as a
// module by RichTextEditor.razor; the toolbar's buttons are wired here, so a click needs no round
// trip to the server. The server sanitises whatever HTML comes out (RichText.Sanitize).
import { Editor, StarterKit, TableKit } from '/lib/tiptap/tiptap.js';

const commands = {
    bold: c => c.toggleBold(),
    italic: c => c.toggleItalic(),
    heading: c => c.toggleHeading({ level: 3 }),
    paragraph: c => c.setParagraph(),
    bulletList: c => c.toggleBulletList(),
    orderedList: c => c.toggleOrderedList(),
    table: c => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
    addRow: c => c.addRowAfter(),
    addColumn: c => c.addColumnAfter(),
    deleteRow: c => c.deleteRow(),
    deleteColumn: c => c.deleteColumn(),
    deleteTable: c => c.deleteTable(),
    undo: c => c.undo(),
    redo: c => c.redo(),
};

export function create(host, toolbar, html, labelId) {
    // The component can leave the page while this module loads (the user moved on): its elements
    // are gone by then, and there is nothing to build.
    if (!host || !toolbar || !host.isConnected) {
        return null;
    }

    const editor = new Editor({
        element: host,
        extensions: [StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false } }), TableKit.configure({ table: { resizable: false } })],
        content: html,
        editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelId, class: 'rich-text' } },
    });
    toolbar.querySelectorAll('button[data-command]').forEach(button => {
        button.addEventListener('click', () => commands[button.dataset.command]?.(editor.chain().focus()).run());
    });
    return {
        html: () => (editor.isEmpty ? '' : editor.getHTML()),
        setHtml: value => editor.commands.setContent(value ?? ''),
        dispose: () => editor.destroy(),
    };
}
