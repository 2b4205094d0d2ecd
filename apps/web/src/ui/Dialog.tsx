import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePageCorner } from './page-corner';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal question, on the browser's own <dialog>: focus moves into it and stays there, Escape
 * closes it, the page behind is inert, and focus goes back to where it was when it closes.
 * Being inert, the page's corner is repeated beside the title (see `usePageCorner`).
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const corner = usePageCorner();
  // The corner comes once the dialog is open, so that opening it never focuses the corner.
  const [opened, setOpened] = useState(false);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    dialog.showModal();
    setOpened(true);
    const closed = () => latestClose.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId}>
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        {opened && corner}
      </div>
      {children}
    </dialog>
  );
}
