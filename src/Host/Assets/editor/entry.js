// The rich-text editor the item editor vendors: TipTap (ProseMirror) with its table extension,
// bundled into one ES module (wwwroot/lib/tiptap/tiptap.js). Rebuild: see README.md beside this file.
export { Editor } from '@tiptap/core';
export { StarterKit } from '@tiptap/starter-kit';
export { TableKit } from '@tiptap/extension-table';
