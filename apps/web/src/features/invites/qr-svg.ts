import qrcode from 'qrcode-generator';

export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of unit squares for the dark modules. */
  path: string;
}

/**
 * A QR code as an SVG path, drawn by the page itself (no markup string to inject). Error
 * correction M survives a phone camera at an angle or a smudged screen.
 */
export function drawQr(text: string): QrDrawing {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      if (qr.isDark(row, col)) squares.push(`M${col} ${row}h1v1h-1z`);
  return { size, path: squares.join('') };
}
