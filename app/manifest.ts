import type { MetadataRoute } from "next";

// Served as /manifest.webmanifest: the app as a phone's home screen shows it.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Seatwise — book your seats",
    short_name: "Seatwise",
    description: "Pick your seats on a live seat map, hold them, pay and get your booking reference.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
