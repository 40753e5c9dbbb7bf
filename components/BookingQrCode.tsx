"use client";
import { QRCodeSVG } from "qrcode.react";

/** The booking reference as a QR code, for scanning at the door. */
export function BookingQrCode({ reference }: { reference: string }) {
  return (
    <figure className="inline-flex flex-col items-center rounded-lg bg-white p-3 ring-1 ring-slate-200">
      <QRCodeSVG value={reference} size={144} level="M" role="img" aria-label={`QR code of booking reference ${reference}`} />
      <figcaption className="mt-2 font-mono text-sm tracking-widest">{reference}</figcaption>
    </figure>
  );
}
