/** @type {import('next').NextConfig} */
const nextConfig = {
  // Says nothing an attacker needs to know.
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle: they are loaded from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "socket.io"],
};

export default nextConfig;
