/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Chunks: the app shell stays small; react, antd (+ its rc-* and css-in-js runtime), echarts and dayjs each get their
// own long-cached chunk, and every page is its own lazy chunk (see src/modules/registry.ts).
// antd is `entriesAware`: the parts the shell needs load at start, the parts only a lazy page uses (Table, DatePicker)
// load with that page, still in antd-named chunks apart from the app code.
const vendorGroups: { name: string; test: RegExp; priority: number; entriesAware?: boolean; entriesAwareMergeThreshold?: number }[] = [
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 40 },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|classnames|clsx|stylis|@emotion|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|dayjs)[\\/]/,
    priority: 20,
    entriesAware: true,
    entriesAwareMergeThreshold: 20_000,
  },
];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: true,
    manifest: true, // for scripts/bundle-report.mjs; not copied into the jar
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
        // entriesAware chunk names list every page that shares them; keep file names short and stable
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
      },
    },
  },
  server: {
    port: 5173,
    // `npm run dev` against a running server (./openar serve): same-origin cookies through the proxy
    proxy: {
      '/api': 'http://localhost:8080',
      '/actuator': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    pool: 'threads',
    maxWorkers: 2,
  },
});
