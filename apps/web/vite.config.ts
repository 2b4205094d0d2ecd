import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const SERVER = 'http://127.0.0.1:3000';

/**
 * Third-party code, except what loads on demand: the QR encoder (staff pages) and
 * mediasoup-client with its own dependencies (only once someone is in a room).
 */
const VENDOR =
  /^(?!.*[\\/]node_modules[\\/](?:qrcode-generator|mediasoup-client|sdp-transform|awaitqueue|h264-profile-level-id|fake-mediastreamtrack|events)[\\/]).*[\\/]node_modules[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': SERVER,
      '/socket.io': { target: SERVER, ws: true },
    },
  },
  build: {
    // Old Android phones often run a WebView a few years behind; lower the syntax level for them.
    target: 'es2020',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Third-party code changes rarely: in its own chunk it stays cached across app updates,
        // so a returning participant on prepaid data downloads only the small app chunk again.
        // The vendor chunk loads with every page, so a module loaded on demand stays out of it.
        advancedChunks: { groups: [{ name: 'vendor', test: VENDOR }] },
      },
    },
  },
});
