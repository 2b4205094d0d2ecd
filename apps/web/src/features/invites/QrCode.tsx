import { useEffect, useState } from 'react';
import type { QrDrawing } from './qr-svg';

/** Modules of light margin around the code, as scanners expect. */
const QUIET = 4;

/**
 * The QR encoder is loaded only when a code is shown, in a chunk of its own: nobody pays for
 * it until a facilitator makes an invite link.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawing, setDrawing] = useState<QrDrawing | null>(null);
  useEffect(() => {
    let current = true;
    void import('./qr-svg').then(({ drawQr }) => {
      if (current) setDrawing(drawQr(text));
    });
    return () => {
      current = false;
    };
  }, [text]);

  if (!drawing) return <div className="qr qr-pending" aria-hidden="true" />;
  const side = drawing.size + QUIET * 2;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
