import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { env } from "@/lib/config/env";
import { SiteHeader } from "@/components/SiteHeader";
import "./globals.css";

const DESCRIPTION = "Pick your seats on a live seat map, hold them, pay and get your booking reference.";

/** Where shared links and their pictures point: APP_ORIGIN, else the host this request came to. */
async function siteOrigin(): Promise<URL> {
  const configured = env().APP_ORIGIN[0];
  if (configured) return new URL(configured);
  const request = await headers();
  const host = request.get("host") ?? "localhost";
  const scheme = request.get("x-forwarded-proto") === "https" ? "https" : "http";
  try {
    return new URL(`${scheme}://${host}`);
  } catch {
    return new URL("http://localhost");
  }
}

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await siteOrigin(),
    applicationName: "Seatwise",
    title: { default: "Seatwise — book your seats", template: "%s · Seatwise" },
    description: DESCRIPTION,
    icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
    openGraph: {
      type: "website",
      siteName: "Seatwise",
      title: "Seatwise — book your seats",
      description: DESCRIPTION,
      locale: "en_GB",
      images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "Seatwise: choose your seats on a live seat map" }],
    },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4f46e5" };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page is rendered per request, so that its scripts carry that request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <SiteHeader />
        {children}
      </body>
    </html>
  );
}
