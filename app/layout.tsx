import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Seat booking",
  description: "Pick your seats on a live seat map, hold them, pay and get your booking reference.",
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
